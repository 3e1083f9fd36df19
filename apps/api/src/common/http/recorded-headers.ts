import type { RequestHandler } from 'express';

export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * The headers a header-only middleware sets, recorded once by running it against a stand-in
 * response. helmet's headers depend on its options alone (no per-request directive here), so the
 * GraphQL front sends the recorded list instead of running helmet on every request. A middleware
 * that does anything else, or does not call next() at once, is refused at start-up.
 */
export function recordHeaders(middleware: RequestHandler): HeaderList {
  const headers = new Map<string, readonly [string, string]>();
  let nextCalled = false;
  const res = {
    setHeader(name: string, value: unknown) {
      if (typeof value !== 'string') throw new Error(`recordHeaders: ${name} is not a string header`);
      headers.set(name.toLowerCase(), [name, value]);
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader: (name: string) => headers.get(name.toLowerCase())?.[1],
  };
  const req = { method: 'GET', url: '/', headers: {} };
  middleware(req as never, res as never, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    nextCalled = true;
  });
  if (!nextCalled) throw new Error('recordHeaders: the middleware did not call next()');
  return [...headers.values()];
}
