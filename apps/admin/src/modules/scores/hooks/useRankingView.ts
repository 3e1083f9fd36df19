import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW, MAX_SEARCH, nextView, type RankingView } from '../utils/rankingView';

/** Typing pauses this long before the search goes to the API: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Page, order and filters of the ranking table, held by the page so they survive switching its
 * tabs. `searchText` is what the box shows; `view.search` follows it once typing pauses.
 */
export function useRankingView() {
  const [view, setView] = useState<RankingView>(DEFAULT_VIEW);
  const [searchText, setSearchText] = useState('');

  useEffect(() => {
    const search = searchText.trim().slice(0, MAX_SEARCH);
    if (search === view.search) return undefined;
    const timer = setTimeout(() => setView((v) => nextView(v, { search })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, view.search]);

  const change = useCallback((next: Partial<RankingView>) => setView((v) => nextView(v, next)), []);
  /** another period, unit kind or result type: same order and filters, from page 1 */
  const restart = useCallback(() => setView((v) => ({ ...v, page: 1 })), []);
  /** Enter in the search box: no need to wait for the pause */
  const searchNow = useCallback((text: string) => {
    setSearchText(text);
    setView((v) => nextView(v, { search: text.trim().slice(0, MAX_SEARCH) }));
  }, []);

  return { view, change, restart, searchText, setSearchText, searchNow };
}
