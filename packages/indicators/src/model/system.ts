/**
 * The indicator-system model: what a credit office configures and what every preset encodes.
 * Everything here is plain JSON (numbers may be written as decimal strings to stay exact), so a
 * system can be stored by the API, edited in the admin console and scored in the browser.
 */
import type { Rule } from './rules';
import type { InputField } from './inputs';

/** 评价对象的类别 (DOMAIN.md glossary). */
export type UnitKind = 'LEAGUE_CITY' | 'COUNTY' | 'TOWNSHIP' | 'DEPARTMENT';
export const UNIT_KINDS: readonly UnitKind[] = ['LEAGUE_CITY', 'COUNTY', 'TOWNSHIP', 'DEPARTMENT'];

/** 月度 / 季度 / 累计 / 年度. */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'CUMULATIVE' | 'YEAR';
export const PERIOD_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'CUMULATIVE', 'YEAR'];

/** 数据来源: who supplies the data for an indicator. */
export type DataSource =
  | 'UNIT_REPORT' // 单位填报 / 工作调度
  | 'PLATFORM_STATISTICS' // 信用信息平台统计
  | 'BIG_DATA_MONITORING' // 大数据监测
  | 'DISPATCH_SYSTEM' // 月调度系统
  | 'OTHER_DEPARTMENT'; // 由其他部门提供（如政务公开领导小组办公室）

/** A decimal written as a JSON number or, to keep it exact, as a string ("0.2"). */
export type DecimalLike = number | string;

export type Grade = 'RED' | 'BLUE' | 'YELLOW';

/** How an indicator rolls up across periods (monthly → quarterly → annual). */
export type Aggregation = 'AVERAGE' | 'SUM_CAPPED' | 'LATEST' | 'CUMULATIVE';

/** Which units an indicator applies to; absent means all units the system is for. */
export interface Applicability {
  unitKinds?: UnitKind[];
  /** unit class codes (A类部门 = 'A', 有行政许可处罚职能 = 'LICENSING_PENALTY' …); any match applies */
  unitClasses?: string[];
}

/** 无监管权限的提供说明不扣分: what an accepted exemption yields. */
export interface ExemptionPolicy {
  /** FULL: full marks; POINTS: a fixed number of points; NOT_APPLICABLE: dropped and the total re-normalised */
  policy: 'FULL' | 'POINTS' | 'NOT_APPLICABLE';
  points?: DecimalLike;
  /** the Chinese condition, verbatim from the document */
  sourceText?: string;
  requiresEvidence?: boolean;
}

/** 此项分值有效期至次年同月认定的前一季度止: a score carried across later periods. */
export interface ValidityWindow {
  /** how many months after the period it was earned in the score stays valid */
  months: number;
  sourceText?: string;
}

export type NodeLevel = 'CATEGORY' | 'INDICATOR' | 'ITEM';

export interface IndicatorNode {
  /** stable code, unique in the system, e.g. "NMG-Q-1.2" */
  code: string;
  level: NodeLevel;
  /** Chinese name as in the document */
  name: string;
  /** 分值; for a pure penalty node (倒扣) 0 */
  maxPoints: DecimalLike;
  /** the scoring rule text verbatim from the source document */
  sourceText?: string;
  dataSource?: DataSource;
  /** 数据来源 column verbatim */
  dataSourceText?: string;
  appliesTo?: Applicability;
  /** defaults to the system's period kind */
  periodKind?: PeriodKind;
  aggregation?: Aggregation;
  /** what the data supplier fills in for this node */
  inputs?: InputField[];
  /** absent on a node whose score is the sum of its children */
  rule?: Rule;
  exemption?: ExemptionPolicy;
  validity?: ValidityWindow;
  /** interpretation notes: where the source is garbled, ambiguous or does not add up, and what we chose */
  notes?: string[];
  children?: IndicatorNode[];
}

export interface GradeBand {
  grade: Grade;
  /** Chinese label, e.g. 红名单 */
  label: string;
  /** lower edge of the total, null = unbounded */
  min: DecimalLike | null;
  minInclusive: boolean;
  max: DecimalLike | null;
  maxInclusive: boolean;
}

export interface SourceDocument {
  title: string;
  /** 文号, e.g. 内社信办字〔2022〕3号 */
  docNumber?: string;
  /** the seed file the preset was read from */
  seedFile?: string;
  annex?: string;
  issuedBy?: string;
  year?: number;
}

export interface UnitClassDefinition {
  code: string;
  label: string;
}

export interface IndicatorSystem {
  /** stable id, e.g. "nmg-quarterly-2022" */
  id: string;
  version: number;
  name: string;
  /** the units the system evaluates */
  unitKinds: UnitKind[];
  periodKind: PeriodKind;
  /** the stated total (满分), e.g. 100 */
  totalPoints: DecimalLike;
  source: SourceDocument;
  unitClasses?: UnitClassDefinition[];
  grading?: GradeBand[];
  /** Final scores are rounded once, half-up, to this many decimals (default 2). */
  decimals?: number;
  /** 该系统对“总分”的下限；倒扣 may push categories down but never the total below this (default 0) */
  totalFloor?: DecimalLike;
  notes?: string[];
  categories: IndicatorNode[];
}
