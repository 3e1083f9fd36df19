import type { RankingQuery, ScoreGrade } from '../../../generated/graphql';

export type RankingRow = RankingQuery['ranking']['nodes'][number];

export interface RankingFilter {
  /** part of the unit's name */
  search?: string;
  grade?: ScoreGrade | 'NONE';
  /** only rows whose grade the office adjusted by hand */
  overriddenOnly?: boolean;
}

export function filterRanking(rows: readonly RankingRow[], filter: RankingFilter): RankingRow[] {
  const search = filter.search?.trim();
  return rows.filter(
    (row) =>
      (!search || row.unitName.includes(search)) &&
      (!filter.grade || (filter.grade === 'NONE' ? !row.grade : row.grade === filter.grade)) &&
      (!filter.overriddenOnly || Boolean(row.gradeOverride?.manual)),
  );
}

/** Numeric value of the API's decimal strings, for sorting and charts only (never re-displayed). */
export const points = (value: string | null | undefined): number => (value ? Number(value) : Number.NaN);

/** Unranked rows (not yet scored) sink to the bottom whichever way the column is sorted. */
export function compareRank(a: RankingRow, b: RankingRow): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
}

export function compareTotal(a: RankingRow, b: RankingRow): number {
  return points(a.total) - points(b.total);
}

export function compareChange(a: RankingRow, b: RankingRow): number {
  return (a.rankChange ?? 0) - (b.rankChange ?? 0);
}

/** Units sharing a rank (1、2、2、4): the table marks them 并列. */
export function tiedRanks(rows: readonly RankingRow[]): Set<number> {
  const seen = new Map<number, number>();
  for (const row of rows) if (row.rank != null) seen.set(row.rank, (seen.get(row.rank) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([rank]) => rank));
}

export function compareNumbers(a: string, b: string): number {
  return points(a) - points(b);
}
