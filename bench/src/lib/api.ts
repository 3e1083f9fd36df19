import path from 'node:path';
import { databaseUrl } from './db';
import { paths } from './paths';
import { startServer, type ServerProcess } from './processes';

export const API_PORT = 4610 + Number(process.env.BENCH_INSTANCE ?? 0);

/** The real API (built dist/main.js) in production mode on a bench database. */
export function startApi(database: string, options: { cpuProfDir?: string; name?: string } = {}): Promise<ServerProcess> {
  return startServer({
    name: options.name ?? 'api',
    script: paths.apiMain,
    port: API_PORT,
    healthPath: '/health',
    cpuProfDir: options.cpuProfDir,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(database),
      PORT: String(API_PORT),
      SEED_DEMO: 'false',
      EVIDENCE_STORAGE: 'local',
      EVIDENCE_DIR: path.join(paths.work, `evidence-${database}`),
      // every load-generator client comes from 127.0.0.1; the limit counts failed logins only
      LOGIN_IP_LIMIT: '100000',
    },
  });
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export async function gqlOk<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await gql<T>(url, query, variables, token);
  if (res.status >= 300 || res.errors?.length || !res.data) {
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(res.errors ?? res.data)}`);
  }
  return res.data;
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

export async function login(url: string, username: string, password: string): Promise<string> {
  const data = await gqlOk<{ login: { token: string } }>(url, LOGIN, { u: username, p: password });
  return data.login.token;
}
