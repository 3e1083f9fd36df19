/**
 * Score cards for the 10,000-unit report database, written directly: the engine scores the target
 * month's values (those the seed generates; this database holds no submissions) with the same
 * scoreUnits the API's recompute calls, and the rows are shaped as ScoringService.store() writes them. The previous month only feeds the ranking's comparison
 * columns (total, rank), so it is scored on plain numbers. Scoring 10,000 units twice through the
 * API would add many minutes of set-up without changing what B3 measures.
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from 'mysql2/promise';
import { scoreUnits } from '@govtrust/indicators';
import { plainScores, type UnitValues } from '../b4-recompute';
import { bulkInsert } from '../lib/db';
import type { Seeded } from './seed';
import { buildSystem, SYSTEM_KEY, tasks, taskValues } from './system';

/** The values the seed would have approved for every unit in month `m` (0-based). */
function computedValues(seeded: Seeded, m: number): UnitValues[] {
  const shapes = tasks();
  return seeded.unitIds.map((id, u) => ({
    id,
    name: `基准单位${String(u).padStart(5, '0')}局`,
    values: Object.assign({}, ...shapes.map((t) => taskValues(t, u, m))) as UnitValues['values'],
  }));
}

const COLUMNS = ['id', 'createdAt', 'systemKey', 'systemVersion', 'cycleId', 'periodId', 'unitId', 'unitKind', 'computationId', 'current', 'total', 'maxTotal', 'grade', 'rank', 'provisional', 'unitName', 'totalValue', 'summary', 'card', 'computedAt'];

/** The ranking summary column as the API stores it (apps/api scores/ranking-summary.ts). */
function summaryJson(card: { categories: Array<{ code: string; name: string; points: string; maxPoints: string }>; gradeOverride?: { grade: string; reason: string } }): string {
  return JSON.stringify({
    categories: card.categories.map((c) => ({ code: c.code, name: c.name, points: c.points, maxPoints: c.maxPoints })),
    gradeOverride: card.gradeOverride ? { grade: card.gradeOverride.grade, reason: card.gradeOverride.reason } : null,
  });
}

export async function writeCards(pool: Pool, seeded: Seeded): Promise<void> {
  const now = new Date();
  const target = computedValues(seeded, seeded.periodIds.indexOf(seeded.targetPeriodId));
  const cards = scoreUnits(
    buildSystem(1),
    target.map((u) => ({ unit: { id: u.id, name: u.name, kind: 'DEPARTMENT' as const }, values: u.values })),
  );
  const computation = randomUUID();
  await bulkInsert(
    pool,
    'score_card',
    COLUMNS,
    cards.map((c) => [randomUUID(), now, SYSTEM_KEY, 1, seeded.cycleId, seeded.targetPeriodId, c.unit.id, c.unit.kind, computation, 1, c.total, c.maxTotal, c.grade, c.rank ?? null, c.provisional ? 1 : 0, c.unit.name, c.total, summaryJson(c), JSON.stringify(c), now]),
    { chunkRows: 200 },
  );
  const previousUnits = computedValues(seeded, seeded.periodIds.indexOf(seeded.previousPeriodId));
  const nameOf = new Map(previousUnits.map((u) => [u.id, u.name]));
  const previous = plainScores(previousUnits, 2);
  const previousComputation = randomUUID();
  await bulkInsert(
    pool,
    'score_card',
    COLUMNS,
    previous.map((p) => [randomUUID(), now, SYSTEM_KEY, 1, seeded.cycleId, seeded.previousPeriodId, p.id, 'DEPARTMENT', previousComputation, 1, p.total.toFixed(2), '100.00', p.grade, p.rank, 0, nameOf.get(p.id) ?? '', p.total.toFixed(2), summaryJson({ categories: [] }), '{}', now]),
    { chunkRows: 1000 },
  );
}
