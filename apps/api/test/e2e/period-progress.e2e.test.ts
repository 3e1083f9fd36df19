import { randomUUID } from 'node:crypto';
import { chinaDate } from '../../src/modules/calendar/due-dates';
import { SubmissionAuthor, SubmissionState } from '../../src/modules/submissions/submission-enums';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { countStatements } from '../utils/statement-count';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, publishPreset, type CycleRow } from '../utils/workflow-fixtures';

const SUMMARY = `query($p: ID!) { periodProgress(periodId: $p) {
  periodId units expected submitted approved returned missing overdue today deadlines { dueDate tasks open } } }`;
const UNITS = `query($p: ID!, $first: Int, $after: String, $offset: Int, $search: String, $out: Boolean) {
  unitProgress(periodId: $p, first: $first, after: $after, offset: $offset, search: $search, outstandingOnly: $out) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { unitId unitName unitCode expected submitted approved returned missing overdue } } }`;

interface UnitRow {
  unitName: string;
  expected: number;
  submitted: number;
  approved: number;
  returned: number;
  missing: number;
  overdue: number;
}
interface UnitsResult {
  unitProgress: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: UnitRow[] };
}

const day = (offsetDays: number) => chinaDate(new Date(Date.now() + offsetDays * 86_400_000));

/**
 * Four units' dues in one period, with submissions in every state, written as rows (the workflow
 * that produces them has its own tests): 甲 all approved; 乙 one returned, one draft (missing,
 * overdue), one never started (missing, not yet due); 丙 waiting for its approver (missing,
 * overdue) and one submitted; 丁 archived, so left out.
 */
describe.each(engines)('reporting progress per period, counted by the database, on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let periodId: string;
  let otherPeriodId: string;
  const past = day(-3);
  const future = day(10);

  async function ok<T>(query: string, variables: Record<string, unknown>, token = office): Promise<T> {
    const res: GqlResult<T> = await t.gql<T>(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const version = await publishPreset(t, office, 'nmg-quarterly-2022');
    const cycle = (await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: '2026年度报送进度测试', year: 2026, systemKey: 'nmg-quarterly-2022', systemVersion: version, requiresApproverSignOff: true },
    })).createCycle;
    periodId = findPeriod(cycle, 'QUARTER', 4).id;
    otherPeriodId = findPeriod(cycle, 'QUARTER', 3).id;
    const names = ['进度部门甲', '进度部门乙', '进度部门丙', '进度部门丁'];
    const units: Unit[] = [];
    for (const [i, name] of names.entries()) units.push(await createUnitFixture(t.dataSource, { code: `PG-${i}`, name }));
    await t.dataSource.getRepository(Unit).update({ id: units[3]!.id }, { archivedAt: new Date() });

    const dues = t.dataSource.getRepository(TaskDue);
    const submissions = t.dataSource.getRepository(Submission);
    const due = (unit: Unit, dueDate: string | null, state: SubmissionState | null, period = periodId) => async () => {
      const taskId = randomUUID();
      const assignmentId = randomUUID();
      await dues.save(dues.create({ assignmentId, periodId: period, unitId: unit.id, taskId, dueDate }));
      if (state) {
        await submissions.save(submissions.create({
          unitId: unit.id, taskId, assignmentId, periodId: period, state, values: {}, evidenceIds: [], submittedAt: null,
          late: false, lateDays: 0, lateWorkingDays: 0, returnCount: 0, authorRole: SubmissionAuthor.UNIT, authorId: null, lastReason: null,
        }));
      }
    };
    const [甲, 乙, 丙, 丁] = units as [Unit, Unit, Unit, Unit];
    for (const step of [
      due(甲, past, SubmissionState.APPROVED),
      due(甲, past, SubmissionState.APPROVED),
      due(乙, past, SubmissionState.RETURNED),
      due(乙, past, SubmissionState.DRAFT),
      due(乙, future, null),
      due(丙, past, SubmissionState.PENDING_APPROVAL),
      due(丙, null, SubmissionState.SUBMITTED),
      due(丁, past, null),
      // another period's dues and submissions do not count
      due(乙, past, null, otherPeriodId),
    ]) await step();
  });

  afterAll(async () => {
    await t.close();
  });

  it('sums the period: expected, sent, approved, returned, missing, overdue, deadlines', async () => {
    const summary = (await ok<{ periodProgress: Record<string, unknown> }>(SUMMARY, { p: periodId })).periodProgress;
    expect(summary).toEqual({
      periodId,
      units: 3,
      expected: 7,
      submitted: 4,
      approved: 2,
      returned: 1,
      missing: 3,
      overdue: 2,
      today: day(0),
      deadlines: [
        { dueDate: past, tasks: 5, open: 2 },
        { dueDate: future, tasks: 1, open: 1 },
      ],
    });
  });

  it('lists units with the most outstanding work first, searchable and paged', async () => {
    const all = (await ok<UnitsResult>(UNITS, { p: periodId })).unitProgress;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((r) => [r.unitName, r.expected, r.submitted, r.approved, r.returned, r.missing, r.overdue])).toEqual([
      ['进度部门乙', 3, 1, 0, 1, 2, 1],
      ['进度部门丙', 2, 1, 0, 0, 1, 1],
      ['进度部门甲', 2, 2, 2, 0, 0, 0],
    ]);
    const outstanding = (await ok<UnitsResult>(UNITS, { p: periodId, out: true })).unitProgress;
    expect(outstanding.nodes.map((r) => r.unitName)).toEqual(['进度部门乙', '进度部门丙']);
    const byCode = (await ok<UnitsResult>(UNITS, { p: periodId, search: 'PG-2' })).unitProgress;
    expect([byCode.totalCount, byCode.nodes.map((r) => r.unitName)]).toEqual([1, ['进度部门丙']]);

    const first = (await ok<UnitsResult>(UNITS, { p: periodId, first: 2 })).unitProgress;
    expect([first.nodes.length, first.pageInfo.hasNextPage]).toEqual([2, true]);
    const next = (await ok<UnitsResult>(UNITS, { p: periodId, first: 2, after: first.pageInfo.endCursor })).unitProgress;
    expect([next.nodes.map((r) => r.unitName), next.pageInfo.hasNextPage]).toEqual([['进度部门甲'], false]);
    const jumped = (await ok<UnitsResult>(UNITS, { p: periodId, first: 2, offset: 2 })).unitProgress;
    expect(jumped.nodes.map((r) => r.unitName)).toEqual(['进度部门甲']);
    const beyond = (await ok<UnitsResult>(UNITS, { p: periodId, offset: 9 })).unitProgress;
    expect([beyond.totalCount, beyond.nodes]).toEqual([3, []]);
  });

  it('refuses units, unknown periods and bad paging with typed errors', async () => {
    const unitUser = await t.loginAs(Role.UNIT_SUBMITTER);
    expect(codeOf(await t.gql(SUMMARY, { p: periodId }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UNITS, { p: periodId }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SUMMARY, { p: randomUUID() }, { token: office }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UNITS, { p: periodId, after: 'eA', offset: 1 }, { token: office }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(UNITS, { p: periodId, after: 'bm9wZQ' }, { token: office }))).toBe('VALIDATION_FAILED');
  });

  it('reads a period in a constant number of statements, however many units it has', async () => {
    expect(await countStatements(t.dataSource, () => ok(SUMMARY, { p: periodId }))).toBeLessThanOrEqual(3);
    expect(await countStatements(t.dataSource, () => ok(UNITS, { p: periodId, first: 100 }))).toBeLessThanOrEqual(2);
  });
});
