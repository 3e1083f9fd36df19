import type { Cycle } from '../../periods/utils/currentPeriod';
import { resolveSelection } from './scoreSelection';

const period = (id: string, cycleId: string, index: number, status: string) =>
  ({ id, cycleId, label: id, kind: 'QUARTER', index, year: 2026, status }) as Cycle['periods'][number];
const cycles = [
  { id: 'old', name: '2025年度', year: 2025, status: 'ARCHIVED', periods: [period('o1', 'old', 1, 'CLOSED'), period('o2', 'old', 2, 'CLOSED')] },
  { id: 'now', name: '2026年度', year: 2026, status: 'ACTIVE', periods: [period('n3', 'now', 3, 'CLOSED'), period('n4', 'now', 4, 'OPEN')] },
] as unknown as Cycle[];

describe('resolveSelection', () => {
  it("opens on the current period's provisional department ranking", () => {
    expect(resolveSelection(cycles, {})).toEqual({ cycleId: 'now', periodId: 'n4', unitKind: 'DEPARTMENT', provisional: true });
  });

  it("opens another cycle at its first period, and keeps every choice made", () => {
    expect(resolveSelection(cycles, { cycleId: 'old' }).periodId).toBe('o1');
    expect(resolveSelection(cycles, { cycleId: 'old', periodId: 'o2', unitKind: 'TOWNSHIP', provisional: false })).toEqual({
      cycleId: 'old',
      periodId: 'o2',
      unitKind: 'TOWNSHIP',
      provisional: false,
    });
  });

  it('has no period before any cycle exists', () => {
    expect(resolveSelection([], {})).toEqual({ cycleId: undefined, periodId: undefined, unitKind: 'DEPARTMENT', provisional: true });
  });
});
