/**
 * Scoring rule kinds, one per kind found in the seed documents (DOMAIN.md, "Scoring rule kinds").
 * Every rule is data: no code per indicator. Expressions are strings in the engine's small safe
 * expression language (numbers, field keys, + - * /, parentheses, min(), max(), clamp()); a rate
 * field referenced by key evaluates to its ratio (numerator / denominator, 0..1).
 *
 * Points are always within [0, node.maxPoints] except for `penalty`, whose negative points reduce
 * the enclosing category and total (倒扣).
 */
import type { DecimalLike, Grade } from './system';

/** What happens when a rate's denominator is 0 (e.g. 0 records reported): explicit per rule. */
export interface ZeroDenominatorPolicy {
  /** FULL: full marks; ZERO: no points; POINTS: fixed points; NOT_APPLICABLE: indicator dropped, total re-normalised */
  policy: 'FULL' | 'ZERO' | 'POINTS' | 'NOT_APPLICABLE';
  points?: DecimalLike;
}

/**
 * The measured value a rule looks at: an expression over input fields. For a rate field the
 * value is scaled by `scale` so band edges read as written: with scale PERCENT, 合规率 98.5% is 98.5.
 */
export interface Metric {
  expr: string;
  scale?: 'PLAIN' | 'PERCENT' | 'PERMILLE';
  /** Chinese name of the measured value for explanations, e.g. 合规率 */
  label: string;
}

/** One band: min/max edges with inclusivity exactly as written; null = unbounded. */
export interface Band {
  min: DecimalLike | null;
  minInclusive: boolean;
  max: DecimalLike | null;
  maxInclusive: boolean;
  points: DecimalLike;
}

/** 合规率<95%不得分，95%≤合规率<96%得1分 … (ascending or descending). */
export interface BandsRule {
  kind: 'bands';
  metric: Metric;
  bands: Band[];
  zeroDenominator?: ZeroDenominatorPolicy;
}

/** 得分=（1-行政诉讼败诉率）*5 — result clamped to [0, max]. */
export interface FormulaRule {
  kind: 'formula';
  expr: string;
  zeroDenominator?: ZeroDenominatorPolicy;
}

export interface OccurrenceType {
  /** count field */
  field: string;
  /** Chinese description of the occurrence, e.g. 被列为失信被执行人 */
  label: string;
  pointsEach: DecimalLike;
  /** 最高减N分; absent = until the indicator is at its floor */
  cap?: DecimalLike;
}

/** 每发生一起减1分，最高减5分 — several occurrence types, each with its own cap, from full marks. */
export interface DeductionRule {
  kind: 'deduction';
  occurrences: OccurrenceType[];
}

/** 出现一次不合规扣0.5分，扣完为止. */
export interface DeductUntilZeroRule {
  kind: 'deductUntilZero';
  field: string;
  label: string;
  pointsEach: DecimalLike;
}

export interface IncrementItem {
  /** count field (领域数、批次数) or checklist field (each ticked option counts once) */
  field: string;
  label: string;
  pointsEach: DecimalLike;
  cap?: DecimalLike;
}

/** 有1个领域开展相关工作得0.5分，最高得5分; 有一个批次查询加0.2分，最高加5分. */
export interface IncrementRule {
  kind: 'increment';
  items: IncrementItem[];
  /** overall cap, defaults to the node's max points */
  cap?: DecimalLike;
}

/** 第1名得5分，其他得分占第1名得分比率… — peer rule, evaluated over all units in a second pass. */
export interface RelativeToBestRule {
  kind: 'relativeToBest';
  metric: Metric;
  /** true: the highest value is best (the usual case) */
  higherIsBetter: boolean;
  zeroDenominator?: ZeroDenominatorPolicy;
}

/** 无复议或无纠错事项得满分，纠错率最高得0分，中间情况依排序计分 — peer rule by rank with ties. */
export interface RankRule {
  kind: 'rank';
  metric: Metric;
  higherIsBetter: boolean;
  /** when this expression is 0 the unit has no events and gets full marks outside the ranking */
  noEventsWhenZero?: string;
  zeroDenominator?: ZeroDenominatorPolicy;
}

/** 90%以下不得分，100%得5分，90%-100%之间按比例得分. */
export interface ProportionalRule {
  kind: 'proportional';
  metric: Metric;
  /** at or below `from.value` → from.points; at or above `to.value` → to.points; linear between */
  from: { value: DecimalLike; points: DecimalLike };
  to: { value: DecimalLike; points: DecimalLike };
  zeroDenominator?: ZeroDenominatorPolicy;
}

/** 每项制度得1分，最高得5分 / 公示权责清单得2分. Field: checklist (or boolean for a single item). */
export interface ChecklistRule {
  kind: 'checklist';
  field: string;
  /** points per ticked option, unless optionPoints gives them per option */
  pointsEach?: DecimalLike;
  optionPoints?: Record<string, DecimalLike>;
  cap?: DecimalLike;
}

/** A…不得分；B…得2分；C…得4分；D…得6分. Field: choice. */
export interface ChoiceRule {
  kind: 'choice';
  field: string;
  optionPoints: Record<string, DecimalLike>;
}

/**
 * 被国家抽查到一条瞒报扣6分 / 倒扣10分 — negative points beyond the indicator's own max, applied to
 * the enclosing category and the total.
 */
export interface PenaltyRule {
  kind: 'penalty';
  occurrences: OccurrenceType[];
}

/** 严重的直接列入黄名单 — when the expression is non-zero (true) the grade is forced. */
export interface GradeOverrideRule {
  kind: 'gradeOverride';
  when: string;
  grade: Grade;
  reason: string;
}

export type Rule =
  | BandsRule
  | FormulaRule
  | DeductionRule
  | DeductUntilZeroRule
  | IncrementRule
  | RelativeToBestRule
  | RankRule
  | ProportionalRule
  | ChecklistRule
  | ChoiceRule
  | PenaltyRule
  | GradeOverrideRule;

export type RuleKind = Rule['kind'];

/** Rules that need every peer's value before they can score (second pass). */
export const PEER_RULE_KINDS: readonly RuleKind[] = ['relativeToBest', 'rank'];
