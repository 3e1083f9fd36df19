import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { GRAPHQL_LIMITS, graphqlArmor } from '../../src/common/security/graphql-limits';
import { parseEnv } from '../../src/env';
import { appOperations } from '../security/app-documents';
import { Role, TEST_PASSWORD } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { startServerOn, startTestServer, type TestServer } from '../utils/test-server';

/**
 * GraphQL and HTTP hardening (issue 8): document limits, no batches, no schema hints or stack
 * traces in production, CSRF prevention, security headers, CORS allow-list, cookie flags. Login
 * throttling, lockout and session expiry are proved in auth.e2e.test.ts; error masking in
 * server.e2e.test.ts.
 */

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

describe('the GraphQL limits', () => {
  const documents = appOperations();

  it('find the documents of both apps', () => {
    expect(new Set(documents.map((d) => d.app))).toEqual(new Set(['admin', 'submit']));
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents.map((d) => [`${d.app} ${d.name}`, d] as const))('let %s pass', (_name, doc) => {
    const parsed = parse(doc.source, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    const errors = validate(schema, parsed, [...specifiedRules, ...graphqlArmor(true).validationRules]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('hardening on MariaDB', () => {
  let t: TestServer;
  let prod: Awaited<ReturnType<typeof startServerOn>>;
  let allowListed: Awaited<ReturnType<typeof startServerOn>>;
  let office: string;
  const trusted = 'https://portal.gov.example.cn';

  beforeAll(async () => {
    t = await startTestServer('mysql');
    office = await t.loginAs(Role.CREDIT_OFFICE);
    prod = await startServerOn(t.db, { NODE_ENV: 'production' });
    allowListed = await startServerOn(t.db, { CORS_ORIGINS: `${trusted}, https://admin.gov.example.cn` });
  });
  afterAll(async () => {
    await allowListed.running.close();
    await prod.running.close();
    await t.close();
  });

  /** a nested unit → children chain `levels` deep */
  const deepUnits = (levels: number) => `{ units { nodes { ${'children { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;

  /** `aliases` copies of a units tree `levels` deep, six scalars per unit: cheap to write, dear to answer */
  const wideUnits = (aliases: number, levels: number) => {
    const unit = (n: number): string => `id code name kind classes uscc${n > 0 ? ` children { ${unit(n - 1)} }` : ''}`;
    return `{ ${Array.from({ length: aliases }, (_, i) => `r${i}: units { nodes { ${unit(levels)} } }`).join(' ')} }`;
  };

  it.each([
    ['depth', deepUnits(GRAPHQL_LIMITS.maxDepth + 2), /depth/i],
    ['aliases', `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /alias/i],
    ['directives', `{ me { id ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} } }`, /directive/i],
    ['tokens', `{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)} } }`, /token/i],
    ['cost', wideUnits(10, 6), /cost/i],
  ])('refuse a document over the %s limit before running it', async (_limit, query, message) => {
    const spy = jest.spyOn(t.api.services.units, 'list');
    const res = await t.gql(query, {}, { token: office });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('answers a document just under the limits', async () => {
    const res = await t.gql(wideUnits(GRAPHQL_LIMITS.maxAliases - 1, GRAPHQL_LIMITS.maxDepth - 6), {}, { token: office });
    expect(res.errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const account = t.accountFor(Role.CREDIT_OFFICE)!;
    const batch = Array.from({ length: 3 }, () => ({ query: LOGIN, variables: { u: account.username, p: 'wrong-password' } }));
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('refuses the requests a hostile page can send without a preflight', async () => {
    const query = 'mutation { logout }';
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${office}` },
      body: `query=${encodeURIComponent(query)}`,
    });
    expect(form.status).toBe(400);
    const plain = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${office}` },
      body: JSON.stringify({ query }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF/i);
    // a GET with the preflight header is a real client, but GET never runs a mutation
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${office}` },
    });
    expect(get.status).toBe(405);
    // the session survived all three
    const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: office });
    expect(me.errors).toBeUndefined();
  });

  it('suggests field names outside production only', async () => {
    const dev = await t.gql(`{ mee { id } }`, {}, { token: office });
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
    const production = await prod.gql(`{ mee { id } }`, {}, { token: office });
    expect(codeOf(production)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(production.errors?.[0]?.message).not.toMatch(/Did you mean|"me"/);
    expect(JSON.stringify(production)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('sends the helmet headers, with a content security policy in production', async () => {
    const res = await fetch(`${prod.url}/health`);
    const header = (name: string) => res.headers.get(name);
    expect({
      nosniff: header('x-content-type-options'),
      frames: header('x-frame-options'),
      referrer: header('referrer-policy'),
      hsts: header('strict-transport-security'),
      poweredBy: header('x-powered-by'),
    }).toEqual({ nosniff: 'nosniff', frames: 'SAMEORIGIN', referrer: 'no-referrer', hsts: expect.stringMatching(/max-age=\d+/), poweredBy: null });
    expect(header('content-security-policy')).toMatch(/default-src 'self'/);
    expect(header('content-security-policy')).toMatch(/frame-ancestors 'self'/);
  });

  it('gives no CORS grant to other origins by default', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('grants CORS, with credentials, to the listed origins only', async () => {
    const ask = (origin: string) =>
      fetch(`${allowListed.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const good = await ask(trusted);
    expect(good.status).toBe(204);
    expect(good.headers.get('access-control-allow-origin')).toBe(trusted);
    expect(good.headers.get('access-control-allow-credentials')).toBe('true');
    const bad = await ask('https://portal.gov.example.cn.evil.example.com');
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a CORS list entry that is not a bare origin', () => {
    expect(() => parseEnv({ CORS_ORIGINS: 'https://gov.example.cn/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => parseEnv({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(parseEnv({}).CORS_ORIGINS).toEqual([]);
  });

  it('sets the session cookie HttpOnly and SameSite, and Secure in production only', async () => {
    const account = t.accountFor(Role.CREDIT_OFFICE)!;
    const dev = await t.gql(LOGIN, { u: account.username, p: TEST_PASSWORD });
    const production = await prod.gql(LOGIN, { u: account.username, p: TEST_PASSWORD });
    const devCookie = dev.headers.get('set-cookie') ?? '';
    const prodCookie = production.headers.get('set-cookie') ?? '';
    for (const cookie of [devCookie, prodCookie]) {
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
    }
    expect(devCookie).not.toMatch(/;\s*Secure/i);
    expect(prodCookie).toMatch(/;\s*Secure/i);
  });
});
