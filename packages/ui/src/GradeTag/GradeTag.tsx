import type { Grade } from '@govtrust/indicators';
import { Tag } from 'antd';
import { HoverTooltip } from '../HoverTooltip';

export const GRADE_TAG_LABELS: Record<Grade, string> = { RED: '红名单', BLUE: '蓝名单', YELLOW: '黄名单' };

// 红名单 is the best grade (≥85), so it is not shown in an alarming error colour.
const GRADE_COLORS: Record<Grade, string> = { RED: 'red', BLUE: 'blue', YELLOW: 'gold' };

export interface GradeTagProps {
  grade: Grade | null | undefined;
  /** why the grade was forced (严重的直接列入黄名单, or the credit office's reason) */
  overrideReason?: string;
}

export function GradeTag({ grade, overrideReason }: GradeTagProps) {
  if (!grade) return <Tag>未评级</Tag>;
  const tag = (
    <Tag color={GRADE_COLORS[grade]} data-grade={grade}>
      {GRADE_TAG_LABELS[grade]}
      {overrideReason ? '（调整）' : null}
    </Tag>
  );
  return overrideReason ? <HoverTooltip title={overrideReason}>{tag}</HoverTooltip> : tag;
}
