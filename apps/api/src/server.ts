import http, { type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import cookieParser from 'cookie-parser';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { createFormatError } from './common/errors/format-error';
import { adoptExpress, cookieReader, expressCookieWriter, expressErrorResponder, expressRequestIp } from './common/http/express-compat';
import { graphqlFront, type FrontStep } from './common/http/graphql-front';
import { jsonDepthExceeds, MAX_JSON_DEPTH, refuseDeepJson } from './common/http/json-depth';
import { plainJsonBody } from './common/http/plain-json-body';
import { recordHeaders } from './common/http/recorded-headers';
import { assignRequestId, requestIdFor } from './common/http/request-id';
import { corsAllowList } from './common/security/cors';
import { GRAPHQL_LIMITS, graphqlArmor } from './common/security/graphql-limits';
import { buildContext, createRequestContext, type ContextDeps, type RequestContext } from './context';
import type { Env } from './env';
import { graphqlHttpHandler, type ParsedRequest } from './graphql-http';
import { SESSION_COOKIE } from './modules/accounts/session-token';
import { createDualPublicityRouter } from './modules/dual-publicity/dual-publicity.router';
import { createEvidenceRouter } from './modules/evidence/evidence.router';
import { createExportsRouter } from './modules/exports/exports.router';
import { createHealthRouter } from './modules/health/health.router';
import { createImportsRouter } from './modules/imports/imports.router';
import { createWebAppsRouter } from './modules/web-apps/web-apps.router';
import { buildApiSchema } from './schema';
import { createServices, type Services } from './services';

export interface ApiServer {
  /** express: every path but `/graphql` */
  app: Express;
  /** what the HTTP server runs: the GraphQL front, which hands other paths to `app` */
  listener: RequestListener;
  apollo: ApolloServer<RequestContext>;
  services: Services;
}

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The largest JSON body (GraphQL requests): 2 MB, in bytes as body-parser counts them. */
const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Builds the request listener without listening: the GraphQL front for `/graphql` and, behind it,
 * the express app (GET /health, uploads, exports, the built web apps).
 */
export async function createServer({ dataSource, env }: { dataSource: DataSource; env: Env }): Promise<ApiServer> {
  const production = env.NODE_ENV === 'production';
  const services = createServices(dataSource, env);
  const armor = graphqlArmor(production);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    introspection: !production,
    // refuses GET mutations and the "simple" requests a cross-site form or <img> can send
    csrfPrevention: true,
    // one operation per request: a batch of 1000 logins would slip past per-request limits
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // no field declares a cache hint; graphqlHttpHandler sends `no-store` itself, without a per-field hook
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    // main.ts owns SIGTERM/SIGINT: close HTTP first, then Apollo, then the pool
    stopOnTerminationSignals: false,
    formatError: createFormatError(production, (error) => {
      if (env.NODE_ENV !== 'test') console.error('[graphql]', error);
    }),
  });
  await apollo.start();

  const deps: ContextDeps = { dataSource, env, services };
  // one instance of each middleware serves both express and the GraphQL front;
  // the dev landing page (Apollo Sandbox) loads scripts from Apollo's CDN, production keeps the full CSP
  const securityHeaders = helmet(production ? {} : { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  const cors = corsAllowList(env.CORS_ORIGINS);
  const cookies = cookieParser();
  const json = express.json({ limit: JSON_BODY_LIMIT });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  app.use(securityHeaders);
  app.use(assignRequestId);
  app.use(cors);
  app.use(cookies);
  // the front serves `/graphql` itself; express keeps the other spellings it has always matched
  app.use(
    '/graphql',
    json,
    refuseDeepJson,
    graphqlHttpHandler(apollo, (req: Request, res) => buildContext(req, res as Response, deps)),
  );
  app.use(createHealthRouter(dataSource));
  app.use(createEvidenceRouter(deps));
  app.use(createImportsRouter(deps));
  app.use(createDualPublicityRouter(deps));
  app.use(createExportsRouter(deps));
  app.use(createWebAppsRouter());

  // `/graphql` with express's rules but without express: see graphql-front.ts
  const ipOf = expressRequestIp(app);
  const readCookies = cookieReader(cookies);
  const frontContext = (req: ParsedRequest, res: ServerResponse) =>
    createRequestContext(
      {
        method: req.method ?? 'GET',
        path: '/graphql',
        authorization: req.headers.authorization,
        sessionCookie: readCookies(req.headers)[SESSION_COOKIE],
        ip: ipOf(req),
        userAgent: req.headers['user-agent'],
        requestId: res.getHeader('x-request-id') as string | undefined,
        responseCookies: expressCookieWriter(app, req, res),
      },
      deps,
    );
  const listener = graphqlFront({
    path: '/graphql',
    headers: recordHeaders(securityHeaders),
    steps: [
      (req, res, next) => {
        res.setHeader('x-request-id', requestIdFor(req.headers['x-request-id']));
        next();
      },
      cors as FrontStep,
      plainJsonBody(json, JSON_BODY_LIMIT) as FrontStep,
      (req, res, next) => {
        // the same bound refuseDeepJson checks; only a refusal needs express's res.json
        if (!jsonDepthExceeds((req as ParsedRequest).body, MAX_JSON_DEPTH + 2)) return next();
        const adopted = adoptExpress(app, req, res);
        refuseDeepJson(adopted.req, adopted.res, next);
      },
      graphqlHttpHandler(apollo, frontContext) as FrontStep,
    ],
    fail: expressErrorResponder(),
    fallback: app,
  });
  return { app, listener, apollo, services };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 = ephemeral); close() stops accepting, lets in-flight requests finish. */
export async function startServer(api: ApiServer, port: number): Promise<RunningServer> {
  const httpServer = http.createServer(api.listener);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `http://localhost:${actualPort}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // keep-alive sockets would hold close() open; drop each one as soon as its request is done
      httpServer.closeIdleConnections();
      const sweep = setInterval(() => httpServer.closeIdleConnections(), 50);
      try {
        await closed;
      } finally {
        clearInterval(sweep);
      }
      await api.apollo.stop();
    },
  };
}
