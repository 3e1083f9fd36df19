import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { CookieWriter } from '../../context';

/**
 * Express's own request/response methods for a request the GraphQL front serves, taken only when
 * a rare step needs them (a cookie to set, an error page): giving node's objects express's
 * prototypes is what express does to every request, and it made `{ __typename }` cost about three
 * times the bare `node:http` answer by itself (Object.setPrototypeOf on node's request and response
 * turns every later property access on them slow).
 */
export function adoptExpress(app: Express, req: IncomingMessage, res: ServerResponse): { req: Request; res: Response } {
  const expressReq = req as Request;
  const expressRes = res as Response;
  if (Object.getPrototypeOf(res) !== app.response) {
    // the same steps as express's app.handle
    expressReq.res = expressRes;
    expressRes.req = expressReq;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    expressRes.locals ??= Object.create(null) as Response['locals'];
  }
  return { req: expressReq, res: expressRes };
}

/** `res.cookie` / `res.clearCookie` exactly as express writes them, taking express's methods on first use. */
export function expressCookieWriter(app: Express, req: IncomingMessage, res: ServerResponse): CookieWriter {
  return {
    cookie: (name, value, options) => adoptExpress(app, req, res).res.cookie(name, value, options),
    clearCookie: (name, options) => adoptExpress(app, req, res).res.clearCookie(name, options),
  };
}

type IpGetter = (this: { app: Express; headers: IncomingMessage['headers']; socket: IncomingMessage['socket'] }) => string | undefined;

/** Express's `req.ip` (its `trust proxy` setting applied to X-Forwarded-For), for node's request. */
export function expressRequestIp(app: Express): (req: IncomingMessage) => string | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(express.request, 'ip');
  const getter = descriptor?.get as IpGetter | undefined;
  if (!getter) throw new Error('express.request has no `ip` getter');
  return (req) => getter.call({ app, headers: req.headers, socket: req.socket });
}

/** The cookies cookie-parser reads from a request's Cookie header, without touching the request. */
export function cookieReader(parser: RequestHandler): (headers: IncomingMessage['headers']) => Record<string, unknown> {
  return (headers) => {
    if (!headers.cookie) return {};
    const holder = { headers } as { headers: IncomingMessage['headers']; cookies?: Record<string, unknown> };
    let failure: unknown;
    // cookie-parser is synchronous: it has called next() when it returns
    parser(holder as never, {} as never, (error?: unknown) => {
      failure = error;
    });
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    return holder.cookies ?? {};
  };
}

/**
 * Express's answer to an error one of the front's steps passed on (a malformed or oversized
 * body, say): a one-middleware express app hands it to express's final handler, so the status,
 * the page and the log line are those express gave before the front existed.
 */
export function expressErrorResponder(): (req: IncomingMessage, res: ServerResponse, error: unknown) => void {
  const pending = new WeakMap<IncomingMessage, unknown>();
  const app = express();
  app.disable('x-powered-by');
  app.use((req, _res, next) => next(pending.get(req)));
  return (req, res, error) => {
    pending.set(req, error);
    app(req as Request, res as Response);
  };
}
