import type { CyclesQuery } from '../../../generated/graphql';

export type Cycle = CyclesQuery['cycles'][number];
export type CyclePeriod = Cycle['periods'][number];

const KIND_ORDER = { QUARTER: 0, MONTH: 1, YEAR: 2, CUMULATIVE: 3 } as const;

/**
 * "The current period" where a page needs one: in the newest active cycle that has an open period
 * (a cycle set up ahead for next year has none yet), the open quarter first (the assessment's
 * rhythm), then an open month or year; with nothing open anywhere, the newest active cycle's latest period.
 */
export function currentPeriod(cycles: readonly Cycle[]): CyclePeriod | undefined {
  const active = cycles.filter((c) => c.status === 'ACTIVE');
  const cycle = active.find((c) => c.periods.some((p) => p.status === 'OPEN')) ?? active[0] ?? cycles[0];
  if (!cycle) return undefined;
  const open = cycle.periods.filter((p) => p.status === 'OPEN').sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.index - a.index);
  if (open[0]) return open[0];
  return [...cycle.periods].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.index - a.index)[0];
}

/** Period pickers: one group per cycle, periods in calendar order within their kind. */
export function periodOptions(cycles: readonly Cycle[]) {
  return cycles.map((cycle) => ({
    label: cycle.name,
    title: cycle.name,
    options: [...cycle.periods]
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.index - b.index)
      .map((p) => ({ value: p.id, label: p.label })),
  }));
}

export function cycleOfPeriod(cycles: readonly Cycle[], periodId: string | undefined): Cycle | undefined {
  return periodId ? cycles.find((c) => c.periods.some((p) => p.id === periodId)) : undefined;
}
