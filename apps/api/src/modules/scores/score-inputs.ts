import { findNode, type IndicatorSystem, type InputValues } from '@govtrust/indicators';
import { ExemptionDecision } from '../submissions/submission-notes.types';
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

/**
 * Accepted exemptions (node code → the unit's explanation) of one unit's APPROVED submissions,
 * kept to nodes that still have an exemption policy in the system being scored: a claim accepted
 * under an earlier system version must not make the engine refuse the whole period.
 */
export function mergeExemptions(
  approved: readonly Submission[],
  system: Pick<IndicatorSystem, 'categories'>,
): Record<string, string> | undefined {
  const accepted: Record<string, string> = {};
  const ordered = [...approved].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
  for (const s of ordered) {
    for (const claim of s.exemptionClaims ?? []) {
      if (claim.decision !== ExemptionDecision.ACCEPTED) continue;
      if (findNode(system, claim.nodeCode)?.exemption === undefined) continue;
      accepted[claim.nodeCode] = claim.explanation;
    }
  }
  return Object.keys(accepted).length > 0 ? accepted : undefined;
}
