import { toDecimal } from '@govtrust/indicators';
import type { EntityManager } from 'typeorm';
import type { GradeCount, ScoreBand } from './dto/score.types';
import { ScoreGrade } from './dto/score.types';
import { PublishedCard } from './published-result.entity';
import type { CardScope } from './ranking-page';
import { ScoreCardRecord } from './score-card-record.entity';

/** Lower edges of the score bands as a share (%) of the stated total, lined up with the usual grade lines. */
export const DEFAULT_BAND_EDGES = [0, 60, 70, 80, 85, 90];

export interface StatisticsFigures {
  units: number;
  provisional: number;
  ungraded: number;
  grades: GradeCount[];
  bands: ScoreBand[];
}

/**
 * Grade and score distribution of one kind's cards in one statement over the narrow columns
 * (grade, provisional, total, stated total), folded here: shares are exact decimals, so a unit
 * on an edge (85.00 of 100) lands in the band above it, as the grade lines do.
 */
export async function rankingStatistics(manager: EntityManager, scope: CardScope, unitKind: string, edges: readonly number[] = DEFAULT_BAND_EDGES): Promise<StatisticsFigures> {
  const qb = manager
    .createQueryBuilder(scope.kind === 'current' ? ScoreCardRecord : PublishedCard, 'c')
    .select('c.grade', 'grade')
    .addSelect('c.provisional', 'provisional')
    .addSelect('c.total', 'total')
    .addSelect('c.maxTotal', 'maxTotal')
    .where('c.unitKind = :unitKind', { unitKind });
  if (scope.kind === 'current') qb.andWhere('c.periodId = :periodId AND c.current = :current', { periodId: scope.periodId, current: 1 });
  else qb.andWhere('c.snapshotId = :snapshotId', { snapshotId: scope.snapshotId });
  const rows = await qb.getRawMany<{ grade: string | null; provisional: number | boolean; total: string; maxTotal: string }>();

  const grades = new Map<string, number>(Object.values(ScoreGrade).map((g) => [g, 0]));
  const bands = edges.map((from, i) => ({ fromPercent: from, toPercent: edges[i + 1] ?? null, count: 0 }));
  let provisional = 0;
  let ungraded = 0;
  for (const row of rows) {
    if (row.provisional === true || Number(row.provisional) === 1) provisional += 1;
    if (row.grade && grades.has(row.grade)) grades.set(row.grade, grades.get(row.grade)! + 1);
    else ungraded += 1;
    const max = toDecimal(row.maxTotal);
    const share = max.greaterThan(0) ? toDecimal(row.total).times(100).dividedBy(max) : toDecimal(0);
    // the highest band whose lower edge the share reaches; below the first edge counts in the first
    let at = 0;
    for (let i = 0; i < edges.length; i += 1) if (share.greaterThanOrEqualTo(edges[i]!)) at = i;
    bands[at]!.count += 1;
  }
  return {
    units: rows.length,
    provisional,
    ungraded,
    grades: [...grades].map(([grade, count]) => ({ grade: grade as ScoreGrade, count })),
    bands,
  };
}
