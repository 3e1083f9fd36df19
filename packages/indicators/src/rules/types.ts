/** What every rule function receives and returns. */
import type { Dec } from '../decimal';
import type { EvalScope } from '../expression';
import type { Grade } from '../model';

export interface RuleContext {
  /** node code and name, for explanations */
  code: string;
  name: string;
  /** the node's max points */
  max: Dec;
  scope: EvalScope;
}

export interface RuleResult {
  /** unrounded; within [0, max] except for penalties (≤ 0) */
  points: Dec;
  /** Chinese, checkable by the department */
  explanation: string;
  /** NOT_APPLICABLE only when a zeroDenominator policy drops the node */
  status: 'SCORED' | 'NOT_APPLICABLE';
  gradeOverride?: { grade: Grade; reason: string };
}
