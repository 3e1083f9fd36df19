import { AppError } from '../../src/common/errors/app-error';
import { ErrorCode } from '../../src/common/errors/error-codes';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { ExportJobStatus, RECOMPUTE_KIND } from '../../src/modules/export-jobs/export-job-enums';
import { ExportJob } from '../../src/modules/export-jobs/export-job.entity';
import { ScoreCardRecord } from '../../src/modules/scores/score-card-record.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { createAccountFixture, createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, loginUnitUser, type CycleRow } from '../utils/workflow-fixtures';

/** 10 points, quarterly: 宣传活动 reported by units, 数据归集 entered by the office. */
const SYSTEM = {
  id: 'recompute-jobs',
  version: 1,
  name: '重新计算任务测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '重新计算任务测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 3, minInclusive: true, max: 9, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 3, maxInclusive: false },
  ],
  categories: [
    {
      code: 'C1', level: 'CATEGORY', name: '工作开展', maxPoints: 6,
      children: [{ code: 'C1-1', level: 'INDICATOR', name: '宣传活动', maxPoints: 6, dataSource: 'UNIT_REPORT',
        inputs: [{ key: 'events', label: '活动次数', type: 'count' }], rule: { kind: 'formula', expr: 'events * 2' } }],
    },
    {
      code: 'C2', level: 'CATEGORY', name: '平台监测', maxPoints: 4,
      children: [{ code: 'C2-1', level: 'INDICATOR', name: '数据归集', maxPoints: 4, dataSource: 'PLATFORM_STATISTICS',
        inputs: [{ key: 'records', label: '归集条数', type: 'count' }], rule: { kind: 'formula', expr: 'records' } }],
    },
  ],
};

const START = `mutation($p: ID!, $k: String!) { startRecompute(periodId: $p, idempotencyKey: $k) { id periodId status progress stage } }`;
const JOB = `query($id: ID!) { recomputeJob(id: $id) {
  id status progress stage step processed total computationId cards provisionalCards errorCode errorMessage finishedAt } }`;

interface JobRow {
  id: string;
  status: ExportJobStatus;
  progress: number;
  stage: string | null;
  step: number | null;
  processed: number | null;
  total: number | null;
  computationId: string | null;
  cards: number | null;
  provisionalCards: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  finishedAt: string | null;
}

describe.each(engines)('recompute jobs on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let evaluator: string;
  let otherOffice: string;
  let leader: string;
  let unitId: string;
  let q3: string;
  let q4: string;
  let key = 0;
  const nextKey = () => `recompute-test-${(key += 1)}`;

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  async function start(token: string, periodId: string, idempotencyKey = nextKey()): Promise<JobRow> {
    return ok(await t.gql<{ startRecompute: JobRow }>(START, { p: periodId, k: idempotencyKey }, { token })).startRecompute;
  }

  /** The job once the runner has nothing left to do. */
  async function finished(id: string, token: string): Promise<JobRow> {
    await t.api.services.exportJobs.whenIdle();
    return ok(await t.gql<{ recomputeJob: JobRow }>(JOB, { id }, { token })).recomputeJob;
  }

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    evaluator = await t.loginAs(Role.EVALUATOR);
    leader = await t.loginAs(Role.LEADER);
    const saved = ok(await t.gql<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`,
      { key: 'recompute-jobs', d: SYSTEM },
      { token: office },
    )).saveIndicatorSystemDraft;
    ok(await t.gql(`mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`, { key: 'recompute-jobs', v: saved.version }, { token: office }));
    const cycle = ok(await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度重新计算测试', year: 2023, systemKey: 'recompute-jobs', systemVersion: saved.systemVersion, requiresApproverSignOff: false } },
      { token: office },
    )).createCycle;
    const repo = t.dataSource.getRepository(TaskDefinition);
    const task = await repo.save(repo.create({
      cycleId: cycle.id, code: 'T-EVENTS', title: '开展诚信宣传活动', category: null, sourceText: '每季度开展诚信宣传活动',
      target: null, deadline: { kind: 'QUARTERLY', day: 10 }, deadlineText: null, indicatorCodes: ['C1-1'],
      inputs: [{ key: 'events', label: '活动次数', type: 'count' }], evidence: null, dataSource: 'UNIT_REPORT',
    }));
    q3 = findPeriod(cycle, 'QUARTER', 3).id;
    q4 = findPeriod(cycle, 'QUARTER', 4).id;
    for (const p of [q3, q4]) ok(await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: p }, { token: office }));
    for (let i = 0; i < 3; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `RJ-${i + 1}`, name: `重新计算部门${i + 1}` });
      unitId = unit.id;
      ok(await t.gql(`mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id } }`, { t: task.id, u: unit.id }, { token: office }));
      ok(await t.gql(
        `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`,
        { input: { periodId: q4, unitId: unit.id, values: { records: i + 1 } } },
        { token: office },
      ));
    }
    await t.api.services.scores.whenIdle();
    otherOffice = await t.loginAs((await createAccountFixture(t.dataSource, { role: Role.CREDIT_OFFICE, username: 'office.two' })).username);
  });

  afterAll(async () => {
    await t.api.services.exportJobs.whenIdle();
    await t.close();
  });

  it('recomputes in the background through its four steps, with the unit counts, and audits it once', async () => {
    // the warnings listener runs in the last step: the row must already say so, with the counts
    let duringWarnings: ExportJob | null = null;
    const listener = async (periodId: string) => {
      if (periodId === q4) duringWarnings = await t.dataSource.getRepository(ExportJob).findOneBy({ kind: RECOMPUTE_KIND, status: ExportJobStatus.RUNNING });
    };
    t.api.services.scores.onRecomputed.push(listener);
    const auditBefore = await t.dataSource.getRepository(AuditLog).countBy({ entity: 'Period', entityId: q4, action: 'RECOMPUTE_SCORES' });
    try {
      const started = await start(office, q4);
      expect(started).toMatchObject({ periodId: q4, progress: 0, stage: '排队中' });
      expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(started.status);
      const job = await finished(started.id, office);
      expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, stage: '已完成', step: null, processed: 3, total: 3, cards: 3, provisionalCards: 3, errorCode: null });
      expect(job.finishedAt).not.toBeNull();
      expect(duringWarnings).toMatchObject({ id: job.id, stage: '预警评估', progress: 85, processed: 3, total: 3 });

      const current = await t.dataSource.getRepository(ScoreCardRecord).findBy({ periodId: q4, current: true });
      expect(current).toHaveLength(3);
      expect(current.map((c) => c.computationId)).toContain(job.computationId);

      const audits = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'Period', entityId: q4, action: 'RECOMPUTE_SCORES' });
      expect(audits.length - auditBefore).toBe(1);
      expect(audits.at(-1)!.actorId).toBe(t.accountFor(Role.CREDIT_OFFICE)!.id);
      expect(await t.dataSource.getRepository(AuditLog).countBy({ entityId: job.id })).toBe(0);
    } finally {
      t.api.services.scores.onRecomputed.splice(t.api.services.scores.onRecomputed.indexOf(listener), 1);
    }
  });

  it('answers a retry with the same key with the same job, and refuses the key for another period', async () => {
    const first = await start(evaluator, q4, 'recompute-retry-1');
    const again = await start(evaluator, q4, 'recompute-retry-1');
    expect(again.id).toBe(first.id);
    expect(await t.dataSource.getRepository(ExportJob).countBy({ idempotencyKey: 'recompute-retry-1' })).toBe(1);
    expect(codeOf(await t.gql(START, { p: q3, k: 'recompute-retry-1' }, { token: evaluator }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(START, { p: q4, k: 'short' }, { token: evaluator }))).toBe('VALIDATION_FAILED');
    await t.api.services.exportJobs.whenIdle();
  });

  it('shows a job to its starter and the same role only, never as an export job', async () => {
    const job = await finished((await start(office, q4)).id, office);
    expect(ok(await t.gql<{ recomputeJob: JobRow }>(JOB, { id: job.id }, { token: otherOffice })).recomputeJob.id).toBe(job.id);
    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: evaluator }))).toBe('NOT_FOUND');
    // LEADER reads scores but may not recompute
    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: leader }))).toBe('FORBIDDEN');
    const unitUser = (await loginUnitUser(t, Role.UNIT_APPROVER, unitId)).token;
    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: unitUser }))).toBe('FORBIDDEN');

    expect(codeOf(await t.gql(`query($id: ID!) { exportJob(id: $id) { id } }`, { id: job.id }, { token: office }))).toBe('NOT_FOUND');
    const exports = ok(await t.gql<{ myExportJobs: Array<{ id: string }> }>(`{ myExportJobs { id } }`, {}, { token: office })).myExportJobs;
    expect(exports.map((e) => e.id)).not.toContain(job.id);
    const mine = ok(await t.gql<{ myRecomputeJobs: Array<{ id: string }> }>(
      `query($p: ID!) { myRecomputeJobs(periodId: $p) { id } }`, { p: q4 }, { token: office },
    )).myRecomputeJobs;
    expect(mine[0]!.id).toBe(job.id);
  });

  it('refuses before creating a job: the wrong role, an unknown period', async () => {
    const before = await t.dataSource.getRepository(ExportJob).count();
    expect(codeOf(await t.gql(START, { p: q4, k: nextKey() }, { token: leader }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(START, { p: '00000000-0000-4000-8000-000000000000', k: nextKey() }, { token: office }))).toBe('NOT_FOUND');
    expect(await t.dataSource.getRepository(ExportJob).count()).toBe(before);
  });

  it('stores a failure typed: a business error as it is, anything else without its internals; no audit row', async () => {
    const scores = t.api.services.scores;
    const auditBefore = await t.dataSource.getRepository(AuditLog).count();
    const spy = jest.spyOn(scores, 'recomputeScores')
      .mockRejectedValueOnce(new AppError(ErrorCode.INVALID_STATE, '期次尚未开始，不能计分'))
      .mockRejectedValueOnce(new Error('ER_LOCK_DEADLOCK: select * from score_card'));
    try {
      const typed = await finished((await start(office, q4)).id, office);
      expect(typed).toMatchObject({ status: 'FAILED', stage: '计算失败', errorCode: 'INVALID_STATE', errorMessage: '期次尚未开始，不能计分', cards: null });
      const internal = await finished((await start(office, q4)).id, office);
      expect(internal).toMatchObject({ status: 'FAILED', errorCode: 'INTERNAL_SERVER_ERROR' });
      expect(internal.errorMessage).toBe('重新计算失败，请稍后重试或联系管理员');
    } finally {
      spy.mockRestore();
    }
    expect(await t.dataSource.getRepository(AuditLog).count()).toBe(auditBefore);
  });

  it('fails recomputes a dead process left behind as RECOMPUTE_INTERRUPTED', async () => {
    const repo = t.dataSource.getRepository(ExportJob);
    const orphan = await repo.save(repo.create({
      kind: RECOMPUTE_KIND, periodId: q4, provisional: false, status: ExportJobStatus.RUNNING, progress: 30, stage: '计分',
      processed: 0, total: 3, outcome: null, fileName: null, errorCode: null, errorMessage: null, finishedAt: null,
      createdById: t.accountFor(Role.CREDIT_OFFICE)!.id, createdByRole: Role.CREDIT_OFFICE, idempotencyKey: null,
    }));
    expect(await t.api.services.exportJobs.failInterrupted()).toBe(1);
    const failed = ok(await t.gql<{ recomputeJob: JobRow }>(JOB, { id: orphan.id }, { token: office })).recomputeJob;
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'RECOMPUTE_INTERRUPTED', progress: 30, stage: '计算失败' });
    expect(failed.errorMessage).toContain('请重新发起');
  });
});
