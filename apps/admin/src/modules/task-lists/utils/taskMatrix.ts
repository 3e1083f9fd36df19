import type { UnitTasksQuery } from '../../../generated/graphql';

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

/** The due date of a task in one period, if it is reported then. */
export function dueIn(task: UnitTask, periodId: string | undefined): Due | undefined {
  return periodId ? duesOf(task).find((d) => d.periodId === periodId) : undefined;
}
