import type { UnitTask } from '../../task-lists/utils/taskMatrix';
import { periodProgress } from './periodProgress';

const task = (id: string, dues: Array<{ periodId: string; dueDate: string | null }>): UnitTask => ({
  assignmentId: `a-${id}`,
  dues,
  task: { id, code: id, title: id, category: null, target: null, deadline: { kind: 'MONTHLY', day: 4 }, deadlineText: null },
});

describe('periodProgress', () => {
  const tasksByUnit = new Map([
    ['u1', [task('t1', [{ periodId: 'q4', dueDate: '2024-01-10' }]), task('t2', [{ periodId: 'q4', dueDate: '2024-01-10' }]), task('t3', [{ periodId: 'q3', dueDate: '2023-10-10' }])]],
    ['u2', [task('t4', [{ periodId: 'q4', dueDate: '2024-02-01' }]), task('t5', [{ periodId: 'q4', dueDate: null }])]],
  ]);
  const submissions = [
    { unitId: 'u1', taskId: 't1', state: 'APPROVED' as const },
    { unitId: 'u1', taskId: 't2', state: 'DRAFT' as const },
    { unitId: 'u2', taskId: 't4', state: 'RETURNED' as const },
  ];

  it('counts expected, sent and missing per unit for the period only', () => {
    const progress = periodProgress(tasksByUnit, 'q4', submissions, '2024-01-20');
    expect(progress.units).toEqual([
      { unitId: 'u1', expected: 2, submitted: 1, approved: 1, returned: 0, missing: 1, overdue: 1 },
      { unitId: 'u2', expected: 2, submitted: 1, approved: 0, returned: 1, missing: 1, overdue: 0 },
    ]);
    expect(progress.expected).toBe(4);
    expect(progress.missing).toBe(2);
    expect(progress.overdue).toBe(1);
  });

  it('groups due dates with what is still open', () => {
    const { deadlines } = periodProgress(tasksByUnit, 'q4', submissions, '2024-01-20');
    expect(deadlines).toEqual([
      { dueDate: '2024-01-10', tasks: 2, open: 1 },
      { dueDate: '2024-02-01', tasks: 1, open: 0 },
    ]);
  });
});
