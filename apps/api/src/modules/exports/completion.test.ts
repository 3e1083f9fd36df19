import { completionStatus, summariseCompletion, type CompletionFact } from './completion';

const fact = (over: Partial<CompletionFact>): CompletionFact => ({
  unitId: 'u1',
  unitCode: 'GH-A',
  unitName: '甲局',
  taskId: 't1',
  taskCode: 'T-1',
  taskTitle: '报送双公示信息',
  dueDate: '2024-01-04',
  submittedAt: null,
  late: false,
  lateDays: 0,
  returnCount: 0,
  ...over,
});

describe('completion', () => {
  it('classifies by the first submission and the due date (the due date itself is on time)', () => {
    expect(completionStatus(fact({ submittedAt: new Date() }), '2024-02-01')).toBe('ON_TIME');
    expect(completionStatus(fact({ submittedAt: new Date(), late: true }), '2024-02-01')).toBe('LATE');
    expect(completionStatus(fact({}), '2024-01-04')).toBe('PENDING');
    expect(completionStatus(fact({}), '2024-01-05')).toBe('MISSING');
    expect(completionStatus(fact({ dueDate: null }), '2030-01-01')).toBe('PENDING');
  });

  it('counts per unit and per task with the timeliness rate and the overdue detail', () => {
    const s = summariseCompletion(
      [
        fact({ submittedAt: new Date(), returnCount: 1 }),
        fact({ taskId: 't2', taskCode: 'T-2', submittedAt: new Date(), late: true, lateDays: 3 }),
        fact({ unitId: 'u2', unitCode: 'GH-B', unitName: '乙局' }),
        fact({ unitId: 'u2', unitCode: 'GH-B', unitName: '乙局', taskId: 't2', taskCode: 'T-2', dueDate: '2024-03-01' }),
      ],
      '2024-01-10',
    );
    expect(s.units.map((u) => [u.code, u.expected, u.onTime, u.late, u.missing, u.pending, u.returned])).toEqual([
      ['GH-A', 2, 1, 1, 0, 0, 1],
      ['GH-B', 2, 0, 0, 1, 1, 0],
    ]);
    expect(s.units[0]!.timelyRate).toBe(0.5);
    expect(s.units[1]!.timelyRate).toBe(0);
    expect(s.tasks.map((t) => [t.code, t.expected])).toEqual([['T-1', 2], ['T-2', 2]]);
    expect(s.total).toMatchObject({ expected: 4, onTime: 1, late: 1, missing: 1, pending: 1 });
    expect(s.overdue.map((o) => [o.unitName, o.status, o.overdueDays])).toEqual([
      ['甲局', 'LATE', 3],
      ['乙局', 'MISSING', 6],
    ]);
  });
});
