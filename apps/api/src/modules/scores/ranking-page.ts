import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { offsetPage, pageStart } from '../../common/pagination/offset-page';
import type { Page } from '../../common/pagination/connection.type';
import { RankingSort, type RankingRow, type ScoreGrade } from './dto/score.types';
import { PublishedCard } from './published-result.entity';
import type { RankingSummary } from './ranking-summary';
import { ScoreCardRecord } from './score-card-record.entity';
import { overrideViewOf, pointsDelta } from './score-views';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';

/** Which stored cards a ranking reads: the current computation of a period, or one publication. */
export type CardScope = { kind: 'current'; periodId: string } | { kind: 'published'; snapshotId: string };

export interface RankingQuery {
  scope: CardScope;
  /** the cards to compare with (the previous period of the same kind), if any */
  previous: CardScope | null;
  unitKind: string;
  first: number;
  after?: string | null;
  offset?: number | null;
  sortBy: RankingSort;
  descending: boolean;
  search?: string | null;
  grade?: ScoreGrade | null;
  /** only units without a grade */
  ungradedOnly?: boolean;
}

interface RawRow {
  unitId: string;
  unitName: string;
  total: string;
  maxTotal: string;
  grade: string | null;
  rank: number | string | null;
  provisional: number | boolean;
  summary: string | null;
  previousTotal: string | null;
  previousRank: number | string | null;
  totalCount: number | string;
}

function scopeCondition(alias: string, scope: CardScope, param: string): [string, Record<string, unknown>] {
  return scope.kind === 'current'
    ? [`${alias}.periodId = :${param} AND ${alias}.current = :${param}Current`, { [param]: scope.periodId, [`${param}Current`]: 1 }]
    : [`${alias}.snapshotId = :${param}`, { [param]: scope.snapshotId }];
}

/**
 * Rows without a value for the sort key (no rank, no previous period) go last in either
 * direction; ties fall back to rank, then unit name and id so pages never overlap.
 */
function applyOrder(qb: SelectQueryBuilder<object>, sortBy: RankingSort, descending: boolean, hasPrevious: boolean): void {
  const dir = descending ? 'DESC' : 'ASC';
  const byRank = () => qb.addOrderBy('CASE WHEN c.rank IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.rank', 'ASC');
  switch (sortBy) {
    case RankingSort.TOTAL:
      qb.orderBy('c.totalValue', dir);
      byRank();
      break;
    case RankingSort.POINTS_CHANGE:
      if (hasPrevious) {
        qb.orderBy('CASE WHEN p.totalValue IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.totalValue - p.totalValue', dir);
      }
      byRank();
      break;
    case RankingSort.RANK_CHANGE:
      if (hasPrevious) {
        qb.orderBy('CASE WHEN p.rank IS NULL OR c.rank IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('p.rank - c.rank', dir);
      }
      byRank();
      break;
    case RankingSort.UNIT_NAME:
      qb.orderBy('c.unitName', dir);
      break;
    default:
      qb.orderBy('CASE WHEN c.rank IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.rank', dir);
  }
  // the query builder keys its ORDER BY by expression: a second unitName would replace the first
  if (sortBy !== RankingSort.UNIT_NAME) qb.addOrderBy('c.unitName', 'ASC');
  qb.addOrderBy('c.unitId', 'ASC');
}

function toRow(r: RawRow): RankingRow {
  const summary: RankingSummary = typeof r.summary === 'string' ? (JSON.parse(r.summary) as RankingSummary) : (r.summary ?? { categories: [], gradeOverride: null });
  const rank = r.rank == null ? null : Number(r.rank);
  const previousRank = r.previousRank == null ? null : Number(r.previousRank);
  return {
    rank,
    unitId: r.unitId,
    unitName: r.unitName,
    total: r.total,
    maxTotal: r.maxTotal,
    grade: r.grade as ScoreGrade | null,
    gradeOverride: overrideViewOf(summary.gradeOverride),
    provisional: r.provisional === true || Number(r.provisional) === 1,
    categories: summary.categories,
    previousTotal: r.previousTotal,
    pointsChange: r.previousTotal == null ? null : pointsDelta(r.total, r.previousTotal),
    previousRank,
    rankChange: previousRank != null && rank != null ? previousRank - rank : null,
  };
}

/**
 * One page of a ranking in one SQL statement: the page's card ids are chosen by the database over
 * the narrow columns stored beside each card (never the card JSON), filtered, sorted and counted
 * by a window function; only those rows are then joined to their category summary and to the
 * previous period's figures. The comparison is joined before paging only when it is the sort key.
 */
export async function rankingPage(manager: EntityManager, query: RankingQuery): Promise<Page<RankingRow>> {
  const start = pageStart(query);
  const entity = query.scope.kind === 'current' ? ScoreCardRecord : PublishedCard;
  const previousEntity = query.previous?.kind === 'published' ? PublishedCard : ScoreCardRecord;
  const [where, params] = scopeCondition('c', query.scope, 'scope');
  const [previousOn, previousParams] = query.previous ? scopeCondition('p', query.previous, 'previous') : ['', {}];
  const sortsByChange = query.sortBy === RankingSort.POINTS_CHANGE || query.sortBy === RankingSort.RANK_CHANGE;
  const filtered = (qb: SelectQueryBuilder<object>) => {
    qb.where(where, params).andWhere('c.unitKind = :unitKind', { unitKind: query.unitKind });
    const search = query.search?.trim();
    if (search) qb.andWhere(`c.unitName LIKE :search ${LIKE_ESCAPE}`, { search: containsPattern(search) });
    if (query.grade) qb.andWhere('c.grade = :grade', { grade: query.grade });
    if (query.ungradedOnly) qb.andWhere('c.grade IS NULL');
    return qb;
  };

  const qb = manager
    .createQueryBuilder()
    .select('c.unitId', 'unitId')
    .addSelect('c.unitName', 'unitName')
    .addSelect('c.total', 'total')
    .addSelect('c.maxTotal', 'maxTotal')
    .addSelect('c.grade', 'grade')
    .addSelect('c.rank', 'rank')
    .addSelect('c.provisional', 'provisional')
    .addSelect('c.summary', 'summary')
    .addSelect('page.totalCount', 'totalCount')
    .from((sub) => {
      const inner = filtered(sub.select('c.id', 'id').addSelect('COUNT(*) OVER ()', 'totalCount').from(entity, 'c') as SelectQueryBuilder<object>);
      if (query.previous && sortsByChange) inner.leftJoin(previousEntity, 'p', `${previousOn} AND p.unitId = c.unitId`, previousParams);
      applyOrder(inner, query.sortBy, query.descending, query.previous !== null && sortsByChange);
      return inner.offset(start).limit(query.first);
    }, 'page')
    .innerJoin(entity, 'c', 'c.id = page.id') as SelectQueryBuilder<object>;
  if (query.previous) {
    qb.leftJoin(previousEntity, 'p', `${previousOn} AND p.unitId = c.unitId`, previousParams).addSelect('p.total', 'previousTotal').addSelect('p.rank', 'previousRank');
  } else {
    qb.addSelect('NULL', 'previousTotal').addSelect('NULL', 'previousRank');
  }
  applyOrder(qb, query.sortBy, query.descending, query.previous !== null);
  const raw = await qb.getRawMany<RawRow>();

  // past the last row the window function has nothing to count on: count once more
  const totalCount =
    raw.length > 0 ? Number(raw[0]!.totalCount) : start === 0 ? 0 : await filtered(manager.createQueryBuilder(entity, 'c') as SelectQueryBuilder<object>).getCount();
  return offsetPage(raw.map(toRow), start, totalCount);
}
