import { randomUUID } from 'node:crypto';
import { Unit } from '../../src/modules/units/unit.entity';
import { cadenceOf } from '../../src/modules/task-matrix/task-matrix.service';
import { Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { countStatements } from '../utils/statement-count';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, createGenheUnits, findPeriod, publishPreset, type CycleRow } from '../utils/workflow-fixtures';

const MATRIX = `query($c: ID!, $p: ID, $first: Int, $after: String, $offset: Int, $search: String) {
  taskMatrix(cycleId: $c, periodId: $p, first: $first, after: $after, offset: $offset, search: $search) {
    totalCount assignedUnits unitTotal assignments pageInfo { hasNextPage endCursor }
    nodes { unitId unitName unitCode tasks monthly quarterly annual once continuous inPeriod } } }`;
const UNIT_TASKS = `query($c: ID!, $u: ID!) { unitTasks(cycleId: $c, unitId: $u) { dues task { deadline } } }`;

interface Row {
  unitId: string;
  unitName: string;
  unitCode: string;
  tasks: number;
  monthly: number;
  quarterly: number;
  annual: number;
  once: number;
  continuous: number;
  inPeriod: number;
}
interface MatrixResult {
  taskMatrix: {
    totalCount: number;
    assignedUnits: number;
    unitTotal: number;
    assignments: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Row[];
  };
}

describe.each(engines)('the units × tasks matrix paged by the database on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let cycle: CycleRow;
  let march: string;

  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res: GqlResult<T> = await t.gql<T>(query, variables, { token: office });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const matrix = async (variables: Record<string, unknown>) => (await ok<MatrixResult>(MATRIX, { c: cycle.id, ...variables })).taskMatrix;

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const units = await createGenheUnits(t.dataSource);
    const version = await publishPreset(t, office, 'genhe-assessment-2023');
    cycle = (await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: '2023年度任务矩阵测试', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: version, taskListKey: 'genhe-tasks-2023', requiresApproverSignOff: false },
    })).createCycle;
    await ok(`mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`, { c: cycle.id });
    // a department archived after the import is no longer listed
    await t.dataSource.getRepository(Unit).update({ id: units.get('GH-FGW')!.id }, { archivedAt: new Date() });
    // class tags for 按分类批量分配 (the archived one's are not counted)
    const tag = (code: string, classes: string[]) => t.dataSource.getRepository(Unit).update({ id: units.get(code)!.id }, { classes });
    await tag('GH-JTJ', ['A类部门']);
    await tag('GH-GAJ', ['A类部门', '重点部门']);
    await tag('GH-FGW', ['A类部门']);
    march = findPeriod(cycle, 'MONTH', 3).id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('counts every unit\'s tasks by cadence and due in a period exactly as its own task list says', async () => {
    const page = await matrix({ p: march, first: 100 });
    expect(page.totalCount).toBe(35);
    expect(page.unitTotal).toBe(35);
    expect(page.nodes).toHaveLength(35);
    expect(page.nodes.map((r) => r.unitCode)).toEqual([...page.nodes.map((r) => r.unitCode)].sort());
    expect(page.nodes.some((r) => r.unitCode === 'GH-FGW')).toBe(false);
    let assignments = 0;
    for (const row of page.nodes) {
      const tasks = (await ok<{ unitTasks: Array<{ dues: Array<{ periodId: string }>; task: { deadline: { kind: string } } }> }>(UNIT_TASKS, { c: cycle.id, u: row.unitId })).unitTasks;
      const expected = { monthly: 0, quarterly: 0, annual: 0, once: 0, continuous: 0 };
      for (const task of tasks) expected[cadenceOf(task.task.deadline as never)] += 1;
      expect({ unit: row.unitCode, tasks: row.tasks, monthly: row.monthly, quarterly: row.quarterly, annual: row.annual, once: row.once, continuous: row.continuous, inPeriod: row.inPeriod }).toEqual({
        unit: row.unitCode,
        tasks: tasks.length,
        ...expected,
        inPeriod: tasks.filter((task) => task.dues.some((d) => d.periodId === march)).length,
      });
      assignments += row.tasks;
    }
    expect(page.assignments).toBe(assignments);
    expect(page.assignedUnits).toBe(page.nodes.filter((r) => r.tasks > 0).length);
    expect(page.nodes.some((r) => r.monthly > 0) && page.nodes.some((r) => r.continuous > 0)).toBe(true);
    expect(page.nodes.reduce((n, r) => n + r.inPeriod, 0)).toBeGreaterThan(0);
    // without a period nothing is "due in it"
    expect((await matrix({ first: 100 })).nodes.every((r) => r.inPeriod === 0)).toBe(true);
  });

  it('pages by cursor or offset, searches by code or name, and keeps the totals of the whole cycle', async () => {
    const all = (await matrix({ first: 100 })).nodes.map((r) => r.unitCode);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: MatrixResult['taskMatrix'] = await matrix({ first: 10, after });
      seen.push(...page.nodes.map((r) => r.unitCode));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect((await matrix({ first: 10, offset: 30 })).nodes.map((r) => r.unitCode)).toEqual(all.slice(30));
    const byName = await matrix({ search: '教体局' });
    expect([byName.totalCount, byName.nodes.map((r) => r.unitName)]).toEqual([1, ['市教体局']]);
    expect(byName.unitTotal).toBe(35);
    const byCode = await matrix({ search: 'gh-jtj' });
    expect(byCode.nodes.map((r) => r.unitCode)).toEqual(['GH-JTJ']);
    const none = await matrix({ search: '%' });
    expect([none.totalCount, none.nodes]).toEqual([0, []]);
  });

  it('refuses unit accounts, unknown cycles and bad paging with typed errors', async () => {
    const unitUser = await t.loginAs(Role.UNIT_SUBMITTER);
    expect(codeOf(await t.gql(MATRIX, { c: cycle.id }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(MATRIX, { c: randomUUID() }, { token: office }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(MATRIX, { c: cycle.id, offset: -1 }, { token: office }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(MATRIX, { c: cycle.id, first: 500 }, { token: office }))).toBe('VALIDATION_FAILED');
  });

  it('lists one task\'s units with whether each has it, per class what is missing, and counts per task', async () => {
    const UNITS_OF = `query($t: ID!, $first: Int, $offset: Int, $search: String, $assigned: Boolean) {
      taskUnits(taskId: $t, first: $first, offset: $offset, search: $search, assigned: $assigned) {
        totalCount assignedCount unitTotal nodes { unitId unitCode unitName classes assigned } } }`;
    const counted = (await ok<{ taskAssignedCounts: Array<{ taskId: string; units: number }> }>(
      `query($c: ID!) { taskAssignedCounts(cycleId: $c) { taskId units } }`, { c: cycle.id },
    )).taskAssignedCounts;
    const countOf = new Map(counted.map((c) => [c.taskId, c.units]));
    const tasks = (await ok<{ cycleTasks: Array<{ id: string; code: string }> }>(`query($c: ID!) { cycleTasks(cycleId: $c) { id code } }`, { c: cycle.id }))
      .cycleTasks.map((task) => ({ ...task, assignedUnitCount: countOf.get(task.id) ?? 0 }));
    const matrixRows = (await matrix({ first: 100 })).nodes;
    const holders = new Map<string, Set<string>>();
    for (const row of matrixRows) {
      for (const task of (await ok<{ unitTasks: Array<{ task: { id: string } }> }>(`query($c: ID!, $u: ID!) { unitTasks(cycleId: $c, unitId: $u) { task { id } } }`, { c: cycle.id, u: row.unitId })).unitTasks) {
        holders.set(task.task.id, (holders.get(task.task.id) ?? new Set()).add(row.unitId));
      }
    }
    // GH-FGW (archived) still holds its tasks but is not counted
    for (const task of tasks) expect([task.code, task.assignedUnitCount]).toEqual([task.code, holders.get(task.id)?.size ?? 0]);

    const task = tasks.find((t) => t.assignedUnitCount > 0)!;
    const all = (await ok<{ taskUnits: { totalCount: number; assignedCount: number; unitTotal: number; nodes: Array<{ unitId: string; unitName: string; classes: string[]; assigned: boolean }> } }>(UNITS_OF, { t: task.id, first: 100 })).taskUnits;
    expect([all.totalCount, all.unitTotal, all.assignedCount]).toEqual([matrixRows.length, matrixRows.length, task.assignedUnitCount]);
    expect(all.nodes.filter((n) => n.assigned).map((n) => n.unitId).sort()).toEqual([...holders.get(task.id)!].sort());
    const onlyAssigned = (await ok<{ taskUnits: { totalCount: number; nodes: Array<{ assigned: boolean }> } }>(UNITS_OF, { t: task.id, assigned: true })).taskUnits;
    expect([onlyAssigned.totalCount, onlyAssigned.nodes.every((n) => n.assigned)]).toEqual([task.assignedUnitCount, true]);
    const notYet = (await ok<{ taskUnits: { totalCount: number } }>(UNITS_OF, { t: task.id, assigned: false })).taskUnits;
    expect(notYet.totalCount).toBe(matrixRows.length - task.assignedUnitCount);
    const found = (await ok<{ taskUnits: { nodes: Array<{ unitName: string }> } }>(UNITS_OF, { t: task.id, search: '教体局' })).taskUnits;
    expect(found.nodes.map((n) => n.unitName)).toEqual(['市教体局']);

    const classes = (await ok<{ taskClassCounts: Array<{ unitClass: string; units: number; missing: number }> }>(`query($t: ID!) { taskClassCounts(taskId: $t) { unitClass units missing } }`, { t: task.id })).taskClassCounts;
    const everyUnit = (await t.dataSource.getRepository(Unit).find()).filter((u) => !u.archivedAt);
    const expected = new Map<string, { units: number; missing: number }>();
    for (const unit of everyUnit) {
      for (const unitClass of unit.classes) {
        const c = expected.get(unitClass) ?? { units: 0, missing: 0 };
        c.units += 1;
        if (!holders.get(task.id)!.has(unit.id)) c.missing += 1;
        expected.set(unitClass, c);
      }
    }
    expect(classes.length).toBeGreaterThan(0);
    expect(Object.fromEntries(classes.map((c) => [c.unitClass, { units: c.units, missing: c.missing }]))).toEqual(Object.fromEntries(expected));

    const unitUser = await t.loginAs(Role.UNIT_SUBMITTER);
    expect(codeOf(await t.gql(UNITS_OF, { t: task.id }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`query($t: ID!) { taskClassCounts(taskId: $t) { unitClass } }`, { t: task.id }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UNITS_OF, { t: randomUUID() }, { token: office }))).toBe('NOT_FOUND');
  });

  it('reads a page in a constant number of statements', async () => {
    const small = await countStatements(t.dataSource, () => matrix({ p: march, first: 5 }));
    expect(await countStatements(t.dataSource, () => matrix({ p: march, first: 100 }))).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });

});
