import type { ApolloClient } from '@apollo/client';
import { CYCLES } from './modules/periods/graphql/queries/cyclesQuery';
import { pageFor, preloadPage, type PageKey } from './pages/pageLoaders';

/** Pages that open on a period picker: they cannot ask for their own data before the cycles arrive. */
const PAGES_READING_CYCLES: ReadonlySet<PageKey> = new Set([
  'dashboard',
  'review',
  'task-lists',
  'periods',
  'scores',
  'warnings',
  'reports',
  'monitoring',
]);

/**
 * At start-up, before the session check answers: the opened page's chunk and, for a page with a
 * period picker, the cycles, so the page's own query goes out as soon as it mounts (one round trip
 * instead of three in a row). Without a session the cycles request fails quietly: the session
 * check sends the user to the login page anyway.
 */
export function prefetchForStart(client: ApolloClient, pathname: string): void {
  preloadPage(pathname);
  const page = pageFor(pathname);
  if (page && PAGES_READING_CYCLES.has(page))
    void client.query({ query: CYCLES, fetchPolicy: 'network-only' }).catch(() => undefined);
}
