import { Session } from '../../src/modules/accounts/session.entity';
import { ApiToken } from '../../src/modules/api-tokens/api-token.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const CREATE = `mutation($name: String!, $exp: DateTimeISO) { createApiToken(name: $name, expiresAt: $exp) {
  token apiToken { id name expiresAt active revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id active revokedAt } }`;
const MINE = `query { myApiTokens { id name active revokedAt } }`;
const UNITS = `query { units { totalCount } }`;
const ME = `query { me { username role } }`;

interface Created {
  createApiToken: { token: string; apiToken: { id: string; name: string; expiresAt: string; active: boolean } };
}

describe.each(engines)('API tokens on %s', (engine) => {
  let t: TestServer;
  let leader: string;
  let office: string;
  let created: Created['createApiToken'];

  beforeAll(async () => {
    t = await startTestServer(engine);
    leader = await t.loginAs(Role.LEADER);
    office = await t.loginAs(Role.CREDIT_OFFICE);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a token for a leader, returned once and stored hashed', async () => {
    const res = await t.gql<Created>(CREATE, { name: 'BI 报表' }, { token: leader });
    expect(res.errors).toBeUndefined();
    created = res.data!.createApiToken;
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({ name: 'BI 报表', active: true });
    const row = await t.dataSource.getRepository(ApiToken).findOneByOrFail({ id: created.apiToken.id });
    const session = await t.dataSource.getRepository(Session).findOneByOrFail({ id: row.sessionId });
    expect(session.kind).toBe('API_TOKEN');
    expect(session.tokenHash).not.toContain(created.token);
    // about a year by default
    const days = (session.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ entity: 'ApiToken', action: 'CREATE' })).toBe(1);
    const mine = await t.gql<{ myApiTokens: Array<{ id: string; active: boolean }> }>(MINE, {}, { token: leader });
    expect(mine.data?.myApiTokens).toEqual([expect.objectContaining({ id: created.apiToken.id, active: true })]);
  });

  it('refuses tokens to roles other than leader and credit office, and bad expiry dates', async () => {
    const evaluator = await t.loginAs(Role.EVALUATOR);
    expect(codeOf(await t.gql(CREATE, { name: 'x' }, { token: evaluator }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { name: 'x' }, { token: await t.loginAs(Role.UNIT_SUBMITTER) }))).toBe('FORBIDDEN');
    const past = await t.gql(CREATE, { name: 'x', exp: new Date(Date.now() - 1000).toISOString() }, { token: office });
    expect(codeOf(past)).toBe('VALIDATION_FAILED');
    const ok = await t.gql<Created>(CREATE, { name: '信用办 BI', exp: new Date(Date.now() + 86_400_000).toISOString() }, { token: office });
    expect(ok.errors).toBeUndefined();
  });

  it('reads with the token as the leader', async () => {
    const me = await t.gql<{ me: { role: string } }>(ME, {}, { token: created.token });
    expect(me.data?.me.role).toBe('LEADER');
    const units = await t.gql(UNITS, {}, { token: created.token });
    expect(units.errors).toBeUndefined();
    const warnings = await t.gql(`query { warnings { totalCount } }`, {}, { token: created.token });
    expect(warnings.errors).toBeUndefined();
  });

  it('refuses every mutation with the token, centrally', async () => {
    const before = await t.dataSource.getRepository(ApiToken).count();
    const again = await t.gql(CREATE, { name: '再建一个' }, { token: created.token });
    expect(codeOf(again)).toBe('FORBIDDEN');
    expect(again.errors?.[0]?.message).toContain('只能读取数据');
    expect(await t.dataSource.getRepository(ApiToken).count()).toBe(before);
    expect(codeOf(await t.gql(`mutation { logout }`, {}, { token: created.token }))).toBe('FORBIDDEN');
    // a mutation without @Authorized (login) is refused too
    expect(codeOf(await t.gql(`mutation { login(username: "x", password: "y") { token } }`, {}, { token: created.token }))).toBe('FORBIDDEN');
    // plain HTTP writes as well
    const upload = await fetch(`${t.url}/files/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${created.token}`, 'x-govtrust-upload': '1' },
    });
    expect(upload.status).toBe(403);
    expect(((await upload.json()) as { error: { reason: string } }).error.reason).toBe('READ_ONLY_TOKEN');
    const removal = await fetch(`${t.url}/files/evidence/00000000-0000-4000-8000-000000000000`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(removal.status).toBe(403);
  });

  it('does not slide the expiry when used', async () => {
    const row = await t.dataSource.getRepository(ApiToken).findOneByOrFail({ id: created.apiToken.id });
    const before = (await t.dataSource.getRepository(Session).findOneByOrFail({ id: row.sessionId })).expiresAt;
    const session = await t.dataSource.getRepository(Session).findOneByOrFail({ id: row.sessionId });
    await t.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date(Date.now() - 3_600_000) });
    await t.gql(ME, {}, { token: created.token });
    const after = (await t.dataSource.getRepository(Session).findOneByOrFail({ id: row.sessionId })).expiresAt;
    expect(after.getTime()).toBe(before.getTime());
  });

  it('revokes: the token is then UNAUTHENTICATED, only its owner may revoke', async () => {
    expect(codeOf(await t.gql(REVOKE, { id: created.apiToken.id }, { token: office }))).toBe('NOT_FOUND');
    const revoked = await t.gql<{ revokeApiToken: { active: boolean; revokedAt: string | null } }>(REVOKE, { id: created.apiToken.id }, { token: leader });
    expect(revoked.data?.revokeApiToken).toMatchObject({ active: false, revokedAt: expect.any(String) });
    expect(codeOf(await t.gql(ME, {}, { token: created.token }))).toBe('UNAUTHENTICATED');
    const mine = await t.gql<{ myApiTokens: Array<{ active: boolean }> }>(MINE, {}, { token: leader });
    expect(mine.data?.myApiTokens[0]?.active).toBe(false);
  });
});
