import { registerEnumType } from 'type-graphql';

/** What a warning rule watches (预警规则类型). */
export enum WarningKind {
  TOTAL_BELOW = 'TOTAL_BELOW',
  INDICATOR_AT_ZERO = 'INDICATOR_AT_ZERO',
  DROP_MORE_THAN = 'DROP_MORE_THAN',
  DEADLINE_MISSED = 'DEADLINE_MISSED',
  DEADLINE_WITHIN = 'DEADLINE_WITHIN',
  RETURNED_NOT_RESUBMITTED = 'RETURNED_NOT_RESUBMITTED',
}

export enum WarningSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** OPEN → ACKNOWLEDGED (with a note) → RESOLVED when the condition no longer holds; a condition that returns reopens it. */
export enum WarningStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}

/** Kinds evaluated from stored due dates and submissions. */
export const DEADLINE_KINDS: ReadonlySet<WarningKind> = new Set([
  WarningKind.DEADLINE_MISSED,
  WarningKind.DEADLINE_WITHIN,
  WarningKind.RETURNED_NOT_RESUBMITTED,
]);

/** Kinds evaluated from score cards. */
export const SCORE_KINDS: ReadonlySet<WarningKind> = new Set([
  WarningKind.TOTAL_BELOW,
  WarningKind.INDICATOR_AT_ZERO,
  WarningKind.DROP_MORE_THAN,
]);

export const warningKindNames: Record<WarningKind, string> = {
  [WarningKind.TOTAL_BELOW]: '总分低于阈值',
  [WarningKind.INDICATOR_AT_ZERO]: '指标得零分',
  [WarningKind.DROP_MORE_THAN]: '较上期下降过多',
  [WarningKind.DEADLINE_MISSED]: '逾期未报送',
  [WarningKind.DEADLINE_WITHIN]: '即将到期未报送',
  [WarningKind.RETURNED_NOT_RESUBMITTED]: '退回后未重新报送',
};

export const warningSeverityNames: Record<WarningSeverity, string> = {
  [WarningSeverity.LOW]: '提示',
  [WarningSeverity.MEDIUM]: '一般',
  [WarningSeverity.HIGH]: '严重',
};

export const warningStatusNames: Record<WarningStatus, string> = {
  [WarningStatus.OPEN]: '待处理',
  [WarningStatus.ACKNOWLEDGED]: '已确认',
  [WarningStatus.RESOLVED]: '已解除',
};

registerEnumType(WarningKind, {
  name: 'WarningKind',
  description: '预警规则类型',
  valuesConfig: Object.fromEntries(Object.entries(warningKindNames).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(WarningSeverity, {
  name: 'WarningSeverity',
  description: '预警级别',
  valuesConfig: Object.fromEntries(Object.entries(warningSeverityNames).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(WarningStatus, {
  name: 'WarningStatus',
  description: '预警状态',
  valuesConfig: Object.fromEntries(Object.entries(warningStatusNames).map(([k, v]) => [k, { description: v }])),
});
