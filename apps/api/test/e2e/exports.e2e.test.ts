import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { SubmissionState } from '../../src/modules/submissions/submission-enums';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { Role } from '../utils/fixtures';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { setSubmissionFixture } from '../utils/warning-fixtures';
import { CREATE_CYCLE, createGenheUnits, findPeriod, loginUnitUser, publishPreset, type CycleRow } from '../utils/workflow-fixtures';

async function download(t: TestServer, path: string, token: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe.each(engines)('XLSX exports on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let leader: string;
  let evaluator: string;
  let unitUser: string;
  let cycle: CycleRow;
  let march: string;
  let label: string;
  /** the unit whose tasks are: first on time, second late, the rest missing; renamed to a formula */
  let target: Unit;
  let expected: number;

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    evaluator = await t.loginAs(Role.EVALUATOR);
    const units = await createGenheUnits(t.dataSource);
    const version = await publishPreset(t, office, 'genhe-assessment-2023');
    cycle = (await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度根河市社会信用体系建设考核', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: version, taskListKey: 'genhe-tasks-2023' } },
      { token: office },
    )).data!.createCycle;
    await t.gql(`mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`, { c: cycle.id }, { token: office });
    march = findPeriod(cycle, 'MONTH', 3).id;
    label = findPeriod(cycle, 'MONTH', 3).label;
    const dues = await t.dataSource.getRepository(TaskDue).findBy({ periodId: march });
    const tasks = await t.dataSource.getRepository(TaskDefinition).findBy({ id: In(dues.map((d) => d.taskId)) });
    const reported = new Set(tasks.filter((x) => x.dataSource === 'UNIT_REPORT').map((x) => x.id));
    // the unit with the most unit-reported tasks due in March
    const perUnit = new Map<string, string[]>();
    for (const d of dues) if (reported.has(d.taskId) && d.dueDate) perUnit.set(d.unitId, [...(perUnit.get(d.unitId) ?? []), d.taskId]);
    const [unitId, taskIds] = [...perUnit].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(taskIds.length).toBeGreaterThanOrEqual(2);
    expected = taskIds.length;
    target = [...units.values()].find((u) => u.id === unitId)!;
    await t.dataSource.getRepository(Unit).update({ id: unitId }, { name: '=cmd|" /C calc"!A0' });
    const actorId = t.accountFor(Role.CREDIT_OFFICE)!.id;
    await setSubmissionFixture(t.dataSource, { unitId, taskId: taskIds[0]!, periodId: march }, SubmissionState.SUBMITTED, { submittedAt: new Date('2023-04-01T02:00:00Z'), actorId });
    const late = await setSubmissionFixture(t.dataSource, { unitId, taskId: taskIds[1]!, periodId: march }, SubmissionState.RETURNED, {
      submittedAt: new Date('2023-04-20T02:00:00Z'),
      returnedDaysAgo: 3,
      actorId,
    });
    await t.dataSource.getRepository(Submission).update({ id: late.id }, { late: true, lateDays: 9 });
    unitUser = (await loginUnitUser(t, Role.UNIT_SUBMITTER, unitId)).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports completion per unit with Chinese headers, a frozen header, rates and escaped text', async () => {
    const res = await download(t, `/files/exports/completion.xlsx?periodId=${march}`, leader);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    expect(decodeURIComponent(res.disposition ?? '')).toContain(`${label}任务完成情况.xlsx`);
    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['按单位', '按任务', '迟报漏报明细']);
    const sheet = wb.getWorksheet('按单位')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const rows = rowsOf(sheet);
    expect(String(rows[0]![0])).toContain(`${label}任务完成情况及报送及时性`);
    expect(rows[1]).toEqual(['单位编码', '单位名称', '应报事项', '按时报送', '迟报', '逾期未报', '未到期未报', '被退回', '及时率']);
    const row = rows.find((r) => r[0] === target.code)!;
    expect(row[1]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row.slice(2, 8)).toEqual([expected, 1, 1, expected - 2, 0, 1]);
    expect(row[8]).toBeCloseTo(1 / expected, 6);
    const rowNumber = rows.indexOf(row) + 1;
    expect(sheet.getRow(rowNumber).getCell(9).numFmt).toBe('0.00%');
    expect(sheet.getColumn(2).width).toBe(28);

    const detail = rowsOf(wb.getWorksheet('迟报漏报明细')!).filter((r) => r[0] === `'=cmd|" /C calc"!A0`);
    expect(detail.map((r) => r[4]).sort()).toEqual([...Array(expected - 2).fill('逾期未报'), '迟报'].sort());
    expect(detail.find((r) => r[4] === '迟报')![5]).toBe(9);
  });

  it('lets the office and the evaluator export too, and refuses unit users with 403', async () => {
    expect((await download(t, `/files/exports/completion.xlsx?periodId=${march}`, office)).status).toBe(200);
    expect((await download(t, `/files/exports/completion.xlsx?periodId=${march}`, evaluator)).status).toBe(200);
    const denied = await download(t, `/files/exports/completion.xlsx?periodId=${march}`, unitUser);
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.body.toString('utf8'))).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const anonymous = await fetch(`${t.url}/files/exports/completion.xlsx?periodId=${march}`);
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 for an unknown export and 400 without a period', async () => {
    expect((await download(t, `/files/exports/secrets.xlsx?periodId=${march}`, leader)).status).toBe(404);
    expect((await download(t, `/files/exports/completion.xlsx`, leader)).status).toBe(400);
  });

  it('exports the warnings list', async () => {
    await t.gql(`mutation { createWarningRule(input: { name: "逾期未报送", kind: DEADLINE_MISSED, severity: HIGH }) { id } }`, {}, { token: office });
    await t.gql(`mutation($p: ID!) { evaluateWarnings(periodId: $p) { opened } }`, { p: march }, { token: office });
    const res = await download(t, `/files/exports/warnings.xlsx?periodId=${march}`, leader);
    expect(res.status).toBe(200);
    const sheet = (await readWorkbook(res.body)).getWorksheet('预警清单')!;
    const rows = rowsOf(sheet);
    expect(rows[1]).toEqual(['级别', '类型', '单位编码', '单位名称', '预警内容', '状态', '确认说明', '发现日期']);
    const own = rows.filter((r) => r[2] === target.code);
    expect(own).toHaveLength(expected - 2);
    expect(own[0]!.slice(0, 2)).toEqual(['严重', '逾期未报送']);
    // the message starts with 「, the unit name cell is escaped
    expect(own[0]![3]).toBe(`'=cmd|" /C calc"!A0`);
    expect(String(own[0]![4])).toMatch(/^「=cmd/);
  });
});
