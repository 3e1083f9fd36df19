import { scoreUnit, validateSystem, type Grade, type IndicatorSystem, type UnitSubmission } from '@govtrust/indicators';
import { GradeTag } from '@govtrust/ui';
import { Space, Statistic } from 'antd';
import { useMemo } from 'react';

interface Preview {
  total: string;
  grade: Grade | null;
}

const UNSCORABLE: Preview = { total: '—', grade: null };

/**
 * The first sample unit scored with the draft as it stands: every edit shows its effect at once,
 * on the total and, when the system grades, on the grade (a moved threshold changes only that).
 */
export function PreviewTotal({ system, sample }: { system: IndicatorSystem; sample: UnitSubmission | undefined }) {
  const preview = useMemo((): Preview | null => {
    if (!sample) return null;
    if (validateSystem(system).some((p) => p.severity === 'ERROR')) return UNSCORABLE;
    try {
      const card = scoreUnit(system, sample);
      return { total: card.total, grade: card.grade };
    } catch {
      return UNSCORABLE;
    }
  }, [system, sample]);
  if (preview === null) return null;
  const graded = (system.grading?.length ?? 0) > 0 && preview.total !== '—';
  return (
    <Space align="end" data-testid="draft-preview-total" data-total={preview.total} data-grade={preview.grade ?? ''}>
      <Statistic title={`试算总分（示例：${sample?.unit.name ?? ''}）`} value={preview.total} styles={{ content: { fontSize: 20 } }} />
      {graded ? <GradeTag grade={preview.grade} /> : null}
    </Space>
  );
}
