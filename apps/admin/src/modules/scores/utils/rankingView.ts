import type { RankingQueryVariables, RankingSort, ScoreGrade, UnitKind } from '../../../generated/graphql';

/** What the ranking table asks the API for: one page, one order, the filters. */
export interface RankingView {
  /** 1-based, as the table shows it */
  page: number;
  pageSize: number;
  sortBy: RankingSort;
  descending: boolean;
  /** part of the unit's name, as sent (already debounced and trimmed) */
  search: string;
  grade: ScoreGrade | null;
}

export const PAGE_SIZES = [20, 50, 100] as const;

/** By rank, best first: how a ranking reads when nobody has sorted it. */
export const DEFAULT_VIEW: RankingView = { page: 1, pageSize: 20, sortBy: 'RANK', descending: false, search: '', grade: null };

/** The API refuses longer searches; longer text is cut rather than sent and refused. */
export const MAX_SEARCH = 50;

/** The whole request for one page: the page and the start-up prefetch build it here, so they match in the cache. */
export function rankingRequest(periodId: string, unitKind: UnitKind, provisional: boolean, view: RankingView): RankingQueryVariables {
  return { periodId, unitKind, provisional, ...rankingVariables(view) };
}

export function rankingVariables(view: RankingView) {
  return {
    first: view.pageSize,
    offset: (view.page - 1) * view.pageSize,
    sortBy: view.sortBy,
    descending: view.descending,
    search: view.search || null,
    grade: view.grade,
  };
}

/**
 * A change of order or filter starts again from page 1 (page 7 of another order is meaningless);
 * a change of page size keeps the first row shown on screen.
 */
export function nextView(view: RankingView, change: Partial<RankingView>): RankingView {
  const next = { ...view, ...change };
  const reordered = next.sortBy !== view.sortBy || next.descending !== view.descending || next.search !== view.search || next.grade !== view.grade;
  if (reordered) return { ...next, page: 1 };
  if (next.pageSize !== view.pageSize) return { ...next, page: Math.floor(((view.page - 1) * view.pageSize) / next.pageSize) + 1 };
  return next;
}
