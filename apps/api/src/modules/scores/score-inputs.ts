import type { InputValues } from '@govtrust/indicators';
import type { Submission } from '../submissions/submission.entity';
import type { MonitoringEntry } from './monitoring-entry.entity';

/**
 * The values the engine scores for one unit in one period: its APPROVED submissions merged by
 * field key (task input keys are the indicator system's input keys), the most recently approved
 * submission winning where several tasks carry the same key (Genhe: dp_compliance_rate is on 25
 * tasks), then the monitoring values entered by the credit office or the evaluator, which win
 * over a unit's own figure (platform statistics are the authoritative source).
 */
export function mergeValues(
  approved: readonly Submission[],
  monitoring: MonitoringEntry | undefined,
): InputValues | undefined {
  if (approved.length === 0 && !monitoring) return undefined;
  const ordered = [...approved].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
  return Object.assign({}, ...ordered.map((s) => s.values), monitoring?.values ?? {}) as InputValues;
}
