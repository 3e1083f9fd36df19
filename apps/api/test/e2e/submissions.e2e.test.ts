import { chinaDate } from '../../src/modules/calendar/due-dates';
import { calendarDaysAfter, WorkingCalendar } from '../../src/modules/calendar/working-calendar';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { LockException } from '../../src/modules/cycles/lock-exception.entity';
import { SubmissionTransition } from '../../src/modules/submissions/submission-transition.entity';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import {
  CREATE_CYCLE,
  createEvidenceFixture,
  createGenheUnits,
  findPeriod,
  loginStaff,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from '../utils/workflow-fixtures';

const SUBMISSION = `id state version values evidenceIds late lateDays lateWorkingDays submittedAt returnCount lastReason authorRole unitId`;
const SAVE = `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${SUBMISSION} } }`;
const SUBMIT = `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { ${SUBMISSION} } }`;
const SIGN_OFF = `mutation($input: SubmissionActionInput!) { approverSignOff(input: $input) { ${SUBMISSION} } }`;
const REJECT = `mutation($input: SubmissionReasonInput!) { approverReject(input: $input) { ${SUBMISSION} } }`;
const APPROVE = `mutation($input: SubmissionActionInput!) { approveSubmission(input: $input) { ${SUBMISSION} } }`;
const RETURN = `mutation($input: SubmissionReasonInput!) { returnSubmission(input: $input) { ${SUBMISSION} } }`;
const REOPEN = `mutation($input: SubmissionReasonInput!) { reopenSubmission(input: $input) { ${SUBMISSION} } }`;
const GET = `query($id: ID!) { submission(id: $id) { ${SUBMISSION} task { code } period { label } unit { code }
  transitions { seq fromState toState actorId role comment at } } }`;
const LIST = `query($filter: SubmissionFilter) { submissions(filter: $filter) { totalCount nodes { id state unitId } } }`;
const MINE = `query { mySubmissions { totalCount nodes { id unitId } } }`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { status } }`;
const CLOSE = `mutation($id: ID!) { closePeriod(id: $id) { status } }`;
const GRANT = `mutation($input: GrantLockExceptionInput!) { grantLockException(input: $input) { id expiresAt } }`;

interface Row {
  id: string;
  state: string;
  version: number;
  values: Record<string, unknown>;
  evidenceIds: string[];
  late: boolean;
  lateDays: number;
  lateWorkingDays: number;
  submittedAt: string | null;
  returnCount: number;
  lastReason: string | null;
}

interface Who {
  token: string;
  id: string;
}

const RATE = 'public_body_debtor_rectification_rate';
const COUNT = 'dishonest_debtor_records';

describe.each(engines)('submissions on %s', (engine) => {
  let t: TestServer;
  let units: Map<string, Unit>;
  let cycle: CycleRow;
  let office: Who;
  let office2: Who;
  let fgwSubmitter: Who;
  let fgwApprover: Who;
  let mwSubmitter: Who;
  let mwApprover: Who;
  let evaluator: Who;
  const taskIds = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = { token: await t.loginAs(Role.CREDIT_OFFICE), id: t.accountFor(Role.CREDIT_OFFICE)!.id };
    office2 = await loginStaff(t, Role.CREDIT_OFFICE);
    evaluator = await loginStaff(t, Role.EVALUATOR);
    units = await createGenheUnits(t.dataSource);
    const fgw = units.get('GH-FGW')!.id;
    const mw = units.get('GH-MW')!.id;
    fgwSubmitter = await loginUnitUser(t, Role.UNIT_SUBMITTER, fgw);
    fgwApprover = await loginUnitUser(t, Role.UNIT_APPROVER, fgw);
    mwSubmitter = await loginUnitUser(t, Role.UNIT_SUBMITTER, mw);
    mwApprover = await loginUnitUser(t, Role.UNIT_APPROVER, mw);
    const version = await publishPreset(t, office.token, 'genhe-assessment-2023');
    const created = await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      {
        input: {
          name: '2023年度根河市社会信用体系建设考核',
          year: 2023,
          systemKey: 'genhe-assessment-2023',
          systemVersion: version,
          taskListKey: 'genhe-tasks-2023',
        },
      },
      { token: office.token },
    );
    cycle = created.data!.createCycle;
    const imported = await t.gql(
      `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`,
      { c: cycle.id },
      { token: office.token },
    );
    expect(imported.errors).toBeUndefined();
    for (const p of [findPeriod(cycle, 'MONTH', 3), findPeriod(cycle, 'YEAR', 1)]) {
      await t.gql(OPEN, { id: p.id }, { token: office.token });
    }
    for (const task of await t.dataSource.getRepository(TaskDefinition).find())
      taskIds.set(task.code, task.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const year = () => findPeriod(cycle, 'YEAR', 1).id;
  const march = () => findPeriod(cycle, 'MONTH', 3).id;
  const task = (code: string) => taskIds.get(code)!;
  const counts = async () => ({
    submissions: await t.dataSource.getRepository(Submission).count(),
    transitions: await t.dataSource.getRepository(SubmissionTransition).count(),
  });
  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  describe('the whole workflow of a department', () => {
    let s: Row;
    let fgwEvidence: string;

    it('saves a draft with a rate and a count', async () => {
      const res = await t.gql<{ saveSubmissionDraft: Row }>(
        SAVE,
        {
          input: {
            taskId: task('GH-FGW-19'),
            periodId: year(),
            values: { [RATE]: { numerator: 18, denominator: 20 }, [COUNT]: 3 },
          },
        },
        { token: fgwSubmitter.token },
      );
      s = ok(res).saveSubmissionDraft;
      expect(s).toMatchObject({
        state: 'DRAFT',
        version: 1,
        authorRole: 'UNIT',
        unitId: units.get('GH-FGW')!.id,
      });
      expect(s.values).toEqual({ [RATE]: { numerator: 18, denominator: 20 }, [COUNT]: 3 });
    });

    it('refuses to submit without the required evidence', async () => {
      const before = await counts();
      const res = await t.gql(
        SUBMIT,
        { input: { submissionId: s.id, expectedVersion: s.version } },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(res)).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/请上传佐证材料.*至少1个/);
      expect(res.errors?.[0]?.extensions?.details?.fields?.[0]?.field).toBe('evidenceIds');
      expect(await counts()).toEqual(before);
    });

    it('refuses evidence of another unit and attaches the own unit’s', async () => {
      const foreign = await createEvidenceFixture(t.dataSource, units.get('GH-MW')!.id, mwSubmitter.id);
      const refused = await t.gql(
        SAVE,
        {
          input: {
            taskId: task('GH-FGW-19'),
            periodId: year(),
            values: s.values,
            evidenceIds: [foreign.id],
            expectedVersion: 1,
          },
        },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(refused)).toBe('VALIDATION_FAILED');
      expect(refused.errors?.[0]?.message).toMatch(/不属于本单位/);
      fgwEvidence = (await createEvidenceFixture(t.dataSource, units.get('GH-FGW')!.id, fgwSubmitter.id)).id;
      const saved = await t.gql<{ saveSubmissionDraft: Row }>(
        SAVE,
        {
          input: {
            taskId: task('GH-FGW-19'),
            periodId: year(),
            values: s.values,
            evidenceIds: [fgwEvidence],
            expectedVersion: 1,
          },
        },
        { token: fgwSubmitter.token },
      );
      s = ok(saved).saveSubmissionDraft;
      expect(s).toMatchObject({ version: 2, evidenceIds: [fgwEvidence], state: 'DRAFT' });
    });

    it('goes to the unit approver, who signs it off to the credit office', async () => {
      s = ok(
        await t.gql<{ submitSubmission: Row }>(
          SUBMIT,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: fgwSubmitter.token },
        ),
      ).submitSubmission;
      expect(s.state).toBe('PENDING_APPROVAL');
      // 持续推进: no due date, never late
      expect(s).toMatchObject({ late: false, lateDays: 0 });
      expect(s.submittedAt).not.toBeNull();
      const bySubmitter = await t.gql(
        SIGN_OFF,
        { input: { submissionId: s.id, expectedVersion: s.version } },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(bySubmitter)).toBe('FORBIDDEN');
      const byOtherApprover = await t.gql(
        SIGN_OFF,
        { input: { submissionId: s.id, expectedVersion: s.version } },
        { token: mwApprover.token },
      );
      expect(codeOf(byOtherApprover)).toBe('FORBIDDEN');
      s = ok(
        await t.gql<{ approverSignOff: Row }>(
          SIGN_OFF,
          { input: { submissionId: s.id, expectedVersion: s.version, comment: '同意' } },
          { token: fgwApprover.token },
        ),
      ).approverSignOff;
      expect(s.state).toBe('SUBMITTED');
    });

    it('is returned by the office only with a reason', async () => {
      const before = await counts();
      for (const reason of ['', '   ']) {
        const res = await t.gql(
          RETURN,
          { input: { submissionId: s.id, expectedVersion: s.version, reason } },
          { token: office.token },
        );
        expect(codeOf(res)).toBe('VALIDATION_FAILED');
      }
      expect(
        codeOf(
          await t.gql(
            RETURN,
            { input: { submissionId: s.id, expectedVersion: s.version, reason: '无理由' } },
            { token: fgwApprover.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
      s = ok(
        await t.gql<{ returnSubmission: Row }>(
          RETURN,
          { input: { submissionId: s.id, expectedVersion: s.version, reason: '分母与台账不符，请核实' } },
          { token: office.token },
        ),
      ).returnSubmission;
      expect(s).toMatchObject({ state: 'RETURNED', returnCount: 1, lastReason: '分母与台账不符，请核实' });
    });

    it('is fixed, resubmitted through the approver and approved', async () => {
      s = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(
          SAVE,
          {
            input: {
              taskId: task('GH-FGW-19'),
              periodId: year(),
              values: { [RATE]: { numerator: 18, denominator: 19 }, [COUNT]: 3 },
              evidenceIds: [fgwEvidence],
              expectedVersion: s.version,
            },
          },
          { token: fgwSubmitter.token },
        ),
      ).saveSubmissionDraft;
      expect(s.state).toBe('RETURNED');
      const submittedAt = s.submittedAt;
      s = ok(
        await t.gql<{ submitSubmission: Row }>(
          SUBMIT,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: fgwSubmitter.token },
        ),
      ).submitSubmission;
      expect(s.state).toBe('PENDING_APPROVAL');
      expect(s.submittedAt).toBe(submittedAt);
      s = ok(
        await t.gql<{ approverSignOff: Row }>(
          SIGN_OFF,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: fgwApprover.token },
        ),
      ).approverSignOff;
      expect(s.state).toBe('RESUBMITTED');
      s = ok(
        await t.gql<{ approveSubmission: Row }>(
          APPROVE,
          { input: { submissionId: s.id, expectedVersion: s.version, comment: '通过' } },
          { token: office.token },
        ),
      ).approveSubmission;
      expect(s.state).toBe('APPROVED');
    });

    it('is frozen once approved', async () => {
      const before = await counts();
      const save = await t.gql(
        SAVE,
        {
          input: {
            taskId: task('GH-FGW-19'),
            periodId: year(),
            values: { [COUNT]: 9 },
            expectedVersion: s.version,
          },
        },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(save)).toBe('INVALID_STATE');
      expect(save.errors?.[0]?.message).toMatch(/已通过/);
      for (const [query, token] of [
        [SUBMIT, fgwSubmitter.token],
        [APPROVE, office.token],
        [SIGN_OFF, fgwApprover.token],
      ] as const) {
        expect(
          codeOf(
            await t.gql(query, { input: { submissionId: s.id, expectedVersion: s.version } }, { token }),
          ),
        ).toBe('INVALID_STATE');
      }
      expect(
        codeOf(
          await t.gql(
            RETURN,
            { input: { submissionId: s.id, expectedVersion: s.version, reason: '再看看' } },
            { token: office.token },
          ),
        ),
      ).toBe('INVALID_STATE');
      expect(await counts()).toEqual(before);
      const row = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: s.id });
      expect(row.values).toEqual({ [RATE]: { numerator: 18, denominator: 19 }, [COUNT]: 3 });
    });

    it('is reopened by the office with a reason', async () => {
      expect(
        codeOf(
          await t.gql(
            REOPEN,
            { input: { submissionId: s.id, expectedVersion: s.version, reason: ' ' } },
            { token: office.token },
          ),
        ),
      ).toBe('VALIDATION_FAILED');
      expect(
        codeOf(
          await t.gql(
            REOPEN,
            { input: { submissionId: s.id, expectedVersion: s.version, reason: '数据有误' } },
            { token: evaluator.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      s = ok(
        await t.gql<{ reopenSubmission: Row }>(
          REOPEN,
          { input: { submissionId: s.id, expectedVersion: s.version, reason: '国家抽查发现数据有误' } },
          { token: office.token },
        ),
      ).reopenSubmission;
      expect(s).toMatchObject({ state: 'RETURNED', returnCount: 2, lastReason: '国家抽查发现数据有误' });
    });

    it('keeps the history in order with actors, and an audit row per change', async () => {
      const res = await t.gql<{
        submission: {
          task: { code: string };
          unit: { code: string };
          transitions: Array<{
            seq: number;
            fromState: string;
            toState: string;
            actorId: string;
            role: string;
            comment: string | null;
          }>;
        };
      }>(GET, { id: s.id }, { token: fgwSubmitter.token });
      const detail = ok(res).submission;
      expect(detail.task.code).toBe('GH-FGW-19');
      expect(detail.unit.code).toBe('GH-FGW');
      expect(detail.transitions.map((x) => [x.fromState, x.toState, x.actorId, x.role])).toEqual([
        ['NOT_STARTED', 'DRAFT', fgwSubmitter.id, 'UNIT_SUBMITTER'],
        ['DRAFT', 'PENDING_APPROVAL', fgwSubmitter.id, 'UNIT_SUBMITTER'],
        ['PENDING_APPROVAL', 'SUBMITTED', fgwApprover.id, 'UNIT_APPROVER'],
        ['SUBMITTED', 'RETURNED', office.id, 'CREDIT_OFFICE'],
        ['RETURNED', 'PENDING_APPROVAL', fgwSubmitter.id, 'UNIT_SUBMITTER'],
        ['PENDING_APPROVAL', 'RESUBMITTED', fgwApprover.id, 'UNIT_APPROVER'],
        ['RESUBMITTED', 'APPROVED', office.id, 'CREDIT_OFFICE'],
        ['APPROVED', 'RETURNED', office.id, 'CREDIT_OFFICE'],
      ]);
      expect(detail.transitions.find((x) => x.toState === 'RETURNED')?.comment).toBe(
        '分母与台账不符，请核实',
      );
      const seqs = detail.transitions.map((x) => x.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      const audit = await t.dataSource
        .getRepository(AuditLog)
        .findBy({ entity: 'Submission', entityId: s.id });
      // 8 transitions (the first is the creation) plus 2 draft saves without a state change
      expect(audit.map((a) => a.action).sort()).toEqual([
        'APPROVE',
        'APPROVER_SIGN_OFF',
        'APPROVER_SIGN_OFF',
        'CREATE',
        'REOPEN',
        'RETURN',
        'SAVE_DRAFT',
        'SAVE_DRAFT',
        'SUBMIT',
        'SUBMIT',
      ]);
    });

    it('keeps every other unit out, leaking nothing and writing nothing', async () => {
      const before = await counts();
      const read = await t.gql(GET, { id: s.id }, { token: mwSubmitter.token });
      expect(codeOf(read)).toBe('FORBIDDEN');
      expect(read.data).toBeNull();
      const byId = { input: { submissionId: s.id, expectedVersion: s.version } };
      expect(codeOf(await t.gql(SUBMIT, byId, { token: mwSubmitter.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SIGN_OFF, byId, { token: mwApprover.token }))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(REJECT, { input: { ...byId.input, reason: '不同意' } }, { token: mwApprover.token }),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(APPROVE, byId, { token: mwApprover.token }))).toBe('FORBIDDEN');
      const withReason = { input: { ...byId.input, reason: '随便退回' } };
      for (const query of [RETURN, REOPEN]) {
        expect(codeOf(await t.gql(query, withReason, { token: mwSubmitter.token }))).toBe('FORBIDDEN');
      }
      // a task on another unit's list
      const foreignTask = await t.gql(
        SAVE,
        { input: { taskId: task('GH-FGW-19'), periodId: year(), values: {}, expectedVersion: s.version } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(foreignTask)).toBe('NOT_ON_TASK_LIST');
      // naming another unit explicitly
      const otherUnit = await t.gql(
        SAVE,
        {
          input: { taskId: task('GH-MW-02'), periodId: year(), unitId: units.get('GH-FGW')!.id, values: {} },
        },
        { token: mwSubmitter.token },
      );
      expect(codeOf(otherUnit)).toBe('FORBIDDEN');
      const mine = await t.gql<{ mySubmissions: { nodes: Array<{ unitId: string }> } }>(
        MINE,
        {},
        { token: mwSubmitter.token },
      );
      expect(mine.data?.mySubmissions.nodes.every((n) => n.unitId === units.get('GH-MW')!.id)).toBe(true);
      expect(codeOf(await t.gql(LIST, {}, { token: mwSubmitter.token }))).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
      // the review queue sees it
      const queue = await t.gql<{ submissions: { nodes: Array<{ id: string }> } }>(
        LIST,
        { filter: { state: 'RETURNED' } },
        { token: office.token },
      );
      expect(queue.data?.submissions.nodes.map((n) => n.id)).toContain(s.id);
    });
  });

  describe('bad input', () => {
    it('refuses wrong types, negative counts and a numerator above the denominator, writing nothing', async () => {
      const before = await counts();
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{ [RATE]: '90%' }, /应填写/],
        [{ [COUNT]: -2 }, /不能为负数|不能小于|负/],
        [{ [COUNT]: 1.5 }, /整数/],
        [{ [RATE]: { numerator: 21, denominator: 20 } }, /不能大于/],
        [{ unknown_field: 1 }, /不是该任务的填报项/],
      ];
      for (const [values, message] of cases) {
        const res = await t.gql(
          SAVE,
          { input: { taskId: task('GH-FGW-19'), periodId: year(), values } },
          { token: fgwApprover.token },
        );
        expect(codeOf(res)).toBe('VALIDATION_FAILED');
        expect(res.errors?.[0]?.message).toMatch(message);
        expect(res.errors?.[0]?.extensions?.details?.fields?.[0]?.field).toMatch(/^values\./);
      }
      const badEvidence = await t.gql(
        SAVE,
        { input: { taskId: task('GH-MW-02'), periodId: year(), values: {}, evidenceIds: ['not-a-uuid'] } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(badEvidence)).toBe('VALIDATION_FAILED');
      const wrongPeriod = await t.gql(
        SAVE,
        { input: { taskId: task('GH-MW-02'), periodId: march(), values: {} } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(wrongPeriod)).toBe('NOT_ON_TASK_LIST');
      const byEvaluator = await t.gql(
        SAVE,
        { input: { taskId: task('GH-MW-02'), periodId: year(), unitId: units.get('GH-MW')!.id, values: {} } },
        { token: evaluator.token },
      );
      expect(codeOf(byEvaluator)).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('requires every field on submit, not on a draft', async () => {
      const draft = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(
          SAVE,
          { input: { taskId: task('GH-MW-01'), periodId: march(), values: {} } },
          { token: mwSubmitter.token },
        ),
      ).saveSubmissionDraft;
      const res = await t.gql(
        SUBMIT,
        { input: { submissionId: draft.id, expectedVersion: draft.version } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(res)).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/必填/);
      const stale = await t.gql(
        SAVE,
        { input: { taskId: task('GH-MW-01'), periodId: march(), values: {}, expectedVersion: 7 } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(stale)).toBe('CONFLICT');
    });
  });

  describe('period locks', () => {
    const values = { specific_info_reported: 12 };
    const february = () => findPeriod(cycle, 'MONTH', 2).id;
    let pending: Row;

    it('refuses a period not yet open and a closed one, saying why, for drafts and submits', async () => {
      const before = await counts();
      const notOpen = await t.gql(
        SAVE,
        { input: { taskId: task('GH-FGW-06'), periodId: february(), values } },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(notOpen)).toBe('PERIOD_LOCKED');
      expect(notOpen.errors?.[0]?.message).toBe('2023年2月：本期尚未开放，不能填报或修改');
      expect(await counts()).toEqual(before);

      await t.gql(OPEN, { id: february() }, { token: office.token });
      pending = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(
          SAVE,
          {
            input: { taskId: task('GH-FGW-08'), periodId: february(), values: { commitments_collected: 30 } },
          },
          { token: fgwSubmitter.token },
        ),
      ).saveSubmissionDraft;
      await t.gql(CLOSE, { id: february() }, { token: office.token });
      const afterClose = await counts();
      const reason = `2023年2月：本期已于${chinaDate(new Date())}关闭，不能填报或修改`;
      const closed = await t.gql(
        SAVE,
        { input: { taskId: task('GH-FGW-06'), periodId: february(), values } },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(closed)).toBe('PERIOD_LOCKED');
      expect(closed.errors?.[0]?.message).toBe(reason);
      const submitClosed = await t.gql(
        SUBMIT,
        { input: { submissionId: pending.id, expectedVersion: pending.version } },
        { token: fgwSubmitter.token },
      );
      expect(codeOf(submitClosed)).toBe('PERIOD_LOCKED');
      expect(submitClosed.errors?.[0]?.message).toBe(reason);
      expect(await counts()).toEqual(afterClose);
    });

    it('lets the unit draft and submit under a lock exception', async () => {
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const input = {
        periodId: february(),
        unitId: units.get('GH-FGW')!.id,
        reason: '系统故障补报',
        expiresAt,
      };
      expect(codeOf(await t.gql(GRANT, { input }, { token: fgwSubmitter.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(GRANT, { input: { ...input, reason: ' ' } }, { token: office.token }))).toBe(
        'VALIDATION_FAILED',
      );
      const past = { ...input, expiresAt: new Date(Date.now() - 1000).toISOString() };
      expect(codeOf(await t.gql(GRANT, { input: past }, { token: office.token }))).toBe('VALIDATION_FAILED');
      ok(await t.gql(GRANT, { input }, { token: office.token }));

      const saved = await t.gql<{ saveSubmissionDraft: Row }>(
        SAVE,
        { input: { taskId: task('GH-FGW-06'), periodId: february(), values } },
        { token: fgwSubmitter.token },
      );
      expect(ok(saved).saveSubmissionDraft.state).toBe('DRAFT');
      pending = ok(
        await t.gql<{ submitSubmission: Row }>(
          SUBMIT,
          { input: { submissionId: pending.id, expectedVersion: pending.version } },
          { token: fgwSubmitter.token },
        ),
      ).submitSubmission;
      expect(pending.state).toBe('PENDING_APPROVAL');
      const myFebruary = await t.gql<{ myTasks: unknown[] }>(
        `query($p: ID) { myTasks(periodId: $p) { assignmentId } }`,
        { p: february() },
        { token: fgwSubmitter.token },
      );
      expect(myFebruary.data?.myTasks.length).toBeGreaterThan(0);
      // another unit has no exception
      const mwTry = await t.gql(
        SAVE,
        { input: { taskId: task('GH-MW-01'), periodId: february(), values: {} } },
        { token: mwSubmitter.token },
      );
      expect(codeOf(mwTry)).toBe('PERIOD_LOCKED');
    });

    it('refuses once the exception has expired, naming the expiry, and after a revocation', async () => {
      const exceptions = t.dataSource.getRepository(LockException);
      await exceptions.update(
        { unitId: units.get('GH-FGW')!.id },
        { expiresAt: new Date(Date.now() - 60_000) },
      );
      const before = await counts();
      const lapsed = await t.gql(
        SIGN_OFF,
        { input: { submissionId: pending.id, expectedVersion: pending.version } },
        { token: fgwApprover.token },
      );
      expect(codeOf(lapsed)).toBe('PERIOD_LOCKED');
      expect(lapsed.errors?.[0]?.message).toMatch(/补报例外已于\d{4}-\d{2}-\d{2}过期/);

      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const input = { periodId: february(), unitId: units.get('GH-FGW')!.id, reason: '再次补报', expiresAt };
      const second = ok(
        await t.gql<{ grantLockException: { id: string } }>(GRANT, { input }, { token: office.token }),
      ).grantLockException;
      const revoked = await t.gql(
        `mutation($id: ID!) { revokeLockException(id: $id) { revokedAt } }`,
        { id: second.id },
        { token: office.token },
      );
      expect(revoked.errors).toBeUndefined();
      const afterRevoke = await t.gql(
        SIGN_OFF,
        { input: { submissionId: pending.id, expectedVersion: pending.version } },
        { token: fgwApprover.token },
      );
      expect(codeOf(afterRevoke)).toBe('PERIOD_LOCKED');
      expect(await counts()).toEqual(before);
      const row = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: pending.id });
      expect(row.state).toBe('PENDING_APPROVAL');
    });
  });

  describe('approver rejection, monitoring data and the task list view', () => {
    it('goes back to the submitter when the approver rejects, with the reason', async () => {
      let s = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(
          SAVE,
          {
            input: { taskId: task('GH-MW-06'), periodId: march(), values: { dispatch_filed_on_time: true } },
          },
          { token: mwSubmitter.token },
        ),
      ).saveSubmissionDraft;
      s = ok(
        await t.gql<{ submitSubmission: Row }>(
          SUBMIT,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: mwSubmitter.token },
        ),
      ).submitSubmission;
      const mine = await t.gql<{
        myTasks: Array<{
          task: { code: string };
          submissionState: string;
          submissionId: string;
          late: boolean;
        }>;
      }>(
        `query($p: ID) { myTasks(periodId: $p) { task { code } submissionState submissionId late } }`,
        { p: march() },
        { token: mwSubmitter.token },
      );
      expect(mine.data?.myTasks.find((r) => r.task.code === 'GH-MW-06')).toMatchObject({
        submissionState: 'PENDING_APPROVAL',
        submissionId: s.id,
        late: true,
      });
      expect(
        codeOf(
          await t.gql(
            REJECT,
            { input: { submissionId: s.id, expectedVersion: s.version, reason: '' } },
            { token: mwApprover.token },
          ),
        ),
      ).toBe('VALIDATION_FAILED');
      s = ok(
        await t.gql<{ approverReject: Row }>(
          REJECT,
          { input: { submissionId: s.id, expectedVersion: s.version, reason: '请附调度系统截图' } },
          { token: mwApprover.token },
        ),
      ).approverReject;
      expect(s).toMatchObject({ state: 'DRAFT', lastReason: '请附调度系统截图', returnCount: 0 });
    });

    it('lets the evaluator enter monitoring data straight to the office, and keeps units out of it', async () => {
      await t.dataSource
        .getRepository(TaskDefinition)
        .update({ id: task('GH-MW-03') }, { dataSource: 'BIG_DATA_MONITORING' });
      const input = {
        taskId: task('GH-MW-03'),
        periodId: year(),
        values: { credit_query_batches: 4 },
        evidenceIds: [] as string[],
      };
      expect(codeOf(await t.gql(SAVE, { input }, { token: mwSubmitter.token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SAVE, { input }, { token: evaluator.token }))).toBe('VALIDATION_FAILED');
      const evidence = await createEvidenceFixture(t.dataSource, units.get('GH-MW')!.id, evaluator.id);
      let s = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(
          SAVE,
          { input: { ...input, unitId: units.get('GH-MW')!.id, evidenceIds: [evidence.id] } },
          { token: evaluator.token },
        ),
      ).saveSubmissionDraft;
      expect(s).toMatchObject({ authorRole: 'EVALUATOR', unitId: units.get('GH-MW')!.id });
      expect(
        codeOf(
          await t.gql(
            SUBMIT,
            { input: { submissionId: s.id, expectedVersion: s.version } },
            { token: mwSubmitter.token },
          ),
        ),
      ).toBe('FORBIDDEN');
      s = ok(
        await t.gql<{ submitSubmission: Row }>(
          SUBMIT,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: evaluator.token },
        ),
      ).submitSubmission;
      expect(s.state).toBe('SUBMITTED');
      // the unit may still read data about itself
      expect(
        ok(await t.gql<{ submission: Row }>(GET, { id: s.id }, { token: mwSubmitter.token })).submission
          .state,
      ).toBe('SUBMITTED');
    });
  });

  describe('concurrency, idempotency and lateness', () => {
    let s: Row;

    it('measures lateness at the first submission against the stored due date', async () => {
      const key = `save-${engine}-fgw06-march`;
      const input = {
        taskId: task('GH-FGW-06'),
        periodId: march(),
        values: { specific_info_reported: 5 },
        idempotencyKey: key,
      };
      const first = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(SAVE, { input }, { token: fgwSubmitter.token }),
      ).saveSubmissionDraft;
      const before = await counts();
      const repeat = ok(
        await t.gql<{ saveSubmissionDraft: Row }>(SAVE, { input }, { token: fgwSubmitter.token }),
      ).saveSubmissionDraft;
      expect(repeat.id).toBe(first.id);
      expect(await counts()).toEqual(before);

      const submitInput = {
        submissionId: first.id,
        expectedVersion: first.version,
        idempotencyKey: `submit-${engine}-fgw06`,
      };
      s = ok(
        await t.gql<{ submitSubmission: Row }>(SUBMIT, { input: submitInput }, { token: fgwSubmitter.token }),
      ).submitSubmission;
      const afterSubmit = await counts();
      const again = await t.gql<{ submitSubmission: Row }>(
        SUBMIT,
        { input: submitInput },
        { token: fgwSubmitter.token },
      );
      expect(ok(again).submitSubmission).toMatchObject({
        id: s.id,
        version: s.version,
        state: 'PENDING_APPROVAL',
      });
      expect(await counts()).toEqual(afterSubmit);

      // March data was due on 4 April 2023
      const submittedOn = chinaDate(new Date(s.submittedAt!));
      expect(s.late).toBe(true);
      expect(s.lateDays).toBe(calendarDaysAfter('2023-04-04', submittedOn));
      expect(s.lateWorkingDays).toBe(new WorkingCalendar().workdaysAfter('2023-04-04', submittedOn));
      expect(s.lateWorkingDays).toBeLessThan(s.lateDays);
      const lateOnes = await t.gql<{ submissions: { nodes: Array<{ id: string }> } }>(
        LIST,
        { filter: { late: true, unitId: units.get('GH-FGW')!.id, periodId: march() } },
        { token: office.token },
      );
      expect(lateOnes.data?.submissions.nodes.map((n) => n.id)).toEqual([s.id]);
      s = ok(
        await t.gql<{ approverSignOff: Row }>(
          SIGN_OFF,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: fgwApprover.token },
        ),
      ).approverSignOff;
    });

    it('lets one of two reviewers with the same version win; the other gets CONFLICT', async () => {
      const before = await counts();
      const [a, b] = await Promise.all([
        t.gql(
          APPROVE,
          { input: { submissionId: s.id, expectedVersion: s.version } },
          { token: office.token },
        ),
        t.gql(
          RETURN,
          { input: { submissionId: s.id, expectedVersion: s.version, reason: '请补充说明' } },
          { token: office2.token },
        ),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const after = await counts();
      expect(after.transitions).toBe(before.transitions + 1);
      const row = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: s.id });
      expect(row.version).toBe(s.version + 1);
    });
  });
});
