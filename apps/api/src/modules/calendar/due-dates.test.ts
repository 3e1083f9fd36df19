import { computeDueDate, measureLateness, previewDueDates } from './due-dates';
import { periodLabel, periodRange } from './period-ref';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar();
const month = (year: number, index: number) => ({ year, kind: 'MONTH' as const, index });
const quarter = (year: number, index: number) => ({ year, kind: 'QUARTER' as const, index });

describe('WorkingCalendar (China official holidays and make-up workdays)', () => {
  it('knows the 2023 National Day holiday and its make-up Saturday', () => {
    expect(calendar.isWorkday('2023-10-02')).toBe(false);
    expect(calendar.isWorkday('2023-10-07')).toBe(true); // 调休上班 (Saturday)
    expect(calendar.isWorkday('2023-10-08')).toBe(true); // 调休上班 (Sunday)
    expect(calendar.isWorkday('2023-10-14')).toBe(false); // ordinary Saturday
  });

  it('lets the credit office override a single day', () => {
    const local = new WorkingCalendar(new Map([['2023-10-09', false]]));
    expect(local.isWorkday('2023-10-09')).toBe(false);
    expect(local.onOrNextWorkday('2023-10-09')).toBe('2023-10-10');
  });

  it('counts 7 working days after a decision across the National Day holiday', () => {
    // Decision on Thu 2023-09-28; 29 Sep – 6 Oct are holidays; 7 and 8 Oct are make-up workdays.
    expect(calendar.addWorkdays('2023-09-28', 7)).toBe('2023-10-13');
  });
});

describe('computeDueDate', () => {
  it('每月4日前报送上月信息: March data is due on 4 April, moved past the Qingming holiday when needed', () => {
    expect(computeDueDate({ kind: 'MONTHLY', day: 4 }, month(2023, 2), calendar)).toBe('2023-03-06');
    expect(computeDueDate({ kind: 'MONTHLY', day: 4 }, month(2023, 2), calendar, { holidayPolicy: 'EXACT' })).toBe(
      '2023-03-04',
    );
    expect(computeDueDate({ kind: 'MONTHLY', day: 4 }, month(2023, 3), calendar)).toBe('2023-04-04');
    expect(computeDueDate({ kind: 'MONTHLY', day: 4 }, month(2023, 9), calendar)).toBe('2023-10-07');
  });

  it('December data is due in January of the next year', () => {
    expect(computeDueDate({ kind: 'MONTHLY', day: 4 }, month(2023, 12), calendar)).toBe('2024-01-04');
  });

  it('quarterly data is due by the 10th of the next quarter’s first month (seed 000)', () => {
    expect(computeDueDate({ kind: 'QUARTERLY', day: 10 }, quarter(2023, 1), calendar)).toBe('2023-04-10');
    expect(computeDueDate({ kind: 'QUARTERLY', day: 10 }, quarter(2023, 3), calendar)).toBe('2023-10-10');
    expect(computeDueDate({ kind: 'QUARTERLY', day: 10 }, quarter(2023, 4), calendar)).toBe('2024-01-10');
  });

  it('handles fixed, annual, continuous and event-based rules', () => {
    const year = { year: 2023, kind: 'YEAR' as const, index: 1 };
    expect(computeDueDate({ kind: 'FIXED', date: '2023-08-31' }, year, calendar)).toBe('2023-08-31');
    expect(computeDueDate({ kind: 'ANNUAL', month: 1, day: 10 }, year, calendar)).toBe('2024-01-10');
    expect(computeDueDate({ kind: 'ANNUAL', month: 12, day: 31, sameYear: true }, year, calendar)).toBe('2024-01-02');
    expect(computeDueDate({ kind: 'CONTINUOUS' }, year, calendar)).toBeNull();
    const event = { kind: 'WORKING_DAYS_AFTER_EVENT' as const, days: 7, event: '行政许可决定' };
    expect(computeDueDate(event, year, calendar)).toBeNull();
    expect(computeDueDate(event, year, calendar, { eventDate: '2023-09-28' })).toBe('2023-10-13');
  });

  it('clamps day 31 to the end of a short month', () => {
    expect(computeDueDate({ kind: 'MONTHLY', day: 31 }, month(2023, 1), calendar, { holidayPolicy: 'EXACT' })).toBe(
      '2023-02-28',
    );
  });

  it('previews a whole year of monthly due dates', () => {
    const preview = previewDueDates({ kind: 'MONTHLY', day: 4 }, 2023, calendar);
    expect(preview).toHaveLength(12);
    expect(preview[0]).toMatchObject({ label: '2023年1月', dueDate: '2023-02-06' });
    expect(preview[11]?.dueDate).toBe('2024-01-04');
  });
});

describe('measureLateness', () => {
  it('is on time any time on the due date in China time', () => {
    expect(measureLateness('2023-04-04', new Date('2023-04-04T15:59:00Z'), calendar).late).toBe(false);
    // 00:01 on 5 April China time is a day late; 5 April 2023 is Qingming, so no working day yet.
    expect(measureLateness('2023-04-04', new Date('2023-04-04T16:01:00Z'), calendar)).toEqual({
      late: true,
      days: 1,
      workingDays: 0,
    });
  });

  it('counts working days across a weekend', () => {
    // Due Fri 2023-04-07, submitted Mon 2023-04-10: 3 calendar days, 1 working day late.
    expect(measureLateness('2023-04-07', new Date('2023-04-10T02:00:00Z'), calendar)).toEqual({
      late: true,
      days: 3,
      workingDays: 1,
    });
  });

  it('never marks a task without a due date late', () => {
    expect(measureLateness(null, new Date('2030-01-01T00:00:00Z'), calendar).late).toBe(false);
  });
});

describe('period labels and ranges', () => {
  it('speaks Chinese and knows month lengths', () => {
    expect(periodLabel(quarter(2023, 3))).toBe('2023年第三季度');
    expect(periodRange(month(2024, 2))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange(quarter(2023, 4))).toEqual({ start: '2023-10-01', end: '2023-12-31' });
  });
});
