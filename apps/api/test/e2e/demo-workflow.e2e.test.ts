import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/demo/seed-demo';
import { seedDemoWorkflow } from '../../src/modules/demo/demo-workflow';
import { startTestServer, type TestServer } from '../utils/test-server';

describe('demo workflow data (SQLite)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    await seedDemoData(t.dataSource, 4);
  });
  afterAll(async () => {
    await t.close();
  });

  it('publishes both systems and opens the 2023 Genhe cycle with its task list', async () => {
    const credit = await t.loginAs('credit', DEMO_PASSWORD);
    const systems = await t.gql<{ indicatorSystems: Array<{ systemKey: string; status: string }> }>(
      `{ indicatorSystems { systemKey status } }`,
      {},
      { token: credit },
    );
    expect(systems.data?.indicatorSystems).toEqual([
      { systemKey: 'genhe-assessment-2023', status: 'PUBLISHED' },
      { systemKey: 'nmg-quarterly-2022', status: 'PUBLISHED' },
    ]);
    const cycles = await t.gql<{
      cycles: Array<{ name: string; taskListKey: string; periods: Array<{ label: string; status: string }> }>;
    }>(`{ cycles { name taskListKey periods { label status } } }`, {}, { token: credit });
    const [cycle] = cycles.data!.cycles;
    expect(cycle).toMatchObject({
      name: '2023年度根河市社会信用体系建设考核',
      taskListKey: 'genhe-tasks-2023',
    });
    expect(cycle!.periods.filter((p) => p.status === 'OPEN').map((p) => p.label)).toEqual([
      '2023年12月',
      '2023年第四季度',
      '2023年度',
    ]);
    // the seed runs once
    expect((await seedDemoWorkflow(t.dataSource)).seeded).toBe(false);
  });

  it('gives a department submitter its own tasks', async () => {
    // gh04 = 市发改委 (序号 4)
    const token = await t.loginAs('gh04.submit', DEMO_PASSWORD);
    const res = await t.gql<{ myTasks: Array<{ task: { code: string } }> }>(
      `{ myTasks { task { code } } }`,
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.myTasks.length).toBeGreaterThan(0);
    expect(res.data!.myTasks.every((row) => row.task.code.startsWith('GH-FGW-'))).toBe(true);
  });
});
