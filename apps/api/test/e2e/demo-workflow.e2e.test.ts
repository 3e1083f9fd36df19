import { DEMO_PASSWORD, seedDemoData } from '../../src/modules/demo/seed-demo';
import { seedDemoWorkflow } from '../../src/modules/demo/demo-workflow';
import { startTestServer, type TestServer } from '../utils/test-server';

// a fixed clock in late November: three quarters are closed, the fourth is under way
const NOW = new Date('2026-11-28T02:00:00Z');

describe('demo workflow data (SQLite)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    await seedDemoData(t.dataSource, 4, NOW);
  });
  afterAll(async () => {
    await t.close();
  });
  const count = async (sql: string): Promise<number> =>
    Number((await t.dataSource.query<Array<{ n: number }>>(sql))[0]?.n ?? 0);

  it('publishes both systems and runs the Genhe cycle of the clock’s year, closed up to the last quarter', async () => {
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
      cycles: Array<{
        name: string;
        year: number;
        taskListKey: string;
        periods: Array<{ label: string; status: string }>;
      }>;
    }>(`{ cycles { name year taskListKey periods { label status } } }`, {}, { token: credit });
    const [cycle] = cycles.data!.cycles;
    expect(cycle).toMatchObject({
      name: '2026年度根河市社会信用体系建设考核',
      year: 2026,
      taskListKey: 'genhe-tasks-2023',
    });
    const byStatus = (status: string) =>
      cycle!.periods.filter((p) => p.status === status).map((p) => p.label);
    expect(byStatus('OPEN')).toEqual(['2026年10月', '2026年11月', '2026年第四季度', '2026年度']);
    expect(byStatus('CLOSED')).toHaveLength(9 + 3);
    expect(byStatus('NOT_OPEN')).toEqual(['2026年12月']);
    // the seed runs once
    expect((await seedDemoWorkflow(t.dataSource, NOW)).seeded).toBe(false);
  });

  it('dates the tasks in the demo year: no 2023 deadline or text is left', async () => {
    expect(await count(`select count(*) n from task_due where dueDate like '2023%'`)).toBe(0);
    expect(await count(`select count(*) n from task_definition where sourceText like '%2023年%'`)).toBe(0);
    expect(await count(`select count(*) n from task_due where dueDate = '2026-08-31'`)).toBeGreaterThan(30);
  });

  it('approves every due item of the closed periods and leaves the open ones in every state', async () => {
    expect(
      await count(
        `select count(*) n from submission s join period p on p.id = s.periodId where p.status = 'CLOSED' and s.state <> 'APPROVED'`,
      ),
    ).toBe(0);
    expect(
      await count(`select count(*) n from task_due d join period p on p.id = d.periodId left join submission s on s.periodId = d.periodId and s.taskId = d.taskId and s.unitId = d.unitId
        join task_definition t on t.id = d.taskId where p.status = 'CLOSED' and t.dataSource = 'UNIT_REPORT' and s.id is null`),
    ).toBe(0);
    const states = await t.dataSource.query<Array<{ state: string }>>(
      `select distinct s.state from submission s join period p on p.id = s.periodId where p.status = 'OPEN'`,
    );
    expect(states.map((s) => s.state).sort()).toEqual([
      'APPROVED',
      'DRAFT',
      'PENDING_APPROVAL',
      'RETURNED',
      'SUBMITTED',
    ]);
    expect(
      await count(
        `select count(*) n from submission where state = 'RETURNED' and (lastReason is null or lastReason = '')`,
      ),
    ).toBe(0);
    expect(await count(`select count(*) n from submission where late = 1`)).toBeGreaterThan(0);
    expect(await count(`select count(*) n from submission where submittedAt > '2026-11-28 02:00:00'`)).toBe(
      0,
    );
  });

  it('publishes the closed quarters with a tie and a grade adjusted for a reason, and raises warnings', async () => {
    const credit = await t.loginAs('credit', DEMO_PASSWORD);
    expect(await count(`select count(*) n from published_result where forced = 0`)).toBe(3);
    const q3 = await t.dataSource.query<Array<{ total: string; rank: number; grade: string | null }>>(
      `select c.total, c.rank, c.grade from score_card c join period p on p.id = c.periodId where c.current = 1 and p.label = '2026年第三季度' order by c.rank`,
    );
    expect(q3).toHaveLength(36);
    const ranks = q3.map((c) => c.rank);
    expect(new Set(ranks).size).toBeLessThan(ranks.length);
    expect(q3.filter((c) => c.grade === 'YELLOW')).toHaveLength(1);
    expect(await count(`select count(*) n from grade_override where reason like '%瞒报%'`)).toBe(1);
    for (const c of q3) expect(Number(c.total)).toBeGreaterThan(40);
    expect(
      await count(`select count(*) n from warning where kind = 'DEADLINE_MISSED' and status = 'OPEN'`),
    ).toBeGreaterThan(0);
    const queue = await t.gql<{ submissions: { totalCount: number } }>(
      `{ submissions(filter: { state: SUBMITTED }) { totalCount } }`,
      {},
      { token: credit },
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.submissions.totalCount).toBeGreaterThan(0);
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
