import { currentPeriod, cycleOfPeriod, periodOptions, type Cycle } from './currentPeriod';

const period = (id: string, kind: 'MONTH' | 'QUARTER' | 'YEAR', index: number, status: 'OPEN' | 'CLOSED' | 'NOT_OPEN') => ({
  id,
  cycleId: 'c1',
  label: id,
  kind,
  index,
  year: 2023,
  status,
  openedAt: null,
  closedAt: null,
  version: 1,
});

const cycle: Cycle = {
  id: 'c1',
  name: '2023年度考核',
  year: 2023,
  status: 'ACTIVE',
  systemKey: 'genhe-assessment-2023',
  systemVersion: 1,
  taskListKey: 'genhe-tasks-2023',
  requiresApproverSignOff: true,
  version: 1,
  periods: [period('m12', 'MONTH', 12, 'OPEN'), period('q3', 'QUARTER', 3, 'CLOSED'), period('q4', 'QUARTER', 4, 'OPEN'), period('y', 'YEAR', 1, 'OPEN')],
};

describe('currentPeriod', () => {
  it('prefers the open quarter of the active cycle', () => {
    expect(currentPeriod([cycle])?.id).toBe('q4');
  });

  it('skips a newer cycle set up ahead with nothing open yet', () => {
    const ahead: Cycle = {
      ...cycle,
      id: 'c2',
      name: '2024年度考核',
      year: 2024,
      periods: cycle.periods.map((p) => ({ ...p, id: `next-${p.id}`, cycleId: 'c2', year: 2024, status: 'NOT_OPEN' as const })),
    };
    expect(currentPeriod([ahead, cycle])?.id).toBe('q4');
  });

  it('falls back to the latest period when nothing is open', () => {
    const closed = { ...cycle, periods: cycle.periods.map((p) => ({ ...p, status: 'CLOSED' as const })) };
    expect(currentPeriod([closed])?.id).toBe('q4');
    expect(currentPeriod([])).toBeUndefined();
  });

  it('groups options by cycle and finds the cycle of a period', () => {
    expect(periodOptions([cycle])[0]?.options.map((o) => o.value)).toEqual(['q3', 'q4', 'm12', 'y']);
    expect(cycleOfPeriod([cycle], 'm12')?.id).toBe('c1');
  });
});
