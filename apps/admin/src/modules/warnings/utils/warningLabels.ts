import type { WarningKind, WarningSeverity, WarningStatus } from '../../../generated/graphql';

export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  DEADLINE_MISSED: '逾期未报送',
  DEADLINE_WITHIN: '即将到期未报送',
  RETURNED_NOT_RESUBMITTED: '退回后未重新报送',
  TOTAL_BELOW: '总分低于阈值',
  DROP_MORE_THAN: '较上期下降过多',
  INDICATOR_AT_ZERO: '指标得零分',
};

export const SEVERITY_LABELS: Record<WarningSeverity, string> = { HIGH: '严重', MEDIUM: '一般', LOW: '提示' };
export const SEVERITY_COLORS: Record<WarningSeverity, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'blue' };

export const WARNING_STATUS_LABELS: Record<WarningStatus, string> = { OPEN: '待处理', ACKNOWLEDGED: '已确认', RESOLVED: '已解除' };
export const WARNING_STATUS_COLORS: Record<WarningStatus, string> = { OPEN: 'error', ACKNOWLEDGED: 'processing', RESOLVED: 'success' };

/** Which parameter each rule kind reads; the form shows only that one. */
export type RuleParameter = 'days' | 'threshold' | 'indicatorCode' | null;

export const RULE_PARAMETER: Record<WarningKind, RuleParameter> = {
  DEADLINE_MISSED: null,
  DEADLINE_WITHIN: 'days',
  RETURNED_NOT_RESUBMITTED: 'days',
  TOTAL_BELOW: 'threshold',
  DROP_MORE_THAN: 'threshold',
  INDICATOR_AT_ZERO: 'indicatorCode',
};

/** How a rule reads in the list: “截止前 3 天”, “低于 60 分”. */
export function ruleCondition(rule: { kind: WarningKind; days?: number | null; threshold?: string | null; indicatorCode?: string | null }): string {
  switch (rule.kind) {
    case 'DEADLINE_MISSED':
      return '过截止日期仍未报送';
    case 'DEADLINE_WITHIN':
      return `截止前 ${rule.days ?? '—'} 天仍未报送`;
    case 'RETURNED_NOT_RESUBMITTED':
      return `退回超过 ${rule.days ?? '—'} 天未重新报送`;
    case 'TOTAL_BELOW':
      return `总分低于 ${rule.threshold ?? '—'} 分`;
    case 'DROP_MORE_THAN':
      return `较上期下降超过 ${rule.threshold ?? '—'} 分`;
    case 'INDICATOR_AT_ZERO':
      return rule.indicatorCode ? `指标 ${rule.indicatorCode} 得零分` : '任一指标得零分';
  }
}
