import { scoreUnit, validateSystem, type IndicatorSystem, type UnitSubmission } from '@govtrust/indicators';
import { Statistic } from 'antd';
import { useMemo } from 'react';

/** The first sample unit scored with the draft as it stands: every edit shows its effect at once. */
export function PreviewTotal({ system, sample }: { system: IndicatorSystem; sample: UnitSubmission | undefined }) {
  const total = useMemo(() => {
    if (!sample) return null;
    if (validateSystem(system).some((p) => p.severity === 'ERROR')) return '—';
    try {
      return scoreUnit(system, sample).total;
    } catch {
      return '—';
    }
  }, [system, sample]);
  if (total === null) return null;
  return (
    <div data-testid="draft-preview-total" data-total={total}>
      <Statistic title={`试算总分（示例：${sample?.unit.name ?? ''}）`} value={total} styles={{ content: { fontSize: 20 } }} />
    </div>
  );
}
