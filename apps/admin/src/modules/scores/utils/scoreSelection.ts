import type { UnitKind } from '../../../generated/graphql';
import { currentPeriod, type Cycle } from '../../periods/utils/currentPeriod';

/** Which results the ranking shows: the toolbar's four choices. */
export interface ScoreSelection {
  cycleId?: string;
  periodId?: string;
  unitKind: UnitKind;
  provisional: boolean;
}

/**
 * What the page shows for what the user picked so far: nothing picked is the current period's
 * 初步结果 for departments; a picked cycle without a period opens at the current period when it is
 * that cycle's, else at its first period.
 */
export function resolveSelection(cycles: readonly Cycle[], chosen: Partial<ScoreSelection>): ScoreSelection {
  const current = currentPeriod(cycles);
  const cycleId = chosen.cycleId ?? current?.cycleId ?? cycles[0]?.id;
  const cycle = cycles.find((c) => c.id === cycleId);
  const periodId = chosen.periodId ?? (current?.cycleId === cycleId ? current?.id : cycle?.periods[0]?.id);
  return { cycleId, periodId, unitKind: chosen.unitKind ?? 'DEPARTMENT', provisional: chosen.provisional ?? true };
}
