export * from './model';
export { IndicatorError, MissingInputError, ZeroDenominatorError } from './errors';
export type { IndicatorErrorCode, ProblemLike } from './errors';
export { Dec, toDecimal, roundPoints, formatPoints, formatRate } from './decimal';
export { parseExpression, evaluateExpression, referencedFields, EXPRESSION_LIMITS } from './expression';
export type { ExprNode, EvalScope } from './expression';
export { scoreRule, ruleFields } from './rules';
export type { RuleContext, RuleResult } from './rules';
export {
  scoreUnit,
  scoreUnits,
  collectInputFields,
  findNode,
  walkNodes,
  appliesTo,
  exemptionProblems,
  aggregatePeriods,
  carryValidity,
  rankCards,
  gradeBandFor,
  applicableInputFields,
  validateSubmission,
} from './engine';
export type { ScoreUnitsOptions, NodeVisit, SubmissionProblem, PeriodCards, PeriodCard } from './engine';
export { validateSystem, parseSystem, validateValues } from './validation';
export { parseDeadlineText, formatDeadlineRule, DEFAULT_REPORTING_DAY } from './tasks/parse-deadline';
export type { ParsedDeadline, DeadlineConfidence } from './tasks/parse-deadline';
export type { SystemProblem, ValueProblem, ValueProblemCode } from './validation';
export {
  listPresets,
  listIndicatorSystemPresets,
  getIndicatorSystemPreset,
  getTaskListPreset,
  getPresetSample,
  genheAssessment2023,
  genheTasks2023,
  genheDepartments,
  huaian2022,
  nmgAnnual2022,
  nmgIntegrityTasks2017,
  nmgQuarterly2022,
  tongbaiDepartment2023,
  tongbaiTownship2023,
} from './presets';
export type { PresetSummary, GenheDepartment } from './presets';
