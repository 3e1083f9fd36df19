import { dueIn, duesOf, type UnitTask } from './taskMatrix';

const task = (code: string, deadline: unknown, dues: unknown): UnitTask => ({
  assignmentId: `a-${code}`,
  dues,
  task: { id: code, code, title: code, category: null, target: null, deadline, deadlineText: null },
});

describe('task matrix', () => {
  const tasks = [
    task('T1', { kind: 'MONTHLY', day: 4 }, [{ periodId: 'm12', dueDate: '2024-01-04' }]),
    task('T2', { kind: 'QUARTERLY', day: 10 }, [{ periodId: 'q4', dueDate: '2024-01-10' }]),
    task('T3', { kind: 'CONTINUOUS' }, [{ periodId: 'y', dueDate: null }]),
    task('T4', { kind: 'MONTHLY', day: 4 }, 'not a list'),
  ];

  it('reads dues defensively and finds the one of a period', () => {
    expect(duesOf(tasks[3]!)).toEqual([]);
    expect(dueIn(tasks[1]!, 'q4')?.dueDate).toBe('2024-01-10');
    expect(dueIn(tasks[1]!, 'm12')).toBeUndefined();
  });
});
