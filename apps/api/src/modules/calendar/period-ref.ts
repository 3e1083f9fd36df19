/** A concrete assessment period: 2023年3月 = { year: 2023, kind: 'MONTH', index: 3 }. */
import type { PeriodKind } from '@govtrust/indicators';

export interface PeriodRef {
  year: number;
  kind: PeriodKind;
  /** month 1–12, quarter 1–4, 1 for a year or a cumulative period */
  index: number;
}

export function periodLabel(period: PeriodRef): string {
  switch (period.kind) {
    case 'MONTH':
      return `${period.year}年${period.index}月`;
    case 'QUARTER':
      return `${period.year}年第${'一二三四'.charAt(period.index - 1)}季度`;
    case 'YEAR':
      return `${period.year}年度`;
    case 'CUMULATIVE':
      return `${period.year}年累计`;
  }
}

/** First and last calendar day (ISO dates) the period covers. */
export function periodRange(period: PeriodRef): { start: string; end: string } {
  const { year } = period;
  switch (period.kind) {
    case 'MONTH':
      return { start: isoDate(year, period.index, 1), end: lastDayOfMonth(year, period.index) };
    case 'QUARTER': {
      const firstMonth = (period.index - 1) * 3 + 1;
      return { start: isoDate(year, firstMonth, 1), end: lastDayOfMonth(year, firstMonth + 2) };
    }
    case 'YEAR':
    case 'CUMULATIVE':
      return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  }
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, day);
}
