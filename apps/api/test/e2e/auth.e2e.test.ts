import { Session } from '../../src/modules/accounts/session.entity';
import { Account } from '../../src/modules/accounts/account.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { createAccountFixture, Role, TEST_PASSWORD } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { startServerOn, startTestServer, type TestServer } from '../utils/test-server';
import { engines } from '../utils/test-database';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt account { username role } } }`;
const ME = `{ me { id username role mustChangePassword } }`;
const CHANGE = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id mustChangePassword } }`;
const RESET = `mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id mustChangePassword } }`;

describe.each(engines)('authentication on %s', (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs in with a password, sets an httpOnly SameSite=Lax cookie and returns a bearer token', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE });
    const res = await t.gql<{ login: { token: string; account: { username: string } } }>(LOGIN, {
      u: account.username,
      p: TEST_PASSWORD,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account.username).toBe(account.username);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gt_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const token = res.data!.login.token;
    const viaBearer = await t.gql<{ me: { username: string } }>(ME, {}, { token });
    expect(viaBearer.data?.me.username).toBe(account.username);
    const viaCookie = await t.gql<{ me: { username: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data?.me.username).toBe(account.username);

    // only the hash is stored
    const sessions = await t.dataSource.getRepository(Session).findBy({ accountId: account.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).not.toBe(token);
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password or unknown user with the same typed error', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.LEADER });
    const wrong = await t.gql(LOGIN, { u: account.username, p: 'wrong-password1' });
    const unknown = await t.gql(LOGIN, { u: 'nobody-here', p: 'wrong-password1' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('用户名或密码错误');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.EVALUATOR });
    for (let i = 1; i <= 4; i += 1) {
      expect(codeOf(await t.gql(LOGIN, { u: account.username, p: `bad-pass-${i}` }))).toBe('UNAUTHENTICATED');
    }
    const fifth = await t.gql(LOGIN, { u: account.username, p: 'bad-pass-5' });
    expect(codeOf(fifth)).toBe('RATE_LIMITED');
    const retryAt = new Date(String(fifth.errors?.[0]?.extensions?.details?.retryAt));
    const minutes = (retryAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const right = await t.gql(LOGIN, { u: account.username, p: TEST_PASSWORD });
    expect(codeOf(right)).toBe('RATE_LIMITED');
    expect(right.errors?.[0]?.message).toMatch(/账号已锁定/);
    const locks = await t.dataSource.getRepository(AuditLog).findBy({ entityId: account.id, action: 'LOCK' });
    expect(locks).toHaveLength(1);

    // once the lock has passed the right password works and the counter is reset
    await t.dataSource.getRepository(Account).update({ id: account.id }, { lockedUntil: new Date(Date.now() - 1000) });
    expect(codeOf(await t.gql(LOGIN, { u: account.username, p: TEST_PASSWORD }))).toBeUndefined();
    const after = await t.dataSource.getRepository(Account).findOneByOrFail({ id: account.id });
    expect(after.failedLogins).toBe(0);
    expect(after.lockedUntil).toBeNull();
  });

  it('refuses an expired session and a logged-out one', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.LEADER });
    const token = await t.loginAs(account.username);
    expect(codeOf(await t.gql(ME, {}, { token }))).toBeUndefined();
    await t.dataSource
      .getRepository(Session)
      .update({ accountId: account.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await t.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');

    // a session that ended long ago is purged at the next login
    await t.dataSource
      .getRepository(Session)
      .update({ accountId: account.id }, { expiresAt: new Date(Date.now() - 31 * 24 * 3_600_000) });
    const second = await t.loginAs(account.username);
    expect(await t.dataSource.getRepository(Session).countBy({ accountId: account.id })).toBe(1);
    const out = await t.gql<{ logout: boolean }>(`mutation { logout }`, {}, { token: second });
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, { token: second }))).toBe('UNAUTHENTICATED');
  });

  it('slides the expiry forward when a session is used', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.LEADER });
    const token = await t.loginAs(account.username);
    const repo = t.dataSource.getRepository(Session);
    const soon = new Date(Date.now() + 60_000);
    await repo.update({ accountId: account.id }, { expiresAt: soon, lastSeenAt: new Date(Date.now() - 10 * 60_000) });
    expect(codeOf(await t.gql(ME, {}, { token }))).toBeUndefined();
    const [session] = await repo.findBy({ accountId: account.id });
    const hours = (session!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
  });

  it('changes the own password: needs the old one and a strong new one', async () => {
    const account = await createAccountFixture(t.dataSource, { role: Role.EVALUATOR });
    const token = await t.loginAs(account.username);
    const wrongOld = await t.gql(CHANGE, { o: 'not-my-password1', n: 'NewPassw0rd' }, { token });
    expect(codeOf(wrongOld)).toBe('VALIDATION_FAILED');
    expect(wrongOld.errors?.[0]?.extensions?.details?.fields?.[0]?.field).toBe('oldPassword');
    const weak = await t.gql(CHANGE, { o: TEST_PASSWORD, n: 'onlyletters' }, { token });
    expect(codeOf(weak)).toBe('VALIDATION_FAILED');
    expect(weak.errors?.[0]?.message).toBe('密码须同时包含字母和数字');
    expect(codeOf(await t.gql(CHANGE, { o: TEST_PASSWORD, n: 'short1' }, { token }))).toBe('VALIDATION_FAILED');

    const ok = await t.gql(CHANGE, { o: TEST_PASSWORD, n: 'NewPassw0rd' }, { token });
    expect(ok.errors).toBeUndefined();
    expect(codeOf(await t.gql(LOGIN, { u: account.username, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { u: account.username, p: 'NewPassw0rd' }))).toBeUndefined();
  });

  it('lets only an admin reset a password, and then requires a change before anything else', async () => {
    const target = await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE });
    const targetToken = await t.loginAs(target.username);

    const creditToken = await t.loginAs(Role.CREDIT_OFFICE);
    expect(codeOf(await t.gql(RESET, { id: target.id, p: 'Temp1234x' }, { token: creditToken }))).toBe('FORBIDDEN');

    const adminToken = await t.loginAs(Role.ADMIN);
    const reset = await t.gql<{ resetPassword: { mustChangePassword: boolean } }>(
      RESET,
      { id: target.id, p: 'Temp1234x' },
      { token: adminToken },
    );
    expect(reset.data?.resetPassword.mustChangePassword).toBe(true);
    // sessions from before the reset are gone
    expect(codeOf(await t.gql(ME, {}, { token: targetToken }))).toBe('UNAUTHENTICATED');

    const token = await t.loginAs(target.username, 'Temp1234x');
    const me = await t.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, { token });
    expect(me.data?.me.mustChangePassword).toBe(true);
    expect(codeOf(await t.gql(`{ accounts { totalCount } }`, {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(codeOf(await t.gql(CHANGE, { o: 'Temp1234x', n: 'Chosen1234' }, { token }))).toBeUndefined();
    expect(codeOf(await t.gql(`{ accounts { totalCount } }`, {}, { token }))).toBeUndefined();
  });

  it('limits failed logins per client address', async () => {
    const strict = await startServerOn(t.db, { LOGIN_IP_LIMIT: '3' });
    try {
      for (let i = 0; i < 3; i += 1) {
        expect(codeOf(await strict.gql(LOGIN, { u: `ghost${i}`, p: 'whatever1' }))).toBe('UNAUTHENTICATED');
      }
      const blocked = await strict.gql(LOGIN, { u: 'ghost', p: 'whatever1' });
      expect(codeOf(blocked)).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.extensions?.details?.retryAt).toEqual(expect.any(String));
    } finally {
      await strict.running.close();
    }
  });
});
