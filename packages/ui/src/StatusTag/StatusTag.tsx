import { Tag } from 'antd';

/** Where a unit's submission for a period stands (NOT_STARTED: nothing saved yet). */
export type SubmissionStatus = 'NOT_STARTED' | 'DRAFT' | 'PENDING_APPROVAL' | 'SUBMITTED' | 'RETURNED' | 'RESUBMITTED' | 'APPROVED';

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  NOT_STARTED: '未填报',
  DRAFT: '草稿',
  PENDING_APPROVAL: '待审批',
  SUBMITTED: '已提交',
  RETURNED: '被退回',
  RESUBMITTED: '已重新提交',
  APPROVED: '已通过',
};

// Red only where the unit must act (returned); blue/cyan while it waits for someone else.
const STATUS_COLORS: Record<SubmissionStatus, string> = {
  NOT_STARTED: 'default',
  DRAFT: 'gold',
  PENDING_APPROVAL: 'orange',
  SUBMITTED: 'processing',
  RETURNED: 'error',
  RESUBMITTED: 'cyan',
  APPROVED: 'success',
};

export interface StatusTagProps {
  status: SubmissionStatus;
}

export function StatusTag({ status }: StatusTagProps) {
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {SUBMISSION_STATUS_LABELS[status]}
    </Tag>
  );
}
