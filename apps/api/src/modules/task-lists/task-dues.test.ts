import { WorkingCalendar } from '../calendar/working-calendar';
import { compareTasks, dueIn, dueState } from './task-dues';

const calendar = new WorkingCalendar();

describe('dueIn', () => {
  it('gives monthly tasks a due date in month periods only', () => {
    expect(dueIn({ kind: 'MONTHLY', day: 4 }, { year: 2023, kind: 'MONTH', index: 3 }, calendar)).toBe(
      '2023-04-04',
    );
    expect(
      dueIn({ kind: 'MONTHLY', day: 4 }, { year: 2023, kind: 'QUARTER', index: 1 }, calendar),
    ).toBeUndefined();
  });

  it('reports fixed, continuous and event tasks once a year', () => {
    const year = { year: 2023, kind: 'YEAR' as const, index: 1 };
    expect(dueIn({ kind: 'FIXED', date: '2023-08-31' }, year, calendar)).toBe('2023-08-31');
    expect(dueIn({ kind: 'CONTINUOUS' }, year, calendar)).toBeNull();
    expect(dueIn({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '决定' }, year, calendar)).toBeNull();
  });
});

describe('dueState and ordering', () => {
  it('counts days left and flags overdue only while unsubmitted', () => {
    expect(dueState('2023-04-04', '2023-04-01', false)).toEqual({ daysLeft: 3, overdue: false });
    expect(dueState('2023-04-04', '2023-04-06', false)).toEqual({ daysLeft: -2, overdue: true });
    expect(dueState('2023-04-04', '2023-04-06', true)).toEqual({ daysLeft: -2, overdue: false });
    expect(dueState(null, '2023-04-06', false)).toEqual({ daysLeft: null, overdue: false });
  });

  it('puts overdue tasks first, undated tasks last', () => {
    const rows = [
      { code: 'C', overdue: false, dueDate: null },
      { code: 'B', overdue: false, dueDate: '2023-05-01' },
      { code: 'A', overdue: true, dueDate: '2023-04-01' },
      { code: 'D', overdue: false, dueDate: '2023-04-20' },
    ];
    expect(rows.sort(compareTasks).map((r) => r.code)).toEqual(['A', 'D', 'B', 'C']);
  });
});
