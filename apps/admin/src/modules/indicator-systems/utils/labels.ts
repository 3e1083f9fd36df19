/** Chinese names of the model's enums, as the documents say them. */
import type { Aggregation, DataSource, NodeLevel, PeriodKind, RuleKind, UnitKind } from '@govtrust/indicators';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  LEAGUE_CITY: '盟市',
  COUNTY: '旗县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  DEPARTMENT: '部门',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  MONTH: '月度',
  QUARTER: '季度',
  CUMULATIVE: '累计',
  YEAR: '年度',
};

export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  UNIT_REPORT: '单位填报',
  PLATFORM_STATISTICS: '信用信息平台统计',
  BIG_DATA_MONITORING: '大数据监测',
  DISPATCH_SYSTEM: '月调度系统',
  OTHER_DEPARTMENT: '其他部门提供',
};

export const NODE_LEVEL_LABELS: Record<NodeLevel, string> = {
  CATEGORY: '一级指标',
  INDICATOR: '二级指标',
  ITEM: '考核内容',
};

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  bands: '分档计分',
  formula: '公式计分',
  deduction: '按次扣分（封顶）',
  deductUntilZero: '按次扣分（扣完为止）',
  increment: '按项加分（封顶）',
  relativeToBest: '与第一名比较',
  rank: '依排序计分',
  proportional: '区间按比例',
  checklist: '清单计分',
  choice: '选项计分',
  penalty: '倒扣分',
  gradeOverride: '直接定级',
};

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  AVERAGE: '取平均',
  SUM_CAPPED: '累加（不超过满分）',
  LATEST: '取最近一期',
  CUMULATIVE: '累计计算',
};

export function unitKindsText(kinds: UnitKind[]): string {
  return kinds.map((kind) => UNIT_KIND_LABELS[kind]).join('、');
}
