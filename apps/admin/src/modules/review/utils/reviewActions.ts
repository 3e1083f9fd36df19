import type { SubmissionState } from '../../../generated/graphql';

/** What the credit office may do with a submission in each state (mirrors the API's state machine). */
export function canApprove(state: SubmissionState): boolean {
  return state === 'SUBMITTED' || state === 'RESUBMITTED';
}

export const canReturn = canApprove;

export function canReopen(state: SubmissionState): boolean {
  return state === 'APPROVED';
}

export const REVIEW_STATE_OPTIONS: Array<{ value: SubmissionState; label: string }> = [
  { value: 'SUBMITTED', label: '已报送（待审核）' },
  { value: 'RESUBMITTED', label: '已重新报送（待审核）' },
  { value: 'RETURNED', label: '已退回' },
  { value: 'APPROVED', label: '已通过' },
  { value: 'PENDING_APPROVAL', label: '待单位负责人审核' },
  { value: 'DRAFT', label: '草稿' },
];
