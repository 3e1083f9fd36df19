import { LessThan, type EntityManager } from 'typeorm';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import type { PeriodKindEnum } from '../cycles/cycle-enums';
import { Period } from '../cycles/period.entity';

/**
 * The cycle of the same indicator system that came before `cycle` (the latest earlier year), so
 * 2024 Q1 can be compared with 2023 Q4 and validity windows can reach across the year's end.
 */
export function previousCycle(
  manager: EntityManager,
  cycle: Pick<AssessmentCycle, 'systemKey' | 'year'>,
): Promise<AssessmentCycle | null> {
  return manager.findOne(AssessmentCycle, {
    where: { systemKey: cycle.systemKey, year: LessThan(cycle.year) },
    order: { year: 'DESC', createdAt: 'DESC' },
  });
}

/**
 * The last period of `kind` in the cycle before `cycleId`'s (2023 Q4 for the 2024 cycle's
 * quarters), in one statement: the report queries count theirs.
 */
export function lastPeriodOfPreviousCycle(manager: EntityManager, cycleId: string, kind: PeriodKindEnum): Promise<Period | null> {
  return manager
    .getRepository(Period)
    .createQueryBuilder('p')
    .innerJoin(AssessmentCycle, 'pc', 'pc.id = p.cycleId')
    .innerJoin(AssessmentCycle, 'c', 'c.id = :cycleId AND c.systemKey = pc.systemKey AND pc.year < c.year', { cycleId })
    .where('p.kind = :kind', { kind })
    .orderBy('pc.year', 'DESC')
    .addOrderBy('pc.createdAt', 'DESC')
    .addOrderBy('p.year', 'DESC')
    .addOrderBy('p.index', 'DESC')
    .limit(1)
    .getOne();
}

/** The period of `period`'s kind just before it: in its own cycle, else the last one of the previous cycle. */
export async function previousPeriodOf(manager: EntityManager, period: Period, cyclePeriods: readonly Period[]): Promise<Period | null> {
  const inCycle = cyclePeriods
    .filter((p) => p.kind === period.kind && (p.year < period.year || (p.year === period.year && p.index < period.index)))
    .sort((a, b) => b.year - a.year || b.index - a.index)[0];
  return inCycle ?? lastPeriodOfPreviousCycle(manager, period.cycleId, period.kind);
}
