import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { deadlineCountdown, deadlineText, type DateInput, type DeadlineState } from './deadlineCountdown';

export interface DeadlineBadgeProps {
  /** due date (YYYY-MM-DD or a date); absent for 持续推进 tasks */
  due: DateInput | null | undefined;
  /** injectable clock for tests and for server time */
  now?: DateInput;
  /** once the task is submitted the countdown no longer matters */
  done?: boolean;
  /** days left at which the countdown turns orange */
  warnWithinDays?: number;
}

function color(state: DeadlineState, warnWithinDays: number): string | undefined {
  if (state.kind === 'OVERDUE') return 'error';
  if (state.kind === 'DUE_TODAY') return 'volcano';
  if (state.kind === 'DUE_IN' && state.days <= warnWithinDays) return 'warning';
  return undefined;
}

export function DeadlineBadge({ due, now, done = false, warnWithinDays = 3 }: DeadlineBadgeProps) {
  const state = deadlineCountdown(due, now);
  if (state.kind === 'NONE') return <Tag>持续推进</Tag>;
  return (
    <Space size={4} wrap>
      <Typography.Text type="secondary">截止 {dayjs(due).format('YYYY-MM-DD')}</Typography.Text>
      {done ? null : (
        <Tag color={color(state, warnWithinDays)} data-deadline={state.kind}>
          {deadlineText(state)}
        </Tag>
      )}
    </Space>
  );
}
