import { genheTasks2023 } from '@govtrust/indicators';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Period } from '../../src/modules/cycles/period.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import {
  CREATE_CYCLE,
  createGenheUnits,
  findPeriod,
  loginUnitUser,
  type CycleRow,
} from '../utils/workflow-fixtures';

const IMPORT_LIST = `mutation($c: ID!, $p: String!) { importTaskListPreset(cycleId: $c, presetId: $p) { tasks assignments dues } }`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { id status openedAt } }`;
const CLOSE = `mutation($id: ID!) { closePeriod(id: $id) { id status closedAt } }`;
const MY_TASKS = `query($p: ID) { myTasks(periodId: $p) { assignmentId dueDate daysLeft overdue late target submissionState
  task { code title } period { kind index label } } }`;
const UNIT_TASKS = `query($u: ID!, $c: ID!) { unitTasks(unitId: $u, cycleId: $c) { assignmentId task { code } dues } }`;
const PREVIEW = `query($rule: JSON!, $year: Int!) { dueDatePreview(rule: $rule, year: $year) { label periodKind index dueDate } }`;
const SET_DAY = `mutation($input: CalendarOverrideInput!) { setCalendarOverride(input: $input) { date isWorkday reason } }`;
const REMOVE_DAY = `mutation($d: String!) { removeCalendarOverride(date: $d) }`;

interface MyTaskRow {
  dueDate: string | null;
  daysLeft: number | null;
  overdue: boolean;
  late: boolean;
  submissionState: string;
  task: { code: string };
  period: { kind: string; index: number };
}

const genheTaskCount = genheTasks2023.units.reduce((n, u) => n + u.tasks.length, 0);

describe.each(engines)('cycles and task lists on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let units: Map<string, Unit>;
  let cycle: CycleRow;
  let mw: string;
  let fgw: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    // 中国人民银行根河市中心支行 is created later, to see the import refuse an unknown unit code
    units = await createGenheUnits(t.dataSource, ['GH-RMYH']);
    mw = (await loginUnitUser(t, Role.UNIT_SUBMITTER, units.get('GH-MW')!.id)).token;
    fgw = (await loginUnitUser(t, Role.UNIT_SUBMITTER, units.get('GH-FGW')!.id)).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a cycle on an unpublished system version', async () => {
    await t.gql(
      `mutation { importIndicatorSystemPreset(presetId: "genhe-assessment-2023") { id } }`,
      {},
      { token: credit },
    );
    const res = await t.gql(
      CREATE_CYCLE,
      { input: { name: '2023年度考核', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: 1 } },
      { token: credit },
    );
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/尚未发布/);
  });

  it('creates a cycle with month, quarter and year periods from the system and the task list', async () => {
    const draft = await t.gql<{ indicatorSystem: { version: number } }>(
      `{ indicatorSystem(key: "genhe-assessment-2023") { version } }`,
      {},
      { token: credit },
    );
    await t.gql(
      `mutation($v: Int!) { publishIndicatorSystem(key: "genhe-assessment-2023", expectedVersion: $v) { id } }`,
      { v: draft.data!.indicatorSystem.version },
      { token: credit },
    );
    const res = await t.gql<{ createCycle: CycleRow & { requiresApproverSignOff: boolean } }>(
      CREATE_CYCLE,
      {
        input: {
          name: '2023年度根河市社会信用体系建设考核',
          year: 2023,
          systemKey: 'genhe-assessment-2023',
          systemVersion: 1,
          taskListKey: 'genhe-tasks-2023',
        },
      },
      { token: credit },
    );
    expect(res.errors).toBeUndefined();
    cycle = res.data!.createCycle;
    expect(res.data!.createCycle.requiresApproverSignOff).toBe(true);
    expect(cycle.periods.map((p) => `${p.kind}${p.index}`)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `MONTH${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `QUARTER${i + 1}`),
      'YEAR1',
    ]);
    expect(findPeriod(cycle, 'QUARTER', 3).label).toBe('2023年第三季度');
    expect(cycle.periods.every((p) => p.status === 'NOT_OPEN')).toBe(true);
  });

  it('refuses a task list with unknown unit codes, naming them and writing nothing', async () => {
    const res = await t.gql(IMPORT_LIST, { c: cycle.id, p: 'genhe-tasks-2023' }, { token: credit });
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toContain('GH-RMYH');
    expect(res.errors?.[0]?.extensions?.details?.unknownUnitCodes).toEqual(['GH-RMYH']);
    expect(await t.dataSource.getRepository(TaskDefinition).count()).toBe(0);
    expect(await t.dataSource.getRepository(TaskAssignment).count()).toBe(0);
  });

  it('imports the Genhe list for the 36 departments with stored due dates', async () => {
    units.set(
      'GH-RMYH',
      await createUnitFixture(t.dataSource, {
        code: 'GH-RMYH',
        name: '中国人民银行根河市中心支行',
        parentId: units.get('GH')!.id,
      }),
    );
    const unitUser = await t.gql(IMPORT_LIST, { c: cycle.id, p: 'genhe-tasks-2023' }, { token: mw });
    expect(codeOf(unitUser)).toBe('FORBIDDEN');

    const res = await t.gql<{ importTaskListPreset: { tasks: number; assignments: number; dues: number } }>(
      IMPORT_LIST,
      { c: cycle.id, p: 'genhe-tasks-2023' },
      { token: credit },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importTaskListPreset).toMatchObject({
      tasks: genheTaskCount,
      assignments: genheTaskCount,
    });
    expect(await t.dataSource.getRepository(TaskDue).count()).toBe(res.data!.importTaskListPreset.dues);
    const again = await t.gql(IMPORT_LIST, { c: cycle.id, p: 'genhe-tasks-2023' }, { token: credit });
    expect(codeOf(again)).toBe('INVALID_STATE');
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ action: 'IMPORT_TASK_LIST' });
    expect(audit).toHaveLength(1);

    const list = await t.gql<{
      unitTasks: Array<{ task: { code: string }; dues: Array<{ dueDate: string | null }> }>;
    }>(UNIT_TASKS, { u: units.get('GH-MW')!.id, c: cycle.id }, { token: credit });
    const mw01 = list.data!.unitTasks.find((row) => row.task.code === 'GH-MW-01')!;
    expect(mw01.dues).toHaveLength(12);
    // March data is due on 4 April 2023 (a Tuesday)
    expect(mw01.dues.map((d) => d.dueDate)).toContain('2023-04-04');
  });

  it('shows a unit only its own tasks in open periods, overdue first', async () => {
    expect((await t.gql<{ myTasks: MyTaskRow[] }>(MY_TASKS, {}, { token: mw })).data?.myTasks).toEqual([]);
    const march = findPeriod(cycle, 'MONTH', 3);
    const year = findPeriod(cycle, 'YEAR', 1);
    for (const p of [march, year])
      expect((await t.gql(OPEN, { id: p.id }, { token: credit })).errors).toBeUndefined();
    expect(codeOf(await t.gql(OPEN, { id: march.id }, { token: credit }))).toBe('INVALID_STATE');

    const mwTasks = (await t.gql<{ myTasks: MyTaskRow[] }>(MY_TASKS, {}, { token: mw })).data!.myTasks;
    const fgwTasks = (await t.gql<{ myTasks: MyTaskRow[] }>(MY_TASKS, {}, { token: fgw })).data!.myTasks;
    expect(mwTasks.length).toBeGreaterThan(0);
    expect(mwTasks.length).toBeLessThan(fgwTasks.length);
    expect(mwTasks.every((row) => row.task.code.startsWith('GH-MW-'))).toBe(true);
    expect(fgwTasks.every((row) => row.task.code.startsWith('GH-FGW-'))).toBe(true);
    const mw01 = mwTasks.find((row) => row.task.code === 'GH-MW-01')!;
    expect(mw01).toMatchObject({
      dueDate: '2023-04-04',
      overdue: true,
      late: true,
      submissionState: 'NOT_STARTED',
    });
    expect(mw01.daysLeft).toBeLessThan(0);
    // overdue rows first, undated (持续推进) rows last
    const firstNotOverdue = mwTasks.findIndex((row) => !row.overdue);
    expect(mwTasks.slice(firstNotOverdue).every((row) => !row.overdue)).toBe(true);
    expect(mwTasks[mwTasks.length - 1]!.dueDate).toBeNull();

    const onlyMarch = (await t.gql<{ myTasks: MyTaskRow[] }>(MY_TASKS, { p: march.id }, { token: mw })).data!
      .myTasks;
    expect(onlyMarch.every((row) => row.period.kind === 'MONTH' && row.period.index === 3)).toBe(true);
    const closedOne = (
      await t.gql<{ myTasks: MyTaskRow[] }>(MY_TASKS, { p: findPeriod(cycle, 'MONTH', 1).id }, { token: mw })
    ).data!.myTasks;
    expect(closedOne).toEqual([]);
    expect(codeOf(await t.gql(MY_TASKS, {}, { token: credit }))).toBe('FORBIDDEN');
  });

  it('keeps a unit user out of another unit’s task list', async () => {
    const other = await t.gql(UNIT_TASKS, { u: units.get('GH-FGW')!.id, c: cycle.id }, { token: mw });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    const own = await t.gql<{ unitTasks: unknown[] }>(
      UNIT_TASKS,
      { u: units.get('GH-MW')!.id, c: cycle.id },
      { token: mw },
    );
    expect(own.data?.unitTasks.length).toBeGreaterThan(0);
  });

  it('previews due dates with holidays and refuses a malformed rule', async () => {
    const res = await t.gql<{ dueDatePreview: Array<{ label: string; dueDate: string }> }>(
      PREVIEW,
      { rule: { kind: 'MONTHLY', day: 4 }, year: 2023 },
      { token: credit },
    );
    expect(res.data?.dueDatePreview).toHaveLength(12);
    expect(res.data?.dueDatePreview[0]).toMatchObject({ label: '2023年1月', dueDate: '2023-02-06' });
    const bad = await t.gql(PREVIEW, { rule: { kind: 'MONTHLY', day: 40 }, year: 2023 }, { token: credit });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(PREVIEW, { rule: { kind: 'EVAL' }, year: 2023 }, { token: credit }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('moves stored due dates of unclosed periods when the calendar changes, and not of closed ones', async () => {
    const january = findPeriod(cycle, 'MONTH', 1);
    await t.gql(OPEN, { id: january.id }, { token: credit });
    const closed = await t.gql<{ closePeriod: { status: string; closedAt: string } }>(
      CLOSE,
      { id: january.id },
      { token: credit },
    );
    expect(closed.data?.closePeriod.status).toBe('CLOSED');
    const mw01 = await t.dataSource.getRepository(TaskDefinition).findOneByOrFail({ code: 'GH-MW-01' });
    const dueOf = async (periodId: string) =>
      (await t.dataSource.getRepository(TaskDue).findOneByOrFail({ taskId: mw01.id, periodId })).dueDate;
    const march = findPeriod(cycle, 'MONTH', 3);

    const denied = await t.gql(
      SET_DAY,
      { input: { date: '2023-04-04', isWorkday: false, reason: '本地假日' } },
      { token: mw },
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    for (const date of ['2023-04-04', '2023-02-06']) {
      const res = await t.gql(
        SET_DAY,
        { input: { date, isWorkday: false, reason: '本地假日' } },
        { token: credit },
      );
      expect(res.errors).toBeUndefined();
    }
    // 4 April off, 5 April is 清明: due on the 6th; January (closed) keeps 6 February
    expect(await dueOf(march.id)).toBe('2023-04-06');
    expect(await dueOf(january.id)).toBe('2023-02-06');
    const invalid = await t.gql(
      SET_DAY,
      { input: { date: '2023-02-30', isWorkday: true, reason: '错' } },
      { token: credit },
    );
    expect(codeOf(invalid)).toBe('VALIDATION_FAILED');

    expect((await t.gql(REMOVE_DAY, { d: '2023-04-04' }, { token: credit })).data).toEqual({
      removeCalendarOverride: true,
    });
    expect(await dueOf(march.id)).toBe('2023-04-04');
    const overrides = await t.gql<{ calendarOverrides: Array<{ date: string }> }>(
      `{ calendarOverrides(year: 2023) { date } }`,
      {},
      { token: credit },
    );
    expect(overrides.data?.calendarOverrides.map((o) => o.date)).toEqual(['2023-02-06']);
  });

  it('assigns, bulk-assigns by unit class and unassigns', async () => {
    const task = await t.dataSource.getRepository(TaskDefinition).findOneByOrFail({ code: 'GH-MW-04' });
    const extra = await createUnitFixture(t.dataSource, {
      code: 'GH-X1',
      classes: ['PUBLICITY'],
      parentId: units.get('GH')!.id,
    });
    const extra2 = await createUnitFixture(t.dataSource, {
      code: 'GH-X2',
      classes: ['PUBLICITY'],
      parentId: units.get('GH')!.id,
    });
    const ASSIGN = `mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id unitId } }`;
    const first = await t.gql(ASSIGN, { t: task.id, u: extra.id }, { token: credit });
    expect(first.errors).toBeUndefined();
    expect(codeOf(await t.gql(ASSIGN, { t: task.id, u: extra.id }, { token: credit }))).toBe('INVALID_STATE');
    const bulk = await t.gql<{ bulkAssignByUnitClass: Array<{ unitId: string }> }>(
      `mutation($c: ID!, $t: ID!, $k: String!) { bulkAssignByUnitClass(cycleId: $c, taskId: $t, unitClass: $k) { unitId } }`,
      { c: cycle.id, t: task.id, k: 'PUBLICITY' },
      { token: credit },
    );
    expect(bulk.data?.bulkAssignByUnitClass.map((a) => a.unitId)).toEqual([extra2.id]);
    // a quarterly task: four due dates per new unit
    expect(await t.dataSource.getRepository(TaskDue).countBy({ unitId: extra2.id })).toBe(4);
    const UNASSIGN = `mutation($t: ID!, $u: ID!) { unassignTask(taskId: $t, unitId: $u) }`;
    expect(codeOf(await t.gql(UNASSIGN, { t: task.id, u: extra.id }, { token: fgw }))).toBe('FORBIDDEN');
    expect((await t.gql(UNASSIGN, { t: task.id, u: extra.id }, { token: credit })).data).toEqual({
      unassignTask: true,
    });
    expect(await t.dataSource.getRepository(TaskDue).countBy({ unitId: extra.id })).toBe(0);
    expect(await t.dataSource.getRepository(Period).countBy({ cycleId: cycle.id })).toBe(17);
  });
});
