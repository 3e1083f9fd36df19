import type { Role, SubmissionState } from '../../../generated/graphql';

/** States in which the unit may still change values and evidence (the API's EDITABLE_STATES). */
export function isEditable(state: SubmissionState): boolean {
  return state === 'NOT_STARTED' || state === 'DRAFT' || state === 'RETURNED';
}

/** Sent on to someone else: the countdown no longer matters to the unit. */
export function isSent(state: SubmissionState): boolean {
  return state === 'SUBMITTED' || state === 'RESUBMITTED' || state === 'APPROVED';
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '系统管理员',
  CREDIT_OFFICE: '信用办',
  EVALUATOR: '第三方评估机构',
  LEADER: '领导',
  UNIT_APPROVER: '单位负责人',
  UNIT_SUBMITTER: '单位填报人',
};

/** What each step of the history means to the unit, in its words. */
export function transitionLabel(from: SubmissionState, to: SubmissionState): string {
  if (from === 'NOT_STARTED' && to === 'DRAFT') return '创建草稿';
  if (to === 'PENDING_APPROVAL') return '提交单位负责人审核';
  if (from === 'PENDING_APPROVAL' && (to === 'SUBMITTED' || to === 'RESUBMITTED')) return '单位负责人审核签字，报送信用办';
  if (from === 'PENDING_APPROVAL') return '单位负责人驳回';
  if (to === 'SUBMITTED') return '报送信用办';
  if (to === 'RESUBMITTED') return '重新报送信用办';
  if (to === 'RETURNED') return from === 'APPROVED' ? '信用办重新打开' : '信用办退回';
  if (to === 'APPROVED') return '信用办审核通过';
  return '状态变更';
}
