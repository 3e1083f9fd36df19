/**
 * Turns a task's deadline rule (完成时限) into the due date of one period, and measures lateness
 * (迟报) in calendar and working days. Dates are ISO strings in China Standard Time.
 */
import type { DeadlineRule } from '@govtrust/indicators';
import type { PeriodRef } from './period-ref';
import { isoDate, lastDayOfMonth, periodLabel } from './period-ref';
import { calendarDaysAfter, type WorkingCalendar } from './working-calendar';

/**
 * NEXT_WORKDAY: a due date that falls on a weekend or holiday moves to the next working day, as
 * statutory time limits do (期限届满日是节假日的，以节假日后的第一日为期限届满日). EXACT keeps it.
 */
export type HolidayPolicy = 'NEXT_WORKDAY' | 'EXACT';

export interface DueDateOptions {
  holidayPolicy?: HolidayPolicy;
  /** required for WORKING_DAYS_AFTER_EVENT: the ISO date of the decision */
  eventDate?: string;
}

/** The due date for `period`, or null for continuous tasks (持续推进) and events not yet dated. */
export function computeDueDate(
  rule: DeadlineRule,
  period: PeriodRef,
  calendar: WorkingCalendar,
  options: DueDateOptions = {},
): string | null {
  const nominal = nominalDueDate(rule, period, calendar, options.eventDate);
  if (nominal === null) return null;
  const policy = options.holidayPolicy ?? 'NEXT_WORKDAY';
  return policy === 'NEXT_WORKDAY' ? calendar.onOrNextWorkday(nominal) : nominal;
}

function nominalDueDate(
  rule: DeadlineRule,
  period: PeriodRef,
  calendar: WorkingCalendar,
  eventDate: string | undefined,
): string | null {
  switch (rule.kind) {
    case 'MONTHLY': {
      // 每月4日前报送上月信息: data of month m is due on day N of month m+1.
      const { year, month } = monthAfterPeriod(period);
      return clampedDate(year, month, rule.day);
    }
    case 'QUARTERLY': {
      // 每季度首月10日前: data of quarter q is due on day N of the first month of quarter q+1.
      const { year, month } = monthAfterPeriod(period);
      return clampedDate(year, month, rule.day);
    }
    case 'ANNUAL':
      return clampedDate(rule.sameYear ? period.year : period.year + 1, rule.month, rule.day);
    case 'FIXED':
      return rule.date;
    case 'CONTINUOUS':
      return null;
    case 'WORKING_DAYS_AFTER_EVENT':
      return eventDate ? calendar.addWorkdays(eventDate, rule.days) : null;
  }
}

/** The first month after the period ends. */
function monthAfterPeriod(period: PeriodRef): { year: number; month: number } {
  const lastMonth =
    period.kind === 'MONTH' ? period.index : period.kind === 'QUARTER' ? period.index * 3 : 12;
  return lastMonth === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: lastMonth + 1 };
}

/** Day 31 in a 30-day month means its last day. */
function clampedDate(year: number, month: number, day: number): string {
  const last = lastDayOfMonth(year, month);
  const lastDay = Number(last.slice(8));
  return isoDate(year, month, Math.min(day, lastDay));
}

/** The calendar date in China Standard Time (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export interface Lateness {
  late: boolean;
  /** calendar days after the due date (0 when on time) */
  days: number;
  /** working days after the due date (0 when on time) */
  workingDays: number;
}

/** A submission made any time on the due date (China time) is on time. */
export function measureLateness(dueDate: string | null, submittedAt: Date, calendar: WorkingCalendar): Lateness {
  if (dueDate === null) return { late: false, days: 0, workingDays: 0 };
  const submittedOn = chinaDate(submittedAt);
  if (submittedOn <= dueDate) return { late: false, days: 0, workingDays: 0 };
  return {
    late: true,
    days: calendarDaysAfter(dueDate, submittedOn),
    workingDays: calendar.workdaysAfter(dueDate, submittedOn),
  };
}

export interface DueDatePreview {
  period: PeriodRef;
  label: string;
  dueDate: string | null;
}

/** Every due date a rule produces in one year, for the admin console's preview. */
export function previewDueDates(rule: DeadlineRule, year: number, calendar: WorkingCalendar): DueDatePreview[] {
  const periods: PeriodRef[] =
    rule.kind === 'MONTHLY'
      ? Array.from({ length: 12 }, (_, i) => ({ year, kind: 'MONTH' as const, index: i + 1 }))
      : rule.kind === 'QUARTERLY'
        ? Array.from({ length: 4 }, (_, i) => ({ year, kind: 'QUARTER' as const, index: i + 1 }))
        : [{ year, kind: 'YEAR' as const, index: 1 }];
  return periods.map((period) => ({
    period,
    label: periodLabel(period),
    dueDate: computeDueDate(rule, period, calendar),
  }));
}
