import type { WatchQueryFetchPolicy } from '@apollo/client';

/** operation + variables → when start-up got it */
const fresh = new Map<string, number>();
/** A page that mounts later than this after start-up asked the network anyway, for current data. */
const FRESH_MS = 10_000;

const keyOf = (operation: string, variables: unknown) => `${operation} ${JSON.stringify(variables ?? {})}`;

/**
 * Data the console asked for at start-up, before any page mounted (startupPrefetch). The page that
 * mounts next reads it from the cache once, without asking again: a second request would only
 * flash the table's spinner and draw the same rows twice just as the user starts to work. Every
 * later mount (another visit to the page, other variables) asks the network as usual.
 */
export const startupData = {
  markFresh(operation: string, variables?: unknown): void {
    fresh.set(keyOf(operation, variables), Date.now());
  },
  /** the fetch policy for a page's first mount: the cache once if start-up just filled it */
  firstFetchPolicy(operation: string, variables?: unknown): WatchQueryFetchPolicy {
    const key = keyOf(operation, variables);
    const at = fresh.get(key);
    fresh.delete(key);
    return at !== undefined && Date.now() - at < FRESH_MS ? 'cache-first' : 'cache-and-network';
  },
};
