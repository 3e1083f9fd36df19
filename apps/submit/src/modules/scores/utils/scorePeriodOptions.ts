import type { ScorePeriodsQuery } from '../../../generated/graphql';

export interface ScorePeriodOption {
  value: string;
  label: string;
}

const KIND_ORDER: Record<string, number> = { YEAR: 0, CUMULATIVE: 1, QUARTER: 2, MONTH: 3 };

/**
 * Periods whose results may have been published: closed ones first (results are published after a
 * period closes), newest cycle first, the year before its quarters and months, latest index first.
 */
export function scorePeriodOptions(cycles: ScorePeriodsQuery['cycles']): ScorePeriodOption[] {
  return [...cycles]
    .sort((a, b) => b.year - a.year)
    .flatMap((cycle) =>
      [...cycle.periods]
        .filter((period) => period.status !== 'NOT_OPEN')
        .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || b.index - a.index)
        .map((period) => ({ value: period.id, label: cycles.length > 1 ? `${cycle.year} · ${period.label}` : period.label })),
    );
}
