import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { createFormatError } from './common/errors/format-error';
import { refuseDeepJson } from './common/http/json-depth';
import { corsAllowList } from './common/security/cors';
import { GRAPHQL_LIMITS, graphqlArmor } from './common/security/graphql-limits';
import { buildContext, type RequestContext } from './context';
import type { Env } from './env';
import { graphqlHttpHandler } from './graphql-http';
import { createDualPublicityRouter } from './modules/dual-publicity/dual-publicity.router';
import { createEvidenceRouter } from './modules/evidence/evidence.router';
import { createExportsRouter } from './modules/exports/exports.router';
import { createHealthRouter } from './modules/health/health.router';
import { createImportsRouter } from './modules/imports/imports.router';
import { createWebAppsRouter } from './modules/web-apps/web-apps.router';
import { buildApiSchema } from './schema';
import { createServices, type Services } from './services';

export interface ApiServer {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  services: Services;
}

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the express app (GraphQL at /graphql, GET /health, uploads, the built web apps) without listening. */
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

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  // the dev landing page (Apollo Sandbox) loads scripts from Apollo's CDN; production keeps the full CSP
  app.use(helmet(production ? {} : { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use(corsAllowList(env.CORS_ORIGINS));
  app.use(cookieParser());
  // first of the routes: the busiest path does not walk the file routers' route tables
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    refuseDeepJson,
    graphqlHttpHandler(apollo, (req, res) => buildContext(req, res, { dataSource, env, services })),
  );
  app.use(createHealthRouter(dataSource));
  app.use(createEvidenceRouter({ dataSource, env, services }));
  app.use(createImportsRouter({ dataSource, env, services }));
  app.use(createDualPublicityRouter({ dataSource, env, services }));
  app.use(createExportsRouter({ dataSource, env, services }));
  app.use(createWebAppsRouter());
  return { app, apollo, services };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 = ephemeral); close() stops accepting, lets in-flight requests finish. */
export async function startServer(api: ApiServer, port: number): Promise<RunningServer> {
  const httpServer = http.createServer(api.app);
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
