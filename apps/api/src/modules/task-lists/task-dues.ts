import type { DeadlineRule } from '@govtrust/indicators';
import { computeDueDate } from '../calendar/due-dates';
import type { PeriodRef } from '../calendar/period-ref';
import { calendarDaysAfter, type WorkingCalendar } from '../calendar/working-calendar';
import { periodKindForRule } from '../cycles/cycle-periods';

/** The due date of a task in one period, or undefined when the task is not reported in that period. */
export function dueIn(
  rule: DeadlineRule,
  period: PeriodRef,
  calendar: WorkingCalendar,
): string | null | undefined {
  if (periodKindForRule(rule) !== period.kind) return undefined;
  return computeDueDate(rule, period, calendar);
}

export interface DueState {
  /** calendar days from `today` to the due date; negative once it has passed */
  daysLeft: number | null;
  /** past due and not yet submitted */
  overdue: boolean;
}

export function dueState(dueDate: string | null, today: string, submitted: boolean): DueState {
  if (dueDate === null) return { daysLeft: null, overdue: false };
  const daysLeft = calendarDaysAfter(today, dueDate);
  return { daysLeft, overdue: !submitted && daysLeft < 0 };
}

/** Overdue first, then by due date (undated last), then by task code. */
export function compareTasks(
  a: { overdue: boolean; dueDate: string | null; code: string },
  b: { overdue: boolean; dueDate: string | null; code: string },
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.code.localeCompare(b.code);
}
