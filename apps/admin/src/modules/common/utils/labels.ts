import type { CycleStatus, PeriodKind, PeriodStatus, Role, UnitKind } from '../../../generated/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '系统管理员',
  CREDIT_OFFICE: '信用办',
  EVALUATOR: '第三方评估机构',
  LEADER: '领导',
  UNIT_APPROVER: '单位负责人',
  UNIT_SUBMITTER: '单位填报人',
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  REGION: '自治区',
  LEAGUE_CITY: '盟市',
  COUNTY: '旗县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  DEPARTMENT: '部门',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  MONTH: '月度',
  QUARTER: '季度',
  YEAR: '年度',
  CUMULATIVE: '累计',
};

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, string> = {
  NOT_OPEN: '未开放',
  OPEN: '填报中',
  CLOSED: '已关闭',
};

export const PERIOD_STATUS_COLORS: Record<PeriodStatus, string> = {
  NOT_OPEN: 'default',
  OPEN: 'processing',
  CLOSED: 'success',
};

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  ACTIVE: '进行中',
  ARCHIVED: '已归档',
};

/** Unit class tags used by the presets' task lists (genhe-tasks-2023 notes); other tags show as entered. */
export const UNIT_CLASS_LABELS: Record<string, string> = {
  LICENSING_PENALTY: '双公示报送',
  FIVE_KINDS: '五类行政管理信息',
  USCC_REGISTRAR: '统一代码登记管理',
  CREDIT_REPAIR_NOTICE: '信用修复告知',
  XINYI_PLUS: '信易+',
};

export const unitClassLabel = (tag: string) => UNIT_CLASS_LABELS[tag] ?? tag;
