import type { DeadlineRule, TaskDefinition, TaskListUnit } from '@govtrust/indicators';
import { chinaDate } from '../calendar/due-dates';
import { PeriodKindEnum } from '../cycles/cycle-enums';

/** The preset's own year: its fixed dates (完成时限:2023年8月) are moved to the demo's year. */
const PRESET_YEAR = 2023;

/** The demo runs in the year of the seed's clock (China time), so its deadlines stay current. */
export function demoYear(now: Date): number {
  return Number(chinaDate(now).slice(0, 4));
}

/**
 * The Genhe task list as the credit office would reissue it for `year`: fixed deadlines and the
 * dates written in the task texts move to that year; everything else is the preset's.
 */
export function taskUnitsForYear(units: readonly TaskListUnit[], year: number): TaskListUnit[] {
  if (year === PRESET_YEAR) return [...units];
  return units.map((unit) => ({ ...unit, tasks: unit.tasks.map((task) => taskForYear(task, year)) }));
}

function taskForYear(task: TaskDefinition, year: number): TaskDefinition {
  const shift = (text: string) => text.replaceAll(`${PRESET_YEAR}年`, `${year}年`);
  const deadline: DeadlineRule =
    task.deadline.kind === 'FIXED'
      ? { kind: 'FIXED', date: task.deadline.date.replace(/^\d{4}/u, String(year)) }
      : task.deadline;
  return {
    ...task,
    title: shift(task.title),
    sourceText: shift(task.sourceText),
    deadline,
    ...(task.deadlineText === undefined ? {} : { deadlineText: shift(task.deadlineText) }),
    ...(task.target === undefined ? {} : { target: shift(task.target) }),
    ...(task.notes === undefined ? {} : { notes: task.notes.map(shift) }),
  };
}

/**
 * Where a period stands on `today`: CLOSED (an earlier quarter, or a month of one: reported,
 * reviewed and published), OPEN (the current quarter's months so far, the quarter and the year),
 * NOT_OPEN (still to come).
 */
export type PeriodStage = 'CLOSED' | 'OPEN' | 'NOT_OPEN';

export function periodStage(kind: PeriodKindEnum, index: number, today: string): PeriodStage {
  const month = Number(today.slice(5, 7));
  const quarter = Math.ceil(month / 3);
  switch (kind) {
    case PeriodKindEnum.MONTH:
      if (Math.ceil(index / 3) < quarter) return 'CLOSED';
      return index <= month ? 'OPEN' : 'NOT_OPEN';
    case PeriodKindEnum.QUARTER:
      if (index < quarter) return 'CLOSED';
      return index === quarter ? 'OPEN' : 'NOT_OPEN';
    default:
      return 'OPEN';
  }
}
