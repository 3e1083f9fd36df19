import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const apiDir = path.resolve(__dirname, '../../../api');
interface AdminConnection {
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
// mysql2 is the API's own driver; borrowing it keeps this app's dependencies unchanged
const { createConnection } = createRequire(path.join(apiDir, 'package.json'))('mysql2/promise') as {
  createConnection(url: string): Promise<AdminConnection>;
};

const mysqlBase = (process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');

export interface RunningApi {
  url: string;
  /** stops the API and drops its database and evidence folder */
  stop(): Promise<void>;
}

function waitForUrl(child: ChildProcess, output: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in ${timeoutMs} ms:\n${output.join('')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /GraphQL: (http:\/\/\S+)\/graphql/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${output.join('')}`));
    });
  });
}

/**
 * The real API from source (tsx src/main.ts) on a fresh MariaDB database with the demo seed, on a
 * port the OS picks (PORT=0; the address is read from the start-up banner).
 */
export async function startApi(): Promise<RunningApi> {
  const database = `govtrust_submit_e2e_${randomBytes(5).toString('hex')}`;
  const admin = await createConnection(mysqlBase);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-submit-e2e-'));

  const child = spawn(path.join(apiDir, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: `${mysqlBase}/${database}`,
      PORT: '0',
      SEED_DEMO: 'true',
      EVIDENCE_DIR: evidenceDir,
      BCRYPT_ROUNDS: '4',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const cleanUp = async () => {
    const conn = await createConnection(mysqlBase);
    await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await conn.end();
    rmSync(evidenceDir, { recursive: true, force: true });
  };

  let url: string;
  try {
    url = await waitForUrl(child, output, 90_000);
    const health = await fetch(`${url}/health`);
    if (!health.ok) throw new Error(`/health answered ${health.status}`);
  } catch (error) {
    child.kill('SIGKILL');
    await cleanUp();
    throw error;
  }

  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await cleanUp();
    },
  };
}

/** A GraphQL client for the test's own moves (the credit office's return), signed in by cookie. */
export async function graphqlAs(url: string, username: string, password: string) {
  const call = async (cookie: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
    return { body, setCookie: response.headers.get('set-cookie') };
  };
  const login = await call(null, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  if (login.body.errors) throw new Error(`login ${username}: ${login.body.errors[0]?.message}`);
  const cookie = (login.setCookie ?? '').split(';')[0] ?? '';
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await call(cookie, query, variables);
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  };
}
