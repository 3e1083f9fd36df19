import { codeOf } from '../utils/gql-client';
import { createTestDatabase, type TestDatabase } from '../utils/test-database';
import { Role } from '../utils/fixtures';
import { startServerOn, startTestServer, type TestServer } from '../utils/test-server';

describe('HTTP server (MariaDB)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('mysql');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('GET /health runs SELECT 1 against the database', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('blocks CSRF-able GraphQL requests (no JSON content type, no preflight header)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('allows introspection outside production', async () => {
    const res = await t.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });

  it('answers unknown fields with a GraphQL validation error, not an internal one', async () => {
    const res = await t.gql(`{ nothingHere }`);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('finishes in-flight requests on close and then stops accepting', async () => {
    const extra = await startServerOn(t.db);
    const token = await t.loginAs(Role.CREDIT_OFFICE);
    const original = extra.api.services.units.list.bind(extra.api.services.units);
    jest.spyOn(extra.api.services.units, 'list').mockImplementationOnce(async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return original(...args);
    });
    const inFlight = extra.gql<{ units: { totalCount: number } }>(`{ units { totalCount } }`, {}, { token });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await extra.running.close();
    const res = await inFlight;
    expect(res.errors).toBeUndefined();
    expect(res.data?.units.totalCount).toEqual(expect.any(Number));
    await expect(fetch(`${extra.url}/health`)).rejects.toThrow();
  });

  describe('in production', () => {
    let prod: Awaited<ReturnType<typeof startServerOn>>;
    beforeAll(async () => {
      prod = await startServerOn(t.db, { NODE_ENV: 'production' });
    });
    afterAll(async () => {
      await prod.running.close();
    });

    it('masks unexpected errors: no SQL, no stack, Chinese message', async () => {
      const token = await t.loginAs(Role.CREDIT_OFFICE);
      jest
        .spyOn(prod.api.services.units, 'list')
        .mockRejectedValueOnce(new Error("ER_NO_SUCH_TABLE: SELECT * FROM `unit` WHERE secret = 'x'"));
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const res = await prod.gql(`{ units { totalCount } }`, {}, { token });
      // the details stay in the server log
      expect(logged).toHaveBeenCalledWith('[graphql]', expect.objectContaining({ message: expect.stringMatching(/ER_NO_SUCH_TABLE/) }));
      logged.mockRestore();
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0]?.message).toBe('服务器内部错误');
      expect(JSON.stringify(res)).not.toMatch(/SELECT|ER_NO_SUCH_TABLE|stacktrace/);
    });

    it('keeps typed errors and turns introspection off', async () => {
      const res = await prod.gql(`{ me { id } }`);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('请先登录');
      const intro = await prod.gql(`{ __schema { queryType { name } } }`);
      expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    });

    it('marks the session cookie Secure', async () => {
      const account = t.accountFor(Role.CREDIT_OFFICE)!;
      const res = await prod.gql(`mutation { login(username: "${account.username}", password: "Passw0rd!test") { token } }`);
      expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    });
  });
});

describe('health when the database is gone (SQLite)', () => {
  let db: TestDatabase;
  it('answers 503', async () => {
    db = await createTestDatabase('sqlite');
    const server = await startServerOn(db);
    try {
      await db.dataSource.destroy();
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'error', database: 'down' });
    } finally {
      await server.running.close();
      await db.drop();
    }
  });
});
