import type { DeadlineRule, PeriodKind } from '@govtrust/indicators';
import type { PeriodRef } from '../calendar/period-ref';

/** The period a task is reported in: monthly and quarterly rules per month/quarter, everything else once a year. */
export function periodKindForRule(rule: DeadlineRule): PeriodKind {
  switch (rule.kind) {
    case 'MONTHLY':
      return 'MONTH';
    case 'QUARTERLY':
      return 'QUARTER';
    case 'ANNUAL':
    case 'FIXED':
    case 'CONTINUOUS':
    case 'WORKING_DAYS_AFTER_EVENT':
      return 'YEAR';
  }
}

const kindOrder: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'CUMULATIVE', 'YEAR'];

/**
 * The periods of a cycle's year: those of the system's period kind, those the task list's
 * deadlines need, and always the year itself (the annual evaluation).
 */
export function cyclePeriodRefs(
  year: number,
  systemPeriodKind: PeriodKind,
  rules: readonly DeadlineRule[],
): PeriodRef[] {
  const kinds = new Set<PeriodKind>([systemPeriodKind, 'YEAR', ...rules.map(periodKindForRule)]);
  return kindOrder.filter((kind) => kinds.has(kind)).flatMap((kind) => periodRefsOfKind(year, kind));
}

export function periodRefsOfKind(year: number, kind: PeriodKind): PeriodRef[] {
  const count = kind === 'MONTH' ? 12 : kind === 'QUARTER' ? 4 : 1;
  return Array.from({ length: count }, (_, i) => ({ year, kind, index: i + 1 }));
}
