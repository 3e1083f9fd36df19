import type { ApolloClient } from '@apollo/client';
import type { Cycle } from './modules/periods/utils/currentPeriod';
import { startupData } from './modules/common/utils/startupData';
import { CYCLES } from './modules/periods/graphql/queries/cyclesQuery';
import { prefetchRanking } from './modules/scores/prefetchRanking';
import { pageFor, preloadPage, type PageKey } from './pages/pageLoaders';

/** Pages that open on a period picker: they cannot ask for their own data before the cycles arrive. */
const PAGES_READING_CYCLES: ReadonlySet<PageKey> = new Set(['dashboard', 'review', 'task-lists', 'periods', 'scores', 'warnings', 'reports', 'monitoring']);

/** What a page asks for first once it knows the cycles, asked here instead of after its first render. */
const FIRST_DATA: Partial<Record<PageKey, (client: ApolloClient, cycles: readonly Cycle[]) => Promise<void>>> = {
  scores: prefetchRanking,
};

/**
 * At start-up, before the session check answers: the opened page's chunk and, for a page with a
 * period picker, the cycles and then the page's first data, so the page renders with its rows
 * instead of waiting for three round trips in a row. Without a session these requests fail
 * quietly: the session check sends the user to the login page anyway.
 */
export function prefetchForStart(client: ApolloClient, pathname: string): void {
  preloadPage(pathname);
  const page = pageFor(pathname);
  if (!page || !PAGES_READING_CYCLES.has(page)) return;
  void client
    .query({ query: CYCLES, fetchPolicy: 'network-only' })
    .then(({ data }) => {
      if (!data) return undefined;
      startupData.markFresh('Cycles');
      return FIRST_DATA[page]?.(client, data.cycles);
    })
    .catch(() => undefined);
}
