/**
 * China's working-day calendar: statutory holidays and make-up workdays (调休) come from the
 * maintained `chinese-days` data; the credit office can override single days (a local holiday, a
 * correction published late), and an override always wins.
 */
import { isWorkday as isOfficialWorkday } from 'chinese-days';

/** ISO date → true (working day) / false (day off). */
export type CalendarOverrides = ReadonlyMap<string, boolean>;

const DAY_MS = 24 * 60 * 60 * 1000;

export class WorkingCalendar {
  constructor(private readonly overrides: CalendarOverrides = new Map()) {}

  isWorkday(date: string): boolean {
    const override = this.overrides.get(date);
    return override ?? isOfficialWorkday(date);
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  onOrNextWorkday(date: string): string {
    let current = date;
    while (!this.isWorkday(current)) current = addCalendarDays(current, 1);
    return current;
  }

  /** `days` working days after `date` (the event day itself does not count: 决定之日起7个工作日内). */
  addWorkdays(date: string, days: number): string {
    let current = date;
    let remaining = days;
    while (remaining > 0) {
      current = addCalendarDays(current, 1);
      if (this.isWorkday(current)) remaining -= 1;
    }
    return current;
  }

  /** Working days in (from, to]: how many working days `to` lies after `from`; 0 when not after. */
  workdaysAfter(from: string, to: string): number {
    let count = 0;
    for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
      if (this.isWorkday(current)) count += 1;
    }
    return count;
  }
}

export function addCalendarDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

export function calendarDaysAfter(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
