import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { HeaderList } from './recorded-headers';

/** One step of the front, in express's middleware shape: it answers, or calls next (with an error to give up). */
export type FrontStep = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => unknown;

export interface GraphqlFrontOptions {
  /** the one path the front serves (with or without a query string) */
  path: string;
  /** headers every answer carries, set before the first step (helmet's, recorded at start-up) */
  headers: HeaderList;
  /** run in order, as express would run them */
  steps: readonly FrontStep[];
  /** an error a step passed on, or no step answering: express's own final answer */
  fail: (req: IncomingMessage, res: ServerResponse, error: unknown) => void;
  /** every other request */
  fallback: RequestListener;
}

/**
 * The HTTP server's request listener: `/graphql`, the busiest path by far, is served here on
 * node's own request and response by the same steps express ran for it (CORS, JSON body, depth
 * check, Apollo), without express's router and without giving node's objects express's prototypes
 * — those two were most of the cost of a small GraphQL request. Everything else, including other
 * spellings of the path (`/graphql/`, `/GraphQL`) that express matched to GraphQL, goes to express.
 */
export function graphqlFront({ path, headers, steps, fail, fallback }: GraphqlFrontOptions): RequestListener {
  const withQuery = `${path}?`;
  return (req, res) => {
    const url = req.url ?? '';
    if (url !== path && !url.startsWith(withQuery)) {
      fallback(req, res);
      return;
    }
    for (const [name, value] of headers) res.setHeader(name, value);
    let index = 0;
    // express's router semantics: a thrown error or a rejected promise is passed to next
    const next = (error?: unknown): void => {
      if (error) {
        fail(req, res, error);
        return;
      }
      const step = steps[index++];
      if (!step) {
        fail(req, res, undefined);
        return;
      }
      try {
        const result = step(req, res, next);
        if (result instanceof Promise) result.catch((reason: unknown) => next(reason ?? new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}
