import type { RankingQuery } from '../../../generated/graphql';

export type RankingRow = RankingQuery['ranking']['nodes'][number];

/** Numeric value of the API's decimal strings, for sorting and charts only (never re-displayed). */
export const points = (value: string | null | undefined): number => (value ? Number(value) : Number.NaN);

/**
 * Units sharing a rank (1、2、2、4) among the rows on screen: the table marks them 并列. The API
 * pages the ranking, so a tie split across two pages shows 并列 only where both rows are shown.
 */
export function tiedRanks(rows: readonly RankingRow[]): Set<number> {
  const seen = new Map<number, number>();
  for (const row of rows) if (row.rank != null) seen.set(row.rank, (seen.get(row.rank) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([rank]) => rank));
}

export function compareNumbers(a: string, b: string): number {
  return points(a) - points(b);
}
