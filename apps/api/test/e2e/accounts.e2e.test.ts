import { Account } from '../../src/modules/accounts/account.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { createAccountFixture, createUnitFixture, Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username role unitId mustChangePassword version unit { id } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id displayName role version active } }`;
const LIST = `query($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) { totalCount nodes { username } pageInfo { hasNextPage endCursor } }
}`;

describe.each(engines)('accounts on %s', (engine) => {
  let t: TestServer;
  let admin: string;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    admin = await t.loginAs(Role.ADMIN);
    unitId = (await createUnitFixture(t.dataSource)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets an admin create a unit submitter bound to a unit, audited without the password hash', async () => {
    const res = await t.gql<{ createAccount: { id: string; mustChangePassword: boolean; unit: { id: string } } }>(
      CREATE,
      { input: { username: 'fgw.submit', displayName: '发改委填报人', role: 'UNIT_SUBMITTER', unitId, password: 'Start1234' } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAccount.mustChangePassword).toBe(true);
    expect(res.data?.createAccount.unit.id).toBe(unitId);
    const [audit] = await t.dataSource
      .getRepository(AuditLog)
      .findBy({ entity: 'Account', entityId: res.data!.createAccount.id, action: 'CREATE' });
    expect(audit?.actorRole).toBe(Role.ADMIN);
    expect(JSON.stringify(audit?.after)).not.toMatch(/passwordHash|\$2[ab]\$/);
  });

  it('validates the input: unit roles need a unit, usernames are unique, passwords are strong', async () => {
    const noUnit = await t.gql(
      CREATE,
      { input: { username: 'x.approve', displayName: '负责人', role: 'UNIT_APPROVER', password: 'Start1234' } },
      { token: admin },
    );
    expect(codeOf(noUnit)).toBe('VALIDATION_FAILED');
    expect(noUnit.errors?.[0]?.message).toBe('单位填报人和单位负责人必须关联单位');
    const dup = await t.gql(
      CREATE,
      { input: { username: 'fgw.submit', displayName: '重名', role: 'LEADER', password: 'Start1234' } },
      { token: admin },
    );
    expect(codeOf(dup)).toBe('VALIDATION_FAILED');
    const weak = await t.gql(
      CREATE,
      { input: { username: 'weak.one', displayName: '弱密码', role: 'LEADER', password: '12345678' } },
      { token: admin },
    );
    expect(codeOf(weak)).toBe('VALIDATION_FAILED');
    const badName = await t.gql(
      CREATE,
      { input: { username: '张三', displayName: '张三', role: 'LEADER', password: 'Start1234' } },
      { token: admin },
    );
    expect(codeOf(badName)).toBe('VALIDATION_FAILED');
    expect(badName.errors?.[0]?.extensions?.details?.fields?.[0]?.field).toBe('username');
    expect(await t.dataSource.getRepository(Account).existsBy({ username: 'weak.one' })).toBe(false);
  });

  it('refuses account management to everyone but the admin, writing nothing', async () => {
    const before = await t.dataSource.getRepository(Account).count();
    const auditBefore = await t.dataSource.getRepository(AuditLog).count();
    for (const role of [Role.UNIT_SUBMITTER, Role.CREDIT_OFFICE, Role.LEADER]) {
      const token = await t.loginAs(role);
      const res = await t.gql(
        CREATE,
        { input: { username: `by.${role.toLowerCase()}`, displayName: '越权', role: 'ADMIN', password: 'Start1234' } },
        { token },
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    // logins wrote audit rows; nothing else did
    expect(await t.dataSource.getRepository(Account).count()).toBe(before + 3);
    const extra = await t.dataSource.getRepository(AuditLog).count();
    expect(extra - auditBefore).toBe(3);
    expect(codeOf(await t.gql(LIST, {}, { token: await t.loginAs(Role.UNIT_SUBMITTER) }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('lists accounts for the credit office with filters and cursor pages', async () => {
    const credit = await t.loginAs(Role.CREDIT_OFFICE);
    for (const n of [1, 2, 3]) await createAccountFixture(t.dataSource, { role: Role.LEADER, username: `page.${n}` });
    const first = await t.gql<{ accounts: { totalCount: number; nodes: Array<{ username: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      LIST,
      { filter: { search: 'page.' }, first: 2 },
      { token: credit },
    );
    expect(first.data?.accounts.totalCount).toBe(3);
    expect(first.data?.accounts.nodes.map((n) => n.username)).toEqual(['page.1', 'page.2']);
    expect(first.data?.accounts.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<{ accounts: { nodes: Array<{ username: string }>; pageInfo: { hasNextPage: boolean } } }>(
      LIST,
      { filter: { search: 'page.' }, first: 2, after: first.data!.accounts.pageInfo.endCursor },
      { token: credit },
    );
    expect(second.data?.accounts.nodes.map((n) => n.username)).toEqual(['page.3']);
    expect(second.data?.accounts.pageInfo.hasNextPage).toBe(false);
    // LIKE wildcards in the search are literal
    const none = await t.gql<{ accounts: { totalCount: number } }>(LIST, { filter: { search: 'page%' } }, { token: credit });
    expect(none.data?.accounts.totalCount).toBe(0);
  });

  it('updates with a version check and deactivation signs the account out', async () => {
    const target = await createAccountFixture(t.dataSource, { role: Role.EVALUATOR });
    const token = await t.loginAs(target.username);
    const upd = await t.gql<{ updateAccount: { version: number; displayName: string } }>(
      UPDATE,
      { input: { id: target.id, version: target.version, displayName: '评估机构甲' } },
      { token: admin },
    );
    expect(upd.data?.updateAccount.displayName).toBe('评估机构甲');
    const stale = await t.gql(UPDATE, { input: { id: target.id, version: target.version, displayName: '乙' } }, { token: admin });
    expect(codeOf(stale)).toBe('CONFLICT');
    const off = await t.gql<{ deactivateAccount: { active: boolean } }>(
      `mutation($id: ID!, $v: Int!) { deactivateAccount(id: $id, version: $v) { active } }`,
      { id: target.id, v: upd.data!.updateAccount.version },
      { token: admin },
    );
    expect(off.data?.deactivateAccount.active).toBe(false);
    expect(codeOf(await t.gql(`{ me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    const login = await t.gql(`mutation { login(username: "${target.username}", password: "Passw0rd!test") { token } }`);
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
  });
});
