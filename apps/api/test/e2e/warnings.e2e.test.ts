import { In } from 'typeorm';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { chinaDate } from '../../src/modules/calendar/due-dates';
import { SubmissionState } from '../../src/modules/submissions/submission-enums';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { seedDefaultWarningRules } from '../../src/modules/warnings/demo-warning-rules';
import { WarningRule } from '../../src/modules/warnings/warning-rule.entity';
import { Warning } from '../../src/modules/warnings/warning.entity';
import { Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { setSubmissionFixture } from '../utils/warning-fixtures';
import { CREATE_CYCLE, createGenheUnits, findPeriod, loginUnitUser, publishPreset, type CycleRow } from '../utils/workflow-fixtures';

const RULE = `id name kind threshold days indicatorCode enabled severity version cycleId`;
const CREATE_RULE = `mutation($input: CreateWarningRuleInput!) { createWarningRule(input: $input) { ${RULE} } }`;
const UPDATE_RULE = `mutation($input: UpdateWarningRuleInput!) { updateWarningRule(input: $input) { ${RULE} } }`;
const DELETE_RULE = `mutation($id: ID!, $v: Int!) { deleteWarningRule(id: $id, version: $v) }`;
const RULES = `query($c: ID) { warningRules(cycleId: $c) { id kind } }`;
const EVALUATE = `mutation($p: ID!) { evaluateWarnings(periodId: $p) { opened kept resolved scoresEvaluated } }`;
const WARNING = `id kind severity status message unitId taskId periodId note acknowledgedBy canAcknowledge
  unit { name } task { title } period { label }`;
const LIST = `query($filter: WarningFilter, $first: Int) { warnings(filter: $filter, first: $first) { totalCount nodes { ${WARNING} } } }`;
const ACK = `mutation($id: ID!, $note: String) { acknowledgeWarning(id: $id, note: $note) { ${WARNING} } }`;

interface WarningRow {
  id: string;
  kind: string;
  status: string;
  message: string;
  unitId: string;
  taskId: string | null;
  note: string | null;
  canAcknowledge: boolean;
  unit: { name: string };
  task: { title: string } | null;
  period: { label: string };
}

interface Slot {
  unit: Unit;
  taskId: string;
  title: string;
}

describe.each(engines)('warnings on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let leader: string;
  let units: Map<string, Unit>;
  let cycle: CycleRow;
  let march: string;
  let missed: Slot;
  let soon: Slot;
  let returned: Slot;
  let missedUser: string;
  let soonUser: string;

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    units = await createGenheUnits(t.dataSource);
    const version = await publishPreset(t, office, 'genhe-assessment-2023');
    const created = await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度根河市社会信用体系建设考核', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: version, taskListKey: 'genhe-tasks-2023' } },
      { token: office },
    );
    cycle = created.data!.createCycle;
    const imported = await t.gql(
      `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`,
      { c: cycle.id },
      { token: office },
    );
    expect(imported.errors).toBeUndefined();
    march = findPeriod(cycle, 'MONTH', 3).id;
    // three unit-reported tasks of three different units due in March
    const dues = await t.dataSource.getRepository(TaskDue).findBy({ periodId: march });
    const tasks = await t.dataSource.getRepository(TaskDefinition).findBy({ id: In(dues.map((d) => d.taskId)) });
    const unitTasks = new Map(tasks.filter((x) => x.dataSource === 'UNIT_REPORT').map((x) => [x.id, x]));
    const unitById = new Map([...units.values()].map((u) => [u.id, u]));
    const slots: Slot[] = [];
    for (const due of dues) {
      const task = unitTasks.get(due.taskId);
      if (!task || !due.dueDate || slots.some((s) => s.unit.id === due.unitId)) continue;
      slots.push({ unit: unitById.get(due.unitId)!, taskId: task.id, title: task.title });
    }
    expect(slots.length).toBeGreaterThanOrEqual(3);
    [missed, soon, returned] = slots as [Slot, Slot, Slot];
    // the second slot falls due in two days (China date)
    const inTwoDays = chinaDate(new Date(Date.now() + 2 * 24 * 3_600_000));
    await t.dataSource.getRepository(TaskDue).update({ periodId: march, unitId: soon.unit.id, taskId: soon.taskId }, { dueDate: inTwoDays });
    await setSubmissionFixture(t.dataSource, { unitId: returned.unit.id, taskId: returned.taskId, periodId: march }, SubmissionState.RETURNED, {
      submittedAt: new Date(Date.now() - 10 * 24 * 3_600_000),
      returnedDaysAgo: 5,
      actorId: t.accountFor(Role.CREDIT_OFFICE)!.id,
    });
    missedUser = (await loginUnitUser(t, Role.UNIT_SUBMITTER, missed.unit.id)).token;
    soonUser = (await loginUnitUser(t, Role.UNIT_APPROVER, soon.unit.id)).token;
  });
  afterAll(async () => {
    await t.close();
  });

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const list = async (filter: Record<string, unknown>, token = office) =>
    ok(await t.gql<{ warnings: { totalCount: number; nodes: WarningRow[] } }>(LIST, { filter, first: 100 }, { token })).warnings;
  const find = async (slot: Slot, kind: string, token = office) =>
    (await list({ periodId: march, unitId: slot.unit.id, kind }, token)).nodes.filter((w) => w.taskId === slot.taskId);

  describe('rules', () => {
    it('creates the rules (audited), refuses other roles, checks parameters and versions', async () => {
      const denied = await t.gql(CREATE_RULE, { input: { name: '逾期', kind: 'DEADLINE_MISSED' } }, { token: leader });
      expect(codeOf(denied)).toBe('FORBIDDEN');
      const noDays = await t.gql(CREATE_RULE, { input: { name: '将到期', kind: 'DEADLINE_WITHIN' } }, { token: office });
      expect(codeOf(noDays)).toBe('VALIDATION_FAILED');
      expect(noDays.errors?.[0]?.message).toContain('请填写天数');

      const rules = [
        { name: '逾期未报送', kind: 'DEADLINE_MISSED', severity: 'HIGH' },
        { name: '3天内到期', kind: 'DEADLINE_WITHIN', days: 3, severity: 'LOW', cycleId: cycle.id },
        { name: '退回未重报', kind: 'RETURNED_NOT_RESUBMITTED', days: 1 },
      ];
      for (const input of rules) ok(await t.gql(CREATE_RULE, { input }, { token: office }));
      const listed = ok(await t.gql<{ warningRules: Array<{ kind: string }> }>(RULES, { c: cycle.id }, { token: leader }));
      expect(listed.warningRules.map((r) => r.kind).sort()).toEqual(['DEADLINE_MISSED', 'DEADLINE_WITHIN', 'RETURNED_NOT_RESUBMITTED']);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ entity: 'WarningRule', action: 'CREATE' })).toBe(3);
    });

    it('updates with a version check and deletes', async () => {
      const rule = ok(await t.gql<{ createWarningRule: { id: string; version: number } }>(
        CREATE_RULE, { input: { name: '总分低于60分', kind: 'TOTAL_BELOW', threshold: '60' } }, { token: office },
      )).createWarningRule;
      const updated = ok(await t.gql<{ updateWarningRule: { threshold: string; version: number } }>(
        UPDATE_RULE, { input: { id: rule.id, version: rule.version, threshold: '65.5', enabled: false } }, { token: office },
      )).updateWarningRule;
      expect(updated.threshold).toBe('65.5');
      const stale = await t.gql(UPDATE_RULE, { input: { id: rule.id, version: rule.version, name: '改名' } }, { token: office });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(ok(await t.gql(DELETE_RULE, { id: rule.id, v: updated.version }, { token: office }))).toEqual({ deleteWarningRule: true });
    });
  });

  describe('deadline evaluation', () => {
    it('raises DEADLINE_MISSED exactly once after two evaluations, with a specific Chinese message', async () => {
      const first = ok(await t.gql<{ evaluateWarnings: { opened: number; scoresEvaluated: boolean } }>(EVALUATE, { p: march }, { token: office }));
      expect(first.evaluateWarnings.opened).toBeGreaterThan(0);
      const second = ok(await t.gql<{ evaluateWarnings: { opened: number; kept: number } }>(EVALUATE, { p: march }, { token: office }));
      expect(second.evaluateWarnings.opened).toBe(0);
      expect(second.evaluateWarnings.kept).toBe(first.evaluateWarnings.opened);

      const rows = await find(missed, 'DEADLINE_MISSED');
      expect(rows).toHaveLength(1);
      const label = findPeriod(cycle, 'MONTH', 3).label;
      expect(rows[0]!.message).toMatch(new RegExp(`^「${missed.unit.name}」${label}「.+」已逾期\\d+天未报送`));
      expect(rows[0]).toMatchObject({ status: 'OPEN', unit: { name: missed.unit.name }, task: { title: missed.title }, period: { label } });
      expect(await t.dataSource.getRepository(Warning).countBy({ periodId: march, unitId: missed.unit.id, taskId: missed.taskId })).toBe(1);
    });

    it('warns of a deadline within N days instead of a missed one', async () => {
      const rows = await find(soon, 'DEADLINE_WITHIN');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.message).toContain('还剩2天');
      expect(await find(soon, 'DEADLINE_MISSED')).toHaveLength(0);
    });

    it('warns of a returned submission not resubmitted within N days', async () => {
      const rows = await find(returned, 'RETURNED_NOT_RESUBMITTED');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.message).toContain('已5天未重新报送');
      expect(await find(returned, 'DEADLINE_MISSED')).toHaveLength(0);
    });

    it('refuses evaluation to roles without SCORE_COMPUTE', async () => {
      expect(codeOf(await t.gql(EVALUATE, { p: march }, { token: leader }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(EVALUATE, { p: march }, { token: missedUser }))).toBe('FORBIDDEN');
    });
  });

  describe('reading and acknowledging', () => {
    it('shows a unit user only its own unit, whatever the filter', async () => {
      const own = await list({ periodId: march }, missedUser);
      expect(own.totalCount).toBeGreaterThan(0);
      expect(new Set(own.nodes.map((w) => w.unitId))).toEqual(new Set([missed.unit.id]));
      const other = await list({ unitId: soon.unit.id }, missedUser);
      expect(other.nodes.every((w) => w.unitId === missed.unit.id)).toBe(true);
      const all = await list({ periodId: march }, leader);
      expect(new Set(all.nodes.map((w) => w.unitId)).size).toBeGreaterThan(1);
    });

    it('lets a unit user acknowledge its own warning with a note only', async () => {
      const [warning] = await find(missed, 'DEADLINE_MISSED', missedUser);
      expect(warning!.canAcknowledge).toBe(true);
      const noNote = await t.gql(ACK, { id: warning!.id }, { token: missedUser });
      expect(codeOf(noNote)).toBe('VALIDATION_FAILED');
      const acked = ok(await t.gql<{ acknowledgeWarning: WarningRow }>(ACK, { id: warning!.id, note: '经办人休假，本周内补报' }, { token: missedUser }));
      expect(acked.acknowledgeWarning).toMatchObject({ status: 'ACKNOWLEDGED', note: '经办人休假，本周内补报', canAcknowledge: false });
      expect(codeOf(await t.gql(ACK, { id: warning!.id, note: '再次' }, { token: missedUser }))).toBe('INVALID_STATE');
      const audit = await t.dataSource.getRepository(AuditLog).findOneBy({ entity: 'Warning', entityId: warning!.id, action: 'ACKNOWLEDGE' });
      expect(audit?.unitId).toBe(missed.unit.id);

      const [foreign] = await find(soon, 'DEADLINE_WITHIN');
      const denied = await t.gql(ACK, { id: foreign!.id, note: '不是本单位' }, { token: missedUser });
      expect(codeOf(denied)).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ACK, { id: foreign!.id, note: 'x' }, { token: leader }))).toBe('FORBIDDEN');
      const byOffice = ok(await t.gql<{ acknowledgeWarning: WarningRow }>(ACK, { id: foreign!.id }, { token: office }));
      expect(byOffice.acknowledgeWarning.status).toBe('ACKNOWLEDGED');
      // the soon unit's approver still sees it, acknowledged
      expect((await find(soon, 'DEADLINE_WITHIN', soonUser))[0]!.status).toBe('ACKNOWLEDGED');
    });

    it('resolves a warning once its condition no longer holds, and keeps one row', async () => {
      await setSubmissionFixture(t.dataSource, { unitId: missed.unit.id, taskId: missed.taskId, periodId: march }, SubmissionState.SUBMITTED, {
        submittedAt: new Date(),
        actorId: t.accountFor(Role.CREDIT_OFFICE)!.id,
      });
      const result = ok(await t.gql<{ evaluateWarnings: { resolved: number } }>(EVALUATE, { p: march }, { token: office }));
      expect(result.evaluateWarnings.resolved).toBe(1);
      const rows = await find(missed, 'DEADLINE_MISSED');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe('RESOLVED');
      expect((await list({ periodId: march, status: 'RESOLVED' })).nodes.map((w) => w.id)).toContain(rows[0]!.id);
    });

    it('seeds the default rules once (demo)', async () => {
      await t.dataSource.getRepository(WarningRule).clear();
      expect(await seedDefaultWarningRules(t.dataSource)).toBe(6);
      expect(await seedDefaultWarningRules(t.dataSource)).toBe(0);
      const kinds = (await t.dataSource.getRepository(WarningRule).find()).map((r) => r.kind).sort();
      expect(kinds).toEqual(['DEADLINE_MISSED', 'DEADLINE_WITHIN', 'DROP_MORE_THAN', 'INDICATOR_AT_ZERO', 'RETURNED_NOT_RESUBMITTED', 'TOTAL_BELOW']);
    });

    it('evaluates every open period in the daily run', async () => {
      await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: march }, { token: office });
      const evaluated = await t.api.services.warnings.evaluateAllOpenPeriods(new Date());
      expect(evaluated).toBe(1);
    });
  });
});
