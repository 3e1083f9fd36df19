import { Account } from '../../src/modules/accounts/account.entity';
import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/demo/seed-demo';
import { Unit } from '../../src/modules/units/unit.entity';
import { codeOf } from '../utils/gql-client';
import { startTestServer, type TestServer } from '../utils/test-server';

describe('demo data (SQLite)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds the Genhe hierarchy and one account per role once', async () => {
    const result = await seedDemoData(t.dataSource, 4);
    expect(result.seeded).toBe(true);
    expect(result.units).toBe(39);
    expect(await t.dataSource.getRepository(Unit).countBy({ kind: 'DEPARTMENT' as Unit['kind'] })).toBe(36);
    expect(await t.dataSource.getRepository(Account).count()).toBe(4 + 36 * 2);
    const genhe = await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'GH' });
    const fgw = await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'GH-FGW' });
    expect(fgw).toMatchObject({ name: '市发改委', parentId: genhe.id });
    expect((await seedDemoData(t.dataSource, 4)).seeded).toBe(false);
  });

  it('lets the demo accounts sign in with the documented password, each in its own reach', async () => {
    const submit = await t.loginAs('gh01.submit', DEMO_PASSWORD);
    const own = await t.gql<{ units: { nodes: Array<{ name: string }> }; me: { role: string; capabilities: string[] } }>(
      `{ me { role capabilities } units { nodes { name } } }`,
      {},
      { token: submit },
    );
    expect(own.data?.me.role).toBe('UNIT_SUBMITTER');
    expect(own.data?.me.capabilities).toEqual(['SUBMISSION_FILL']);
    expect(own.data?.units.nodes.map((u) => u.name)).toEqual(['市委组织部']);

    const credit = await t.loginAs('credit', DEMO_PASSWORD);
    const all = await t.gql<{ units: { totalCount: number } }>(`{ units(first: 100) { totalCount } }`, {}, { token: credit });
    expect(all.data?.units.totalCount).toBe(39);
    const leader = await t.loginAs('leader', DEMO_PASSWORD);
    expect(codeOf(await t.gql(`{ accounts { totalCount } }`, {}, { token: leader }))).toBe('FORBIDDEN');
  });
});
