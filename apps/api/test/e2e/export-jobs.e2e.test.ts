import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { ExportJobStatus } from '../../src/modules/export-jobs/export-job-enums';
import { ExportJob } from '../../src/modules/export-jobs/export-job.entity';
import { exportJobDir } from '../../src/modules/export-jobs/export-job-files';
import { ExportKind } from '../../src/modules/exports/export-kind';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createAccountFixture, createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, loginUnitUser, type CycleRow } from '../utils/workflow-fixtures';
import { docxParagraphs, readZipEntry } from '../utils/zip-reader';

/** 10 points, quarterly, one monitoring indicator: 数据归集 = records (max 4) + an unfilled unit report. */
const SYSTEM = {
  id: 'export-jobs',
  version: 1,
  name: '导出任务测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '导出任务测试文件' },
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

const START = `mutation($input: StartExportInput!) { startExport(input: $input) { id kind periodId provisional status progress } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) {
  id kind status progress stage fileName downloadUrl errorCode errorMessage finishedAt } }`;

interface JobRow {
  id: string;
  kind: ExportKind;
  status: ExportJobStatus;
  progress: number;
  stage: string | null;
  fileName: string | null;
  downloadUrl: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  finishedAt: string | null;
}

async function download(t: TestServer, path: string, token: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: decodeURIComponent(res.headers.get('content-disposition') ?? ''),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

describe.each(engines)('export jobs on %s', (engine) => {
  let t: TestServer;
  let dataDir: string;
  let office: string;
  let leader: string;
  let otherLeader: string;
  let evaluator: string;
  let q3: string;
  let q4: string;
  const units: Unit[] = [];

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  async function start(token: string, input: Record<string, unknown>): Promise<JobRow> {
    return ok(await t.gql<{ startExport: JobRow }>(START, { input }, { token })).startExport;
  }

  /** Polls as fast as it can; returns the finished job and every progress value seen on the way. */
  async function finish(id: string, token: string): Promise<{ job: JobRow; seen: number[] }> {
    const seen: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const job = ok(await t.gql<{ exportJob: JobRow }>(JOB, { id }, { token })).exportJob;
      seen.push(job.progress);
      if (job.status === ExportJobStatus.SUCCEEDED || job.status === ExportJobStatus.FAILED) return { job, seen };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`export job ${id} did not finish`);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'govtrust-export-jobs-'));
    t = await startTestServer(engine, { EVIDENCE_DIR: join(dataDir, 'evidence') });
    office = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    evaluator = await t.loginAs(Role.EVALUATOR);
    const saved = ok(await t.gql<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`,
      { key: 'export-jobs', d: SYSTEM },
      { token: office },
    )).saveIndicatorSystemDraft;
    ok(await t.gql(`mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`, { key: 'export-jobs', v: saved.version }, { token: office }));
    const cycle = ok(await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度导出任务测试', year: 2023, systemKey: 'export-jobs', systemVersion: saved.systemVersion, requiresApproverSignOff: false } },
      { token: office },
    )).createCycle;
    const repo = t.dataSource.getRepository(TaskDefinition);
    const task = await repo.save(repo.create({
      cycleId: cycle.id, code: 'T-EVENTS', title: '开展诚信宣传活动', category: null, sourceText: '每季度开展诚信宣传活动',
      target: null, deadline: { kind: 'QUARTERLY', day: 10 }, deadlineText: null, indicatorCodes: ['C1-1'],
      inputs: [{ key: 'events', label: '活动次数', type: 'count' }], evidence: null, dataSource: 'UNIT_REPORT',
    }));
    for (let i = 0; i < 4; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `EJ-${i + 1}`, name: `导出任务部门${i + 1}` });
      units.push(unit);
      ok(await t.gql(`mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id } }`, { t: task.id, u: unit.id }, { token: office }));
    }
    q3 = findPeriod(cycle, 'QUARTER', 3).id;
    q4 = findPeriod(cycle, 'QUARTER', 4).id;
    for (const p of [q3, q4]) ok(await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: p }, { token: office }));
    const records = [4, 1, 3, 2];
    for (let i = 0; i < units.length; i += 1) {
      ok(await t.gql(
        `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`,
        { input: { periodId: q4, unitId: units[i]!.id, values: { records: records[i] } } },
        { token: office },
      ));
    }
    await t.api.services.scores.whenIdle();
    ok(await t.gql(
      `mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { revision } }`,
      { input: { periodId: q4, force: true, reason: '宣传活动数据尚未报送，先行发布' } },
      { token: office },
    ));
    // a second leader account: the same role may follow a colleague's export
    otherLeader = await t.loginAs((await createAccountFixture(t.dataSource, { role: Role.LEADER, username: 'leader.two' })).username);
  });

  afterAll(async () => {
    await t.api.services.exportJobs.whenIdle();
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a ranking export to completion with rising progress, and serves the workbook to its starter', async () => {
    const started = await start(leader, { kind: 'RANKING', periodId: q4 });
    expect(started).toMatchObject({ kind: 'RANKING', periodId: q4, provisional: false, progress: 0 });
    const { job, seen } = await finish(started.id, leader);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, stage: '已完成', errorCode: null, downloadUrl: `/files/export-jobs/${job.id}` });
    expect(job.finishedAt).not.toBeNull();
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(100);
    expect(job.fileName).toBe('2023年第四季度得分排名.xlsx');

    const res = await download(t, job.downloadUrl!, leader);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    expect(res.disposition).toContain('2023年第四季度得分排名.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe('2023年第四季度政务诚信得分排名');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const rows = [3, 4, 5, 6].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 6));
    // records 4, 1, 3, 2 → totals 4, 1, 3, 2 (宣传活动 not reported: 0); 3 分 and up is 蓝名单
    expect(rows).toEqual([
      [1, '导出任务部门1', 4, 10, '蓝名单'],
      [2, '导出任务部门3', 3, 10, '蓝名单'],
      [3, '导出任务部门4', 2, 10, '黄名单'],
      [4, '导出任务部门2', 1, 10, '黄名单'],
    ]);
    // the synchronous route writes the same workbook
    const direct = await download(t, `/files/exports/ranking.xlsx?periodId=${q4}`, leader);
    const dwb = new ExcelJS.Workbook();
    await dwb.xlsx.load(direct.body as unknown as ArrayBuffer);
    expect([3, 4, 5, 6].map((n) => (dwb.worksheets[0]!.getRow(n).values as unknown[]).slice(1, 6))).toEqual(rows);

    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'ExportJob', entityId: job.id });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['CREATE', t.accountFor(Role.LEADER)!.id]]);
  });

  it('builds the provisional Word report for the office and lists it among its jobs', async () => {
    const started = await start(office, { kind: 'REPORT_DOCX', periodId: q4, provisional: true });
    const { job, seen } = await finish(started.id, office);
    expect(job.status).toBe('SUCCEEDED');
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const res = await download(t, job.downloadUrl!, office);
    expect(res.status).toBe(200);
    expect(res.type).toContain('wordprocessingml');
    expect(res.disposition).toContain('2023年第四季度政务诚信监测报告（初步结果）.docx');
    const text = docxParagraphs(readZipEntry(res.body, 'word/document.xml')!.toString('utf8'));
    expect(text[0]).toBe('2023年第四季度政务诚信监测报告');
    expect(text).toContain('（初步结果，未发布）');
    expect(text).toContain('二、得分排名');

    const mine = ok(await t.gql<{ myExportJobs: Array<{ id: string }> }>(`{ myExportJobs { id } }`, {}, { token: office })).myExportJobs;
    expect(mine.map((j) => j.id)).toEqual([job.id]);
  });

  it('writes the completion and warnings workbooks and the score matrix as jobs too', async () => {
    for (const [kind, name] of [['COMPLETION', '任务完成情况'], ['WARNINGS', '预警清单'], ['SCORE_MATRIX', '指标得分明细']] as const) {
      const { job } = await finish((await start(evaluator, { kind, periodId: q4 })).id, evaluator);
      expect(job).toMatchObject({ status: 'SUCCEEDED', fileName: `2023年第四季度${name}.xlsx` });
      const res = await download(t, job.downloadUrl!, evaluator);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    }
  });

  it('answers a retry with the same key with the same job, and refuses the key for another export', async () => {
    const input = { kind: 'SCORE_MATRIX', periodId: q4, idempotencyKey: 'matrix-q4-retry-1' };
    const first = await start(leader, input);
    const again = await start(leader, input);
    expect(again.id).toBe(first.id);
    expect(await t.dataSource.getRepository(ExportJob).countBy({ idempotencyKey: 'matrix-q4-retry-1' })).toBe(1);
    const other = await t.gql(START, { input: { ...input, kind: 'RANKING' } }, { token: leader });
    expect(codeOf(other)).toBe('VALIDATION_FAILED');
    // another account's key space is its own
    const colleague = await start(otherLeader, input);
    expect(colleague.id).not.toBe(first.id);
    await t.api.services.exportJobs.whenIdle();
  });

  it('shows a job to its starter and the same role only; others get NOT_FOUND, unit users FORBIDDEN', async () => {
    const { job } = await finish((await start(leader, { kind: 'RANKING', periodId: q4 })).id, leader);
    expect(ok(await t.gql<{ exportJob: JobRow }>(JOB, { id: job.id }, { token: otherLeader })).exportJob.id).toBe(job.id);
    expect((await download(t, job.downloadUrl!, otherLeader)).status).toBe(200);

    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: evaluator }))).toBe('NOT_FOUND');
    expect((await download(t, job.downloadUrl!, evaluator)).status).toBe(404);

    const unitUser = (await loginUnitUser(t, Role.UNIT_APPROVER, units[0]!.id)).token;
    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: unitUser }))).toBe('FORBIDDEN');
    expect((await download(t, job.downloadUrl!, unitUser)).status).toBe(404);
    const before = await t.dataSource.getRepository(ExportJob).count();
    expect(codeOf(await t.gql(START, { input: { kind: 'RANKING', periodId: q4 } }, { token: unitUser }))).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(ExportJob).count()).toBe(before);
    expect((await fetch(`${t.url}${job.downloadUrl!}`)).status).toBe(401);
  });

  it('refuses what the synchronous routes refuse before creating a job', async () => {
    const before = await t.dataSource.getRepository(ExportJob).count();
    const provisionalReport = await t.gql(START, { input: { kind: 'REPORT_DOCX', periodId: q4, provisional: true } }, { token: leader });
    expect(codeOf(provisionalReport)).toBe('FORBIDDEN');
    const unknownPeriod = await t.gql(START, { input: { kind: 'RANKING', periodId: '00000000-0000-4000-8000-000000000000' } }, { token: leader });
    expect(codeOf(unknownPeriod)).toBe('NOT_FOUND');
    expect(await t.dataSource.getRepository(ExportJob).count()).toBe(before);
  });

  it('fails an export of unpublished results with NOT_PUBLISHED and leaves no file', async () => {
    const { job } = await finish((await start(leader, { kind: 'RANKING', periodId: q3 })).id, leader);
    expect(job).toMatchObject({ status: 'FAILED', errorCode: 'NOT_PUBLISHED', downloadUrl: null, fileName: null, stage: '导出失败' });
    expect(job.errorMessage).toMatch(/尚未发布/);
    expect(existsSync(join(exportJobDir(t.env), `${job.id}.xlsx`))).toBe(false);
    const res = await download(t, `/files/export-jobs/${job.id}`, leader);
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('fails jobs a dead process left running, and purges files and jobs after 24 hours', async () => {
    const repo = t.dataSource.getRepository(ExportJob);
    const orphan = await repo.save(repo.create({
      kind: ExportKind.RANKING, periodId: q4, provisional: false, status: ExportJobStatus.RUNNING, progress: 40, stage: '正在写入表格',
      fileName: null, errorCode: null, errorMessage: null, finishedAt: null, createdById: t.accountFor(Role.LEADER)!.id,
      createdByRole: Role.LEADER, idempotencyKey: null,
    }));
    expect(await t.api.services.exportJobs.failInterrupted()).toBe(1);
    const failed = ok(await t.gql<{ exportJob: JobRow }>(JOB, { id: orphan.id }, { token: leader })).exportJob;
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'EXPORT_INTERRUPTED', progress: 40 });
    expect(failed.errorMessage).toContain('请重新导出');

    const { job } = await finish((await start(leader, { kind: 'RANKING', periodId: q4 })).id, leader);
    const file = join(exportJobDir(t.env), `${job.id}.xlsx`);
    expect(existsSync(file)).toBe(true);
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await repo.update({ id: job.id }, { finishedAt: dayAgo });
    utimesSync(file, dayAgo, dayAgo);
    await t.api.services.exportJobs.purgeExpired();
    expect(existsSync(file)).toBe(false);
    expect(await repo.findOneBy({ id: job.id })).toBeNull();
    expect(codeOf(await t.gql(JOB, { id: job.id }, { token: leader }))).toBe('NOT_FOUND');
    expect((await download(t, `/files/export-jobs/${job.id}`, leader)).status).toBe(404);
  });
});
