/**
 * The scoring engine.
 *
 * Pipeline (scoreUnits): first pass per unit (applicability → exemption → missing inputs → rule),
 * peer pass per peer-rule node over the units of the same unit kind, roll-up, total, grade, rank.
 *
 * Policies, each explained in Chinese on the card:
 * - points are rounded half-up to `system.decimals` (default 2) once per node; parents and totals
 *   are sums of the rounded points they show, so every explanation adds up;
 * - a node without a rule sums its children capped at its own max; penalties bypass every cap and
 *   reduce the category and the total; the total is floored at `system.totalFloor ?? 0`;
 * - NOT_APPLICABLE nodes (unit kind/class, NOT_APPLICABLE exemption or zero-denominator policy)
 *   are dropped and the regular points re-normalised: total × stated / applicable max;
 * - a rule with no zeroDenominator policy scores 0 when its rate is undefined, and says so;
 * - grade overrides: the credit office's manual override wins over gradeOverride rules; among
 *   rules the most severe grade wins;
 * - ranks are competition ranks (1, 2, 2, 4) on the rounded total within each unit kind.
 */
export { scoreUnit, scoreUnits } from './score-units';
export type { ScoreUnitsOptions } from './score-units';
export { collectInputFields, fieldMap, findNode, walkNodes } from './walk';
export type { NodeVisit } from './walk';
export { appliesTo } from './applicability';
export { gradeBandFor } from './grading';
export { rankCards } from './ranking';
export { exemptionProblems } from './exemptions';
export type { SubmissionProblem } from './submission-problem';
export { aggregatePeriods } from './aggregate-periods';
export type { PeriodCards } from './aggregate-periods';
export { carryValidity, periodMonthIndex } from './validity';
export type { PeriodCard } from './validity';
export { applicableInputFields, validateSubmission } from './validate-submission';
