import type { DataSource } from 'typeorm';
import { isUnitRole, Role } from '../../src/common/auth/roles';
import { parseEnv, type Env } from '../../src/env';
import type { Account } from '../../src/modules/accounts/account.entity';
import { createServer, startServer, type ApiServer, type RunningServer } from '../../src/server';
import { createAccountFixture, createUnitFixture, TEST_PASSWORD } from './fixtures';
import { createGqlClient, type GqlClient } from './gql-client';
import { createTestDatabase, type Engine, type TestDatabase } from './test-database';

export interface TestServer {
  db: TestDatabase;
  dataSource: DataSource;
  env: Env;
  api: ApiServer;
  url: string;
  gql: GqlClient;
  /** signs in (creating an account when given a role) and returns the bearer token */
  loginAs(who: Role | string, password?: string): Promise<string>;
  /** the account created by loginAs(role), by role */
  accountFor(role: Role): Account | undefined;
  /** server only; the database is dropped by close() of the server that created it */
  close(): Promise<void>;
}

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

export function testEnv(overrides: Record<string, string> = {}): Env {
  return parseEnv({ NODE_ENV: 'test', BCRYPT_ROUNDS: '4', SEED_DEMO: 'false', LOGIN_IP_LIMIT: '1000', ...overrides });
}

/** Another server (e.g. other env settings) on an existing test database. */
export async function startServerOn(db: TestDatabase, envOverrides: Record<string, string> = {}) {
  const env = testEnv(envOverrides);
  const api = await createServer({ dataSource: db.dataSource, env });
  const running: RunningServer = await startServer(api, 0);
  return { env, api, running, url: running.url, gql: createGqlClient(running.url) };
}

/** A fresh database for `engine`, migrated, and an API listening on an ephemeral port. */
export async function startTestServer(engine: Engine, envOverrides: Record<string, string> = {}): Promise<TestServer> {
  const db = await createTestDatabase(engine);
  const { env, api, running, url, gql } = await startServerOn(db, envOverrides);
  const byRole = new Map<Role, Account>();
  let unitId: string | null = null;

  async function loginAs(who: Role | string, password = TEST_PASSWORD): Promise<string> {
    let username = who;
    if ((Object.values(Role) as string[]).includes(who)) {
      const role = who as Role;
      let account = byRole.get(role);
      if (!account) {
        if (isUnitRole(role) && !unitId) unitId = (await createUnitFixture(db.dataSource)).id;
        account = await createAccountFixture(db.dataSource, { role, unitId: isUnitRole(role) ? unitId : null });
        byRole.set(role, account);
      }
      username = account.username;
    }
    const result = await gql<{ login: { token: string } }>(LOGIN, { u: username, p: password });
    const token = result.data?.login.token;
    if (!token) throw new Error(`loginAs(${who}) failed: ${JSON.stringify(result.errors)}`);
    return token;
  }

  return {
    db,
    dataSource: db.dataSource,
    env,
    api,
    url,
    gql,
    loginAs,
    accountFor: (role) => byRole.get(role),
    close: async () => {
      // background score roll-ups (quarter/year) must not outlive the database
      await api.services.scores.whenIdle();
      await running.close();
      await db.drop();
    },
  };
}
