import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { SubmissionTransition } from '../../src/modules/submissions/submission-transition.entity';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, createEvidenceFixture, findPeriod, loginUnitUser, type CycleRow } from '../utils/workflow-fixtures';

/**
 * 10 points: 宣传活动 (events × 2, max 6) with 无监管权限的提供说明不扣分 (full marks when an
 * exemption is accepted) + 制度建设 (rules, max 4) without an exemption policy.
 */
const SYSTEM = {
  id: 'test-notes',
  version: 1,
  name: '退回意见与免责测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 9, maxInclusive: false },
  ],
  categories: [
    {
      code: 'C1',
      level: 'CATEGORY',
      name: '工作开展',
      maxPoints: 6,
      children: [
        {
          code: 'C1-1',
          level: 'INDICATOR',
          name: '宣传活动',
          maxPoints: 6,
          dataSource: 'UNIT_REPORT',
          inputs: [{ key: 'events', label: '活动次数', type: 'count' }],
          rule: { kind: 'formula', expr: 'events * 2' },
          exemption: { policy: 'FULL', sourceText: '无监管权限的提供说明不扣分', requiresEvidence: true },
        },
      ],
    },
    {
      code: 'C2',
      level: 'CATEGORY',
      name: '制度建设',
      maxPoints: 4,
      children: [
        {
          code: 'C2-1',
          level: 'INDICATOR',
          name: '制度数量',
          maxPoints: 4,
          dataSource: 'UNIT_REPORT',
          inputs: [{ key: 'rules', label: '制度数量', type: 'count' }],
          rule: { kind: 'formula', expr: 'rules' },
        },
      ],
    },
  ],
};

const SAVE_SYSTEM = `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`;
const PUBLISH_SYSTEM = `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`;
const ASSIGN = `mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id } }`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { status } }`;
const FIELDS = `id state version lastReason lastFieldNotes { key note }
  exemptionClaims { nodeCode nodeName explanation decision reviewNote }`;
const SAVE = `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation($input: SubmissionActionInput!) { approveSubmission(input: $input) { ${FIELDS} } }`;
const RETURN = `mutation($input: SubmissionReasonInput!) { returnSubmission(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation($input: SubmissionReasonInput!) { reopenSubmission(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { submission(id: $id) { ${FIELDS} transitions { toState comment fieldNotes { key note } } } }`;
const OPTIONS = `query($id: ID!) { submission(id: $id) { task { exemptibleIndicators {
  code name condition policy points requiresEvidence fieldKeys } } } }`;
const CARD = `query($p: ID!, $u: ID!) { scoreCard(periodId: $p, unitId: $u, provisional: true) {
  total nodes { code points status explanation } } }`;

interface Row {
  id: string;
  state: string;
  version: number;
  lastReason: string | null;
  lastFieldNotes: Array<{ key: string; note: string }>;
  exemptionClaims: Array<{ nodeCode: string; nodeName: string; explanation: string; decision: string; reviewNote: string | null }>;
}

interface Problem {
  field: string;
  code?: string;
}

function problemsOf(res: GqlResult<unknown>): Problem[] {
  const details = res.errors?.[0]?.extensions?.details as { fields?: Problem[] } | undefined;
  return details?.fields ?? [];
}

describe.each(engines)('return notes and exemptions on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let cycle: CycleRow;
  let taskId: string;
  const units: Unit[] = [];
  const submitters: Array<{ token: string; id: string }> = [];

  const q1 = () => findPeriod(cycle, 'QUARTER', 1).id;
  function ok<T>(res: GqlResult<T>): T {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  async function draft(i: number, input: Record<string, unknown>): Promise<Row> {
    const res = await t.gql<{ saveSubmissionDraft: Row }>(SAVE, { input: { taskId, periodId: q1(), ...input } }, { token: submitters[i]!.token });
    return ok(res).saveSubmissionDraft;
  }
  async function submit(i: number, s: Row): Promise<Row> {
    return ok(await t.gql<{ submitSubmission: Row }>(SUBMIT, { input: { submissionId: s.id, expectedVersion: s.version } }, { token: submitters[i]!.token })).submitSubmission;
  }
  const transitionCount = () => t.dataSource.getRepository(SubmissionTransition).count();

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const saved = ok(await t.gql<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(SAVE_SYSTEM, { key: 'test-notes', d: SYSTEM }, { token: office }));
    ok(await t.gql(PUBLISH_SYSTEM, { key: 'test-notes', v: saved.saveIndicatorSystemDraft.version }, { token: office }));
    cycle = ok(await t.gql<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: '2023年度免责测试', year: 2023, systemKey: 'test-notes', systemVersion: saved.saveIndicatorSystemDraft.systemVersion, requiresApproverSignOff: false },
    }, { token: office })).createCycle;
    const repo = t.dataSource.getRepository(TaskDefinition);
    const task = await repo.save(repo.create({
      cycleId: cycle.id, code: 'T-NOTES', title: '诚信宣传与制度建设', category: null, sourceText: '每季度报送宣传活动和制度建设情况',
      target: null, deadline: { kind: 'QUARTERLY', day: 10 }, deadlineText: null, indicatorCodes: ['C1-1', 'C2-1'],
      inputs: [{ key: 'events', label: '活动次数', type: 'count' }, { key: 'rules', label: '制度数量', type: 'count' }],
      evidence: null, dataSource: 'UNIT_REPORT',
    }));
    taskId = task.id;
    for (let i = 0; i < 3; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `NT-${i + 1}`, name: `免责测试部门${i + 1}` });
      units.push(unit);
      ok(await t.gql(ASSIGN, { t: taskId, u: unit.id }, { token: office }));
      submitters.push(await loginUnitUser(t, Role.UNIT_SUBMITTER, unit.id));
    }
    ok(await t.gql(OPEN, { id: q1() }, { token: office }));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('field notes on a return', () => {
    let sent: Row;

    beforeAll(async () => {
      sent = await submit(0, await draft(0, { values: { events: 1, rules: 2 } }));
    });

    it('refuses notes on keys that are not the task’s fields, blank or too long notes, writing nothing', async () => {
      const before = await transitionCount();
      const cases: Array<[Array<{ key: string; note: string }>, string, string]> = [
        [[{ key: 'nope', note: '不存在的填报项' }], 'fieldNotes.nope', 'UNKNOWN_FIELD'],
        [[{ key: 'events', note: '   ' }], 'fieldNotes.events', 'REQUIRED'],
        [[{ key: 'events', note: '长'.repeat(501) }], 'fieldNotes.events', 'TOO_LONG'],
        [[{ key: 'events', note: '一' }, { key: 'events', note: '二' }], 'fieldNotes.events', 'DUPLICATE'],
      ];
      for (const [fieldNotes, field, code] of cases) {
        const res = await t.gql(RETURN, { input: { submissionId: sent.id, expectedVersion: sent.version, reason: '请核实', fieldNotes } }, { token: office });
        expect(codeOf(res)).toBe('VALIDATION_FAILED');
        expect(problemsOf(res)).toEqual([expect.objectContaining({ field, code })]);
      }
      const row = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: sent.id });
      expect(row.version).toBe(sent.version);
      expect(row.lastFieldNotes).toBeNull();
      expect(await transitionCount()).toBe(before);
    });

    it('stores the notes with the transition, on the submission and in the audit row; the unit reads them', async () => {
      const res = await t.gql<{ returnSubmission: Row }>(RETURN, {
        input: {
          submissionId: sent.id,
          expectedVersion: sent.version,
          reason: '活动次数与台账不一致',
          fieldNotes: [{ key: 'events', note: '台账只记录了0次活动，请核对' }],
        },
      }, { token: office });
      const returned = ok(res).returnSubmission;
      expect(returned.state).toBe('RETURNED');
      expect(returned.lastFieldNotes).toEqual([{ key: 'events', note: '台账只记录了0次活动，请核对' }]);

      const seen = ok(await t.gql<{ submission: Row & { transitions: Array<{ toState: string; fieldNotes: unknown }> } }>(GET, { id: sent.id }, { token: submitters[0]!.token })).submission;
      expect(seen.lastReason).toBe('活动次数与台账不一致');
      expect(seen.lastFieldNotes).toEqual([{ key: 'events', note: '台账只记录了0次活动，请核对' }]);
      expect(seen.transitions.map((tr) => tr.fieldNotes)).toEqual([null, null, [{ key: 'events', note: '台账只记录了0次活动，请核对' }]]);
      const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ entityId: sent.id, action: 'RETURN' });
      expect(JSON.stringify(audit.after)).toContain('台账只记录了0次活动');
      expect(codeOf(await t.gql(GET, { id: sent.id }, { token: submitters[1]!.token }))).toBe('FORBIDDEN');
    });

    it('keeps the notes of the last return through a resubmission, and a later return replaces them', async () => {
      const fixed = await draft(0, { values: { events: 0, rules: 2 }, expectedVersion: (await t.dataSource.getRepository(Submission).findOneByOrFail({ id: sent.id })).version });
      const resent = await submit(0, fixed);
      expect(resent.state).toBe('RESUBMITTED');
      expect(resent.lastFieldNotes).toHaveLength(1);
      const again = ok(await t.gql<{ returnSubmission: Row }>(RETURN, {
        input: { submissionId: resent.id, expectedVersion: resent.version, reason: '制度数量请附文件' },
      }, { token: office })).returnSubmission;
      expect(again.lastFieldNotes).toEqual([]);
      sent = again;
    });
  });

  describe('exemption claims', () => {
    it('lists the task’s nodes that allow an exemption', async () => {
      const s = await draft(1, { values: { rules: 3 } });
      const res = ok(await t.gql<{ submission: { task: { exemptibleIndicators: unknown[] } } }>(OPTIONS, { id: s.id }, { token: submitters[1]!.token }));
      expect(res.submission.task.exemptibleIndicators).toEqual([
        { code: 'C1-1', name: '宣传活动', condition: '无监管权限的提供说明不扣分', policy: 'FULL', points: null, requiresEvidence: true, fieldKeys: ['events'] },
      ]);
    });

    it('refuses a claim on a node without an exemption policy, an unknown node or without an explanation', async () => {
      const existing = await t.dataSource.getRepository(Submission).findOneByOrFail({ unitId: units[1]!.id });
      const cases: Array<[Record<string, string>, string, string]> = [
        [{ nodeCode: 'C2-1', explanation: '无制度建设职能' }, 'exemptionClaims.C2-1', 'EXEMPTION_NOT_ALLOWED'],
        [{ nodeCode: 'X-9', explanation: '说明' }, 'exemptionClaims.X-9', 'EXEMPTION_NOT_ALLOWED'],
        [{ nodeCode: 'C1-1', explanation: ' ' }, 'exemptionClaims.C1-1', 'REQUIRED'],
      ];
      for (const [claim, field, code] of cases) {
        const res = await t.gql(SAVE, {
          input: { taskId, periodId: q1(), values: { rules: 3 }, exemptionClaims: [claim], expectedVersion: existing.version },
        }, { token: submitters[1]!.token });
        expect(codeOf(res)).toBe('VALIDATION_FAILED');
        expect(problemsOf(res)).toEqual([expect.objectContaining({ field, code })]);
      }
      const after = await t.dataSource.getRepository(Submission).findOneByOrFail({ id: existing.id });
      expect(after.version).toBe(existing.version);
      expect(after.exemptionClaims).toBeNull();
    });

    it('accepted: the claimed field may stay empty, evidence is required, the office must decide, full points follow', async () => {
      const existing = await t.dataSource.getRepository(Submission).findOneByOrFail({ unitId: units[1]!.id });
      const claimed = await draft(1, {
        values: { rules: 3 },
        exemptionClaims: [{ nodeCode: 'C1-1', explanation: '本单位无宣传职能，已附编办三定方案' }],
        expectedVersion: existing.version,
      });
      expect(claimed.exemptionClaims).toEqual([
        { nodeCode: 'C1-1', nodeName: '宣传活动', explanation: '本单位无宣传职能，已附编办三定方案', decision: 'PENDING', reviewNote: null },
      ]);
      const noEvidence = await t.gql(SUBMIT, { input: { submissionId: claimed.id, expectedVersion: claimed.version } }, { token: submitters[1]!.token });
      expect(codeOf(noEvidence)).toBe('VALIDATION_FAILED');
      expect(problemsOf(noEvidence).map((p) => p.code)).toEqual(['EVIDENCE_REQUIRED']);

      const evidence = await createEvidenceFixture(t.dataSource, units[1]!.id, submitters[1]!.id);
      const withEvidence = await draft(1, { values: { rules: 3 }, evidenceIds: [evidence.id], expectedVersion: claimed.version });
      expect(withEvidence.exemptionClaims).toHaveLength(1);
      const sent = await submit(1, withEvidence);
      expect(sent.state).toBe('SUBMITTED');

      const undecided = await t.gql(APPROVE, { input: { submissionId: sent.id, expectedVersion: sent.version } }, { token: office });
      expect(codeOf(undecided)).toBe('VALIDATION_FAILED');
      expect(problemsOf(undecided)).toEqual([expect.objectContaining({ field: 'exemptionDecisions', code: 'REQUIRED' })]);
      const unknown = await t.gql(APPROVE, {
        input: { submissionId: sent.id, expectedVersion: sent.version, exemptionDecisions: [{ nodeCode: 'C1-1', accepted: true }, { nodeCode: 'C2-1', accepted: true }] },
      }, { token: office });
      expect(problemsOf(unknown)).toEqual([expect.objectContaining({ field: 'exemptionDecisions.C2-1', code: 'UNKNOWN_CLAIM' })]);

      const approved = ok(await t.gql<{ approveSubmission: Row }>(APPROVE, {
        input: { submissionId: sent.id, expectedVersion: sent.version, exemptionDecisions: [{ nodeCode: 'C1-1', accepted: true, note: '三定方案无宣传职责' }] },
      }, { token: office })).approveSubmission;
      expect(approved.state).toBe('APPROVED');
      expect(approved.exemptionClaims[0]).toMatchObject({ decision: 'ACCEPTED', reviewNote: '三定方案无宣传职责' });

      const card = ok(await t.gql<{ scoreCard: { total: string; nodes: Array<{ code: string; points: string; status: string; explanation: string }> } }>(CARD, { p: q1(), u: units[1]!.id }, { token: office })).scoreCard;
      const c11 = card.nodes.find((n) => n.code === 'C1-1')!;
      expect(c11).toMatchObject({ points: '6.00', status: 'EXEMPTED' });
      expect(c11.explanation).toContain('免责');
      expect(c11.explanation).toContain('本单位无宣传职能');
      expect(card.total).toBe('9.00');
    });

    it('rejected: the submission is scored on its values', async () => {
      const evidence = await createEvidenceFixture(t.dataSource, units[2]!.id, submitters[2]!.id);
      const s = await draft(2, {
        values: { events: 1, rules: 4 },
        evidenceIds: [evidence.id],
        exemptionClaims: [{ nodeCode: 'C1-1', explanation: '无宣传职能' }],
      });
      const sent = await submit(2, s);
      const approved = ok(await t.gql<{ approveSubmission: Row }>(APPROVE, {
        input: { submissionId: sent.id, expectedVersion: sent.version, exemptionDecisions: [{ nodeCode: 'C1-1', accepted: false, note: '该单位负有宣传职责' }] },
      }, { token: office })).approveSubmission;
      expect(approved.exemptionClaims[0]!.decision).toBe('REJECTED');
      const card = ok(await t.gql<{ scoreCard: { total: string; nodes: Array<{ code: string; points: string; status: string }> } }>(CARD, { p: q1(), u: units[2]!.id }, { token: office })).scoreCard;
      expect(card.nodes.find((n) => n.code === 'C1-1')).toMatchObject({ points: '2.00', status: 'SCORED' });
      expect(card.total).toBe('6.00');
    });

    it('reopening puts the claims back to pending and the exemption no longer counts', async () => {
      const row = await t.dataSource.getRepository(Submission).findOneByOrFail({ unitId: units[1]!.id });
      const reopened = ok(await t.gql<{ reopenSubmission: Row }>(REOPEN, {
        input: { submissionId: row.id, expectedVersion: row.version, reason: '说明材料需补充', fieldNotes: [{ key: 'events', note: '请补充编办文件' }] },
      }, { token: office })).reopenSubmission;
      expect(reopened.state).toBe('RETURNED');
      expect(reopened.exemptionClaims[0]).toMatchObject({ decision: 'PENDING', reviewNote: null });
      expect(reopened.lastFieldNotes).toEqual([{ key: 'events', note: '请补充编办文件' }]);
      const card = await t.gql<{ scoreCard: { nodes: Array<{ code: string; status: string }> } | null }>(CARD, { p: q1(), u: units[1]!.id }, { token: office });
      const node = card.data?.scoreCard?.nodes.find((n) => n.code === 'C1-1');
      expect(node?.status).not.toBe('EXEMPTED');
    });
  });
});
