import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { Session } from '../../src/modules/accounts/session.entity';
import { createAccountFixture, Role, TEST_PASSWORD } from '../utils/fixtures';
import { startServerOn, startTestServer, type TestServer } from '../utils/test-server';

/**
 * `/graphql` is served by the GraphQL front (node:http, no express); express still serves every
 * other path, including `/graphql/`, which it has always matched to the same GraphQL handler. So
 * the same request sent to both spellings must get the same answer.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request (fetch would add headers and refuse some of these bodies). */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  const url = new URL(base);
  const all = { ...headers };
  if (body !== undefined && all['content-length'] === undefined && all['transfer-encoding'] === undefined) {
    all['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * What may differ between two answers to the same request: the clock, fresh request ids and nonces,
 * and the call stack on express's error page (shown outside production: under jest, NODE_ENV=test)
 * — with it the length.
 */
function comparable(answer: Answer) {
  const { date: _date, 'content-length': _length, ...headers } = answer.headers;
  const id = headers['x-request-id'];
  if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) headers['x-request-id'] = '<generated>';
  const body = answer.body.replace(/[0-9a-f]{64}/g, '<nonce>').replace(/(<br> &nbsp; &nbsp;at [^<]*)+/g, '<stack>');
  return { status: answer.status, headers, body };
}

const json = { 'content-type': 'application/json' };
const typename = JSON.stringify({ query: '{ __typename }' });
const deepJson = (levels: number) => `{"query":"{ __typename }","variables":{"v":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const ME = `{ me { username } }`;
const TWO_MB = 2 * 1024 * 1024;

describe('the GraphQL front', () => {
  let t: TestServer;
  let prod: Awaited<ReturnType<typeof startServerOn>>;
  const trusted = 'https://portal.gov.example.cn';

  beforeAll(async () => {
    t = await startTestServer('mysql');
    prod = await startServerOn(t.db, { NODE_ENV: 'production', CORS_ORIGINS: trusted });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await prod.running.close();
    await t.close();
  });

  it('serves /graphql without express and hands every other path to express', async () => {
    const handle = jest.spyOn(prod.api.app as unknown as { handle: (...args: unknown[]) => void }, 'handle');
    const graphql = await send(prod.url, 'POST', '/graphql', json, typename);
    expect(graphql.status).toBe(200);
    expect(JSON.parse(graphql.body)).toEqual({ data: { __typename: 'Query' } });
    expect(handle).not.toHaveBeenCalled();

    const health = await send(prod.url, 'GET', '/health', {});
    expect(health.status).toBe(200);
    const slash = await send(prod.url, 'POST', '/graphql/', json, typename);
    expect(JSON.parse(slash.body)).toEqual({ data: { __typename: 'Query' } });
    const unknown = await send(prod.url, 'GET', '/no-such-page', {});
    expect(unknown.status).toBe(404);
    expect(handle).toHaveBeenCalledTimes(3);
    handle.mockRestore();
  });

  it('sends the security headers express sends (helmet, production CSP), no-store, and no X-Powered-By', async () => {
    const graphql = await send(prod.url, 'POST', '/graphql', json, typename);
    const health = await send(prod.url, 'GET', '/health', {});
    const helmetHeaders = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    const pick = (answer: Answer) => Object.fromEntries(helmetHeaders.map((name) => [name, answer.headers[name]]));
    expect(pick(graphql)).toEqual(pick(health));
    expect(graphql.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(graphql.headers['cache-control']).toBe('no-store');
    expect(graphql.headers['x-powered-by']).toBeUndefined();
    // outside production helmet sends no CSP (the landing page loads Apollo's scripts); neither does the front
    const dev = await send(t.url, 'POST', '/graphql', json, typename);
    expect(dev.headers['content-security-policy']).toBeUndefined();
    expect(dev.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('keeps a plain x-request-id and replaces any other', async () => {
    const kept = await send(prod.url, 'POST', '/graphql', { ...json, 'x-request-id': 'trace-42.a_b' }, typename);
    expect(kept.headers['x-request-id']).toBe('trace-42.a_b');
    const replaced = await send(prod.url, 'POST', '/graphql', { ...json, 'x-request-id': 'two words' }, typename);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers CORS preflights from the allow list only, and grants actual requests the same way', async () => {
    const preflight = (origin: string) =>
      send(prod.url, 'OPTIONS', '/graphql', { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
    const good = await preflight(trusted);
    expect(good.status).toBe(204);
    expect(good.headers['access-control-allow-origin']).toBe(trusted);
    expect(good.headers['access-control-allow-credentials']).toBe('true');
    expect(good.headers['access-control-max-age']).toBe('600');
    const bad = await preflight('https://portal.gov.example.cn.evil.example.com');
    expect(bad.headers['access-control-allow-origin']).toBeUndefined();
    expect(bad.headers['access-control-allow-credentials']).toBeUndefined();

    const granted = await send(prod.url, 'POST', '/graphql', { ...json, origin: trusted }, typename);
    expect(granted.headers['access-control-allow-origin']).toBe(trusted);
    expect(granted.headers.vary).toBe('Origin');
    const refused = await send(prod.url, 'POST', '/graphql', { ...json, origin: 'https://evil.example.com' }, typename);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an oversized body with 413, reads one just under 2 MB, and refuses deep JSON before GraphQL', async () => {
    const padded = (bytes: number) => {
      const head = '{"query":"{ __typename }","pad":"';
      return head + 'a'.repeat(bytes - head.length - 2) + '"}';
    };
    expect(Buffer.byteLength(padded(TWO_MB))).toBe(TWO_MB);
    const atLimit = await send(prod.url, 'POST', '/graphql', json, padded(TWO_MB));
    expect(atLimit.status).toBe(200);
    const over = await send(prod.url, 'POST', '/graphql', json, padded(TWO_MB + 1));
    expect(over.status).toBe(413);
    expect(over.body).toMatch(/Payload Too Large|request entity too large/);

    const deep = await send(prod.url, 'POST', '/graphql', json, deepJson(5000));
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'VALIDATION_FAILED', details: { reason: 'JSON_TOO_DEEP' } } })],
    });
  });

  // each request goes to `/graphql` (the front) and `/graphql/` (express's mount) in production
  it.each<[string, string, Record<string, string>, (string | Buffer)?]>([
    ['a plain query', 'POST', json, typename],
    ['Content-Type with charset', 'POST', { 'content-type': 'application/json; charset=utf-8' }, typename],
    ['Content-Type in capitals', 'POST', { 'content-type': 'Application/JSON' }, typename],
    ['an unsupported charset', 'POST', { 'content-type': 'application/json; charset=latin1' }, typename],
    ['malformed JSON', 'POST', json, '{"query":'],
    ['a top-level string', 'POST', json, '"{ __typename }"'],
    ['leading white space', 'POST', json, `  ${typename}`],
    ['a byte-order mark', 'POST', json, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(typename)])],
    ['an empty body', 'POST', json, ''],
    ['a batch', 'POST', json, `[${typename}]`],
    ['a gzip body', 'POST', { ...json, 'content-encoding': 'gzip' }, gzipSync(typename)],
    ['a chunked body', 'POST', { ...json, 'transfer-encoding': 'chunked' }, typename],
    ['an oversized body', 'POST', json, `{"pad":"${'a'.repeat(TWO_MB)}"}`],
    ['deep JSON', 'POST', json, deepJson(70)],
    ['JSON just under the depth limit', 'POST', json, deepJson(60)],
    ['text/plain (CSRF)', 'POST', { 'content-type': 'text/plain' }, typename],
    ['a form (CSRF)', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'query=%7B__typename%7D'],
    ['a GET without the preflight header', 'GET', {}, undefined],
    ['a GET with it', 'GET', { 'apollo-require-preflight': '1' }, undefined],
    ['a GET asking for HTML', 'GET', { accept: 'text/html' }, undefined],
    ['PUT', 'PUT', json, typename],
    ['an Accept the server cannot answer', 'POST', { ...json, accept: 'application/xml' }, typename],
    ['an unknown field', 'POST', json, JSON.stringify({ query: '{ nope }' })],
    ['an unknown bearer token', 'POST', { ...json, authorization: 'Bearer nope' }, JSON.stringify({ query: ME })],
    ['an unknown session cookie', 'POST', { ...json, cookie: 'gt_session=nope; other=j:{"a":1}' }, JSON.stringify({ query: ME })],
    ['a refused preflight', 'OPTIONS', { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' }, undefined],
    ['an allowed preflight', 'OPTIONS', { origin: 'https://portal.gov.example.cn', 'access-control-request-method': 'POST' }, undefined],
  ])('answers %s as express does', async (_name, method, headers, body) => {
    const search = method === 'GET' ? `?query=${encodeURIComponent('{ __typename }')}` : '';
    const [front, viaExpress] = [
      await send(prod.url, method, `/graphql${search}`, headers, body),
      await send(prod.url, method, `/graphql/${search}`, headers, body),
    ];
    expect(comparable(front)).toEqual(comparable(viaExpress));
  });

  it('signs in with a cookie through the front: Secure HttpOnly cookie, cookie session, logout clears it', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE });
    const login = await prod.gql(LOGIN, { u: account.username, p: TEST_PASSWORD });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gt_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    const session = cookie.split(';')[0]!;
    const me = await prod.gql<{ me: { username: string } }>(ME, {}, { cookie: session });
    expect(me.data?.me.username).toBe(account.username);

    const logout = await prod.gql(`mutation { logout }`, {}, { cookie: session });
    expect(logout.errors).toBeUndefined();
    expect(logout.headers.get('set-cookie')).toBe('gt_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax');
    const after = await prod.gql(ME, {}, { cookie: session });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records the client address by the trust proxy setting, as express’s req.ip does', async () => {
    const behindProxy = await startServerOn(t.db, { TRUST_PROXY: 'loopback' });
    try {
      const [proxied, direct] = [
        await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE }),
        await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE }),
      ];
      const forwarded = { 'x-forwarded-for': '203.0.113.7' };
      await behindProxy.gql(LOGIN, { u: proxied.username, p: TEST_PASSWORD }, { headers: forwarded });
      await t.gql(LOGIN, { u: direct.username, p: TEST_PASSWORD }, { headers: forwarded });
      const ipOf = async (accountId: string) => (await t.dataSource.getRepository(Session).findOneByOrFail({ accountId })).ip;
      expect(await ipOf(proxied.id)).toBe('203.0.113.7');
      // without `trust proxy` the header is the client's word, not its address
      expect(await ipOf(direct.id)).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    } finally {
      await behindProxy.running.close();
    }
  });
});
