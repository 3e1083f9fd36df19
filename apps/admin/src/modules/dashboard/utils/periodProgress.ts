import type { SubmissionState } from '../../../generated/graphql';
import { dueIn, type UnitTask } from '../../task-lists/utils/taskMatrix';

export interface PeriodSubmission {
  unitId: string;
  taskId: string;
  state: SubmissionState;
}

export interface UnitProgress {
  unitId: string;
  expected: number;
  /** sent to the credit office or beyond (not a draft, not waiting for the unit's approver) */
  submitted: number;
  approved: number;
  returned: number;
  /** expected but never sent */
  missing: number;
  /** missing and past its due date */
  overdue: number;
}

export interface DeadlineGroup {
  dueDate: string;
  tasks: number;
  /** of those, not yet sent */
  open: number;
}

export interface PeriodProgress {
  units: UnitProgress[];
  expected: number;
  missing: number;
  overdue: number;
  deadlines: DeadlineGroup[];
}

const SENT: ReadonlySet<SubmissionState> = new Set<SubmissionState>(['SUBMITTED', 'RESUBMITTED', 'RETURNED', 'APPROVED']);

/**
 * What a period expects (every task with a due in it, per unit) against what has arrived. The API
 * stores submissions only once a unit saves something, so "missing" is computed here.
 */
export function periodProgress(
  tasksByUnit: ReadonlyMap<string, UnitTask[]>,
  periodId: string,
  submissions: readonly PeriodSubmission[],
  today: string,
): PeriodProgress {
  const byPair = new Map(submissions.map((s) => [`${s.unitId}:${s.taskId}`, s.state]));
  const deadlines = new Map<string, DeadlineGroup>();
  const units: UnitProgress[] = [];
  for (const [unitId, tasks] of tasksByUnit) {
    const row: UnitProgress = { unitId, expected: 0, submitted: 0, approved: 0, returned: 0, missing: 0, overdue: 0 };
    for (const task of tasks) {
      const due = dueIn(task, periodId);
      if (!due) continue;
      row.expected += 1;
      const state = byPair.get(`${unitId}:${task.task.id}`);
      const sent = state !== undefined && SENT.has(state);
      if (sent) row.submitted += 1;
      if (state === 'APPROVED') row.approved += 1;
      if (state === 'RETURNED') row.returned += 1;
      if (!sent) {
        row.missing += 1;
        if (due.dueDate && due.dueDate < today) row.overdue += 1;
      }
      if (due.dueDate) {
        const group = deadlines.get(due.dueDate) ?? { dueDate: due.dueDate, tasks: 0, open: 0 };
        group.tasks += 1;
        if (!sent) group.open += 1;
        deadlines.set(due.dueDate, group);
      }
    }
    units.push(row);
  }
  return {
    units,
    expected: units.reduce((n, u) => n + u.expected, 0),
    missing: units.reduce((n, u) => n + u.missing, 0),
    overdue: units.reduce((n, u) => n + u.overdue, 0),
    deadlines: [...deadlines.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
  };
}
