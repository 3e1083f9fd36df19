import type { SubmissionState } from '../../../generated/graphql';

export interface OrderableTask {
  overdue: boolean;
  dueDate: string | null;
  submissionState: SubmissionState;
  task: { code: string };
}

// what the unit must act on comes first: returned (the office asked for a fix), then overdue, then
// not yet sent, then what waits for someone else
const STATE_RANK: Record<SubmissionState, number> = {
  RETURNED: 0,
  NOT_STARTED: 2,
  DRAFT: 2,
  PENDING_APPROVAL: 3,
  SUBMITTED: 4,
  RESUBMITTED: 4,
  APPROVED: 5,
};

function rank(row: OrderableTask): number {
  if (row.submissionState === 'RETURNED') return 0;
  return row.overdue ? 1 : STATE_RANK[row.submissionState];
}

/** 本期任务 order: returned and overdue first, then by due date (持续推进 without a date last), then code. */
export function orderTasks<T extends OrderableTask>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      a.task.code.localeCompare(b.task.code),
  );
}
