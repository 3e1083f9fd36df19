import { randomUUID } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { assertHttpMethodAllowed } from './common/auth/read-only';
import type { SessionUser } from './common/auth/session-user';
import type { Env } from './env';
import { createAccountByIdLoader } from './modules/accounts/account.loader';
import { SESSION_COOKIE } from './modules/accounts/session-token';
import { createCurrentCardsLoader, createPublishedCardsLoader } from './modules/scores/score.loader';
import { createPeriodByIdLoader, createTaskByIdLoader } from './modules/task-lists/task-list.loader';
import { createUnitByIdLoader, createUnitChildrenLoader } from './modules/units/unit.loader';
import type { Services } from './services';

/** DataLoader factories; a new module adds its factory here. */
const loaderFactories = {
  unitById: createUnitByIdLoader,
  unitChildren: createUnitChildrenLoader,
  accountById: createAccountByIdLoader,
  taskById: createTaskByIdLoader,
  periodById: createPeriodByIdLoader,
  currentCards: createCurrentCardsLoader,
  publishedCards: createPublishedCardsLoader,
} satisfies Record<string, (dataSource: DataSource) => unknown>;

type LoaderName = keyof typeof loaderFactories;

export type Loaders = { readonly [K in LoaderName]: ReturnType<(typeof loaderFactories)[K]> };

/**
 * The DataLoaders of one request, each made on first use: most requests touch one or none, and
 * making all seven (each with its cache map) for every request only made garbage. The getters live
 * on one shared prototype, so a request pays for one small object until it reads a loader.
 */
class RequestLoaders {
  readonly made: Partial<Record<LoaderName, unknown>> = {};
  constructor(readonly dataSource: DataSource) {}
}

for (const name of Object.keys(loaderFactories) as LoaderName[]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      return (this.made[name] ??= loaderFactories[name](this.dataSource));
    },
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  return new RequestLoaders(dataSource) as unknown as Loaders;
}

export interface SessionCookies {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface RequestContext {
  requestId: string;
  user: SessionUser | null;
  ip: string | null;
  userAgent: string | null;
  loaders: Loaders;
  services: Services;
  cookies: SessionCookies;
}

/** Express's `res.cookie` / `res.clearCookie`, which is what the session cookie is written with. */
export interface CookieWriter {
  cookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
}

/**
 * What the context reads of one HTTP request. Express's routers take it from express's request
 * (buildContext); the GraphQL front, which serves `/graphql` without express, from node's request
 * with express's own cookie parser and `req.ip` rules (see server.ts).
 */
export interface ContextSource {
  method: string;
  /** the path the request was sent to, without the query string */
  path: string;
  authorization: string | undefined;
  /** the session cookie as the cookie parser read it */
  sessionCookie: unknown;
  /** the client address, after the `trust proxy` rules */
  ip: string | undefined;
  userAgent: string | undefined;
  requestId: string | undefined;
  responseCookies: CookieWriter;
}

export interface ContextDeps {
  dataSource: DataSource;
  env: Env;
  services: Services;
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

export async function createRequestContext(source: ContextSource, deps: ContextDeps): Promise<RequestContext> {
  const secure = deps.env.NODE_ENV === 'production';
  const jar = source.responseCookies;
  const cookies: SessionCookies = {
    setSession: (token, expiresAt) =>
      void jar.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt }),
    clearSession: () => void jar.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
  const bearer = bearerToken(source.authorization);
  const cookieToken = (source.sessionCookie as string | undefined) ?? null;
  const token = bearer ?? cookieToken;
  const resolved = token ? await deps.services.sessions.resolve(token) : null;
  // sliding renewal: a cookie session gets its new expiry, a bearer client keeps its token
  if (resolved?.renewed && !bearer && cookieToken) cookies.setSession(cookieToken, resolved.expiresAt);
  const user = resolved?.user ?? null;
  // API tokens are read-only: the GraphQL schema refuses mutations (readOnlyGuard), plain HTTP routes writes here
  if (user && source.path !== '/graphql') assertHttpMethodAllowed({ user }, source.method);
  return {
    requestId: source.requestId ?? randomUUID(),
    user,
    ip: source.ip ?? null,
    userAgent: source.userAgent ?? null,
    loaders: createLoaders(deps.dataSource),
    services: deps.services,
    cookies,
  };
}

/** The context of a request served by express: the file routes, and GraphQL at the other spellings of `/graphql`. */
export function buildContext(req: Request, res: Response, deps: ContextDeps): Promise<RequestContext> {
  return createRequestContext(
    {
      method: req.method,
      path: req.originalUrl.split('?')[0]!,
      authorization: req.headers.authorization,
      sessionCookie: (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE],
      ip: req.ip,
      userAgent: req.get('user-agent'),
      requestId: res.locals.requestId as string | undefined,
      responseCookies: res,
    },
    deps,
  );
}
