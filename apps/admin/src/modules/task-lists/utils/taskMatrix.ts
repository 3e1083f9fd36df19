import type { UnitTasksQuery } from '../../../generated/graphql';
import { cadenceOf, type Cadence } from './deadlineRuleText';

export type UnitTask = UnitTasksQuery['unitTasks'][number];

export interface Due {
  periodId: string;
  dueDate: string | null;
}

/** `dues` is JSON on the API ([{ periodId, dueDate }]); anything else reads as no dues. */
export function duesOf(task: Pick<UnitTask, 'dues'>): Due[] {
  if (!Array.isArray(task.dues)) return [];
  return task.dues.filter((d): d is Due => typeof d === 'object' && d !== null && typeof (d as Due).periodId === 'string');
}

export interface MatrixRow {
  unitId: string;
  tasks: UnitTask[];
  counts: Record<Cadence, number>;
  /** tasks reported in `periodId` (a due exists for it) */
  inPeriod: number;
}

export function matrixRow(unitId: string, tasks: UnitTask[], periodId: string | undefined): MatrixRow {
  const counts: Record<Cadence, number> = { MONTHLY: 0, QUARTERLY: 0, ANNUAL: 0, ONCE: 0, CONTINUOUS: 0 };
  for (const t of tasks) counts[cadenceOf(t.task.deadline)] += 1;
  const inPeriod = periodId ? tasks.filter((t) => duesOf(t).some((d) => d.periodId === periodId)).length : 0;
  return { unitId, tasks, counts, inPeriod };
}

/** The due date of a task in one period, if it is reported then. */
export function dueIn(task: UnitTask, periodId: string | undefined): Due | undefined {
  return periodId ? duesOf(task).find((d) => d.periodId === periodId) : undefined;
}
