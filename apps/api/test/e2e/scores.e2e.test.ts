import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { GradeOverride } from '../../src/modules/scores/grade-override.entity';
import { MonitoringEntry } from '../../src/modules/scores/monitoring-entry.entity';
import { PublishedCard } from '../../src/modules/scores/published-result.entity';
import { ScoreCardRecord } from '../../src/modules/scores/score-card-record.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import {
  CREATE_CYCLE,
  createEvidenceFixture,
  createGenheUnits,
  findPeriod,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from '../utils/workflow-fixtures';

/** 10 points: 宣传活动 (unit report, events × 2, max 6) + 数据归集 (platform monitoring, records, max 4). */
const SYSTEM = {
  id: 'test-scores',
  version: 1,
  name: '计分测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '计分测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 6, minInclusive: true, max: 9, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 6, maxInclusive: false },
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
        },
      ],
    },
    {
      code: 'C2',
      level: 'CATEGORY',
      name: '平台监测',
      maxPoints: 4,
      children: [
        {
          code: 'C2-1',
          level: 'INDICATOR',
          name: '数据归集',
          maxPoints: 4,
          dataSource: 'PLATFORM_STATISTICS',
          inputs: [{ key: 'records', label: '归集条数', type: 'count' }],
          rule: { kind: 'formula', expr: 'records' },
        },
      ],
    },
  ],
};

const SAVE_SYSTEM = `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`;
const PUBLISH_SYSTEM = `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`;
const ASSIGN = `mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id } }`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { status } }`;
const SAVE = `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id version } }`;
const SUBMIT = `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { id version state } }`;
const APPROVE = `mutation($input: SubmissionActionInput!) { approveSubmission(input: $input) { id version state } }`;
const REOPEN = `mutation($input: SubmissionReasonInput!) { reopenSubmission(input: $input) { id version state } }`;
const MONITOR = `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id version values } }`;
const RECOMPUTE = `mutation($p: ID!) { recomputeScores(periodId: $p) { computationId cards provisional } }`;
const PUBLISH = `mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { id revision forced reason provisionalCount createdAt } }`;
const OVERRIDE = `mutation($input: OverrideGradeInput!, $v: Int) { overrideGrade(input: $input, expectedVersion: $v) { id grade reason version } }`;
const RANKING = `query($p: ID!, $k: UnitKind!, $prov: Boolean, $first: Int, $after: String) {
  ranking(periodId: $p, unitKind: $k, provisional: $prov, first: $first, after: $after) {
    source revision previousPeriodId totalCount pageInfo { hasNextPage endCursor }
    nodes { rank unitId unitName total maxTotal grade provisional previousTotal pointsChange previousRank rankChange
      gradeOverride { grade reason manual } categories { code points maxPoints } unit { code } } } }`;
const CARD = `query($p: ID!, $u: ID!, $prov: Boolean) { scoreCard(periodId: $p, unitId: $u, provisional: $prov) {
  source total grade rank provisional explanation gradeOverride { grade reason manual }
  nodes { code points maxPoints status explanation evidence { id fileName url } } } }`;
const MY_CARD = `query($p: ID!) { myScoreCard(periodId: $p) { unitId total grade rank source } }`;
const LOSSES = `query($p: ID!, $prov: Boolean) { indicatorLosses(periodId: $p, unitKind: DEPARTMENT, provisional: $prov) {
  code maxPoints unitCount averagePoints averageLoss unitsAtZero buckets { bucket count } } }`;
const LISTS = `query($p: ID!) { gradeLists(periodId: $p) { grade label units { unitName total gradeOverride { manual reason } } } }`;
const TREND = `query($u: ID!, $c: ID!, $prov: Boolean) { scoreTrend(unitId: $u, cycleId: $c, periodKind: QUARTER, provisional: $prov) { label total rank } }`;

interface RankRow {
  rank: number;
  unitId: string;
  unitName: string;
  total: string;
  grade: string | null;
  provisional: boolean;
  previousTotal: string | null;
  pointsChange: string | null;
  previousRank: number | null;
  rankChange: number | null;
  gradeOverride: { grade: string; reason: string; manual: boolean } | null;
  unit: { code: string };
}

interface RankingResult {
  ranking: { source: string; revision: number | null; previousPeriodId: string | null; totalCount: number; nodes: RankRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe.each(engines)('scores and reports on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let leader: string;
  let systemVersion: number;
  let cycle: CycleRow;
  let taskId: string;
  const units: Unit[] = [];
  const submitters: string[] = [];
  const submitterIds: string[] = [];
  let evidenceId: string;

  const q1 = () => findPeriod(cycle, 'QUARTER', 1).id;
  const q2 = () => findPeriod(cycle, 'QUARTER', 2).id;
  const year = () => findPeriod(cycle, 'YEAR', 1).id;

  async function ok<T>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, vars, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  /** unit i reports `events` for the period; the office approves; returns the submission */
  async function report(i: number, periodId: string, events: number, evidenceIds: string[] = []): Promise<{ id: string; version: number }> {
    const saved = await ok<{ saveSubmissionDraft: { id: string; version: number } }>(
      SAVE, { input: { taskId, periodId, values: { events }, evidenceIds } }, submitters[i]!);
    const sent = await ok<{ submitSubmission: { id: string; version: number } }>(
      SUBMIT, { input: { submissionId: saved.saveSubmissionDraft.id, expectedVersion: saved.saveSubmissionDraft.version } }, submitters[i]!);
    const approved = await ok<{ approveSubmission: { id: string; version: number } }>(
      APPROVE, { input: { submissionId: sent.submitSubmission.id, expectedVersion: sent.submitSubmission.version } }, office);
    return approved.approveSubmission;
  }

  async function monitor(i: number, periodId: string, records: number, expectedVersion?: number) {
    return ok<{ enterMonitoringValues: { version: number } }>(
      MONITOR, { input: { periodId, unitId: units[i]!.id, values: { records }, expectedVersion } }, office);
  }

  const ranking = (periodId: string, token: string, provisional?: boolean) =>
    t.gql<RankingResult>(RANKING, { p: periodId, k: 'DEPARTMENT', prov: provisional ?? null }, { token });

  async function createCycle(name: string): Promise<CycleRow> {
    const created = await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name, year: 2023, systemKey: 'test-scores', systemVersion, requiresApproverSignOff: false },
    }, office);
    return created.createCycle;
  }

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    const saved = await ok<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(SAVE_SYSTEM, { key: 'test-scores', d: SYSTEM }, office);
    await ok(PUBLISH_SYSTEM, { key: 'test-scores', v: saved.saveIndicatorSystemDraft.version }, office);
    systemVersion = saved.saveIndicatorSystemDraft.systemVersion;
    cycle = await createCycle('2023年度计分测试');
    const repo = t.dataSource.getRepository(TaskDefinition);
    const task = await repo.save(repo.create({
      cycleId: cycle.id, code: 'T-EVENTS', title: '开展诚信宣传活动', category: null, sourceText: '每季度开展诚信宣传活动',
      target: null, deadline: { kind: 'QUARTERLY', day: 10 }, deadlineText: null, indicatorCodes: ['C1-1'],
      inputs: [{ key: 'events', label: '活动次数', type: 'count' }], evidence: null, dataSource: 'UNIT_REPORT',
    }));
    taskId = task.id;
    for (let i = 0; i < 5; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `SC-${i + 1}`, name: `测试部门${i + 1}` });
      units.push(unit);
      await ok(ASSIGN, { t: taskId, u: unit.id }, office);
      const submitter = await loginUnitUser(t, Role.UNIT_SUBMITTER, unit.id);
      submitters.push(submitter.token);
      submitterIds.push(submitter.id);
    }
    await ok(OPEN, { id: q1() }, office);
    await ok(OPEN, { id: q2() }, office);
  });
  afterAll(async () => {
    await t.close();
  });

  it('enters monitoring values validated against the system, audited and version-checked', async () => {
    const refused = await t.gql(MONITOR, { input: { periodId: q1(), unitId: units[0]!.id, values: { records: 4 } } }, { token: leader });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const unitKey = await t.gql(MONITOR, { input: { periodId: q1(), unitId: units[0]!.id, values: { events: 4 } } }, { token: office });
    expect(codeOf(unitKey)).toBe('VALIDATION_FAILED');
    const negative = await t.gql(MONITOR, { input: { periodId: q1(), unitId: units[0]!.id, values: { records: -1 } } }, { token: office });
    expect(codeOf(negative)).toBe('VALIDATION_FAILED');
    expect(await t.dataSource.getRepository(MonitoringEntry).count()).toBe(0);

    const records = [4, 4, 4, 3, 1];
    for (let i = 0; i < 5; i += 1) await monitor(i, q1(), records[i]!);
    const again = await t.gql(MONITOR, { input: { periodId: q1(), unitId: units[0]!.id, values: { records: 4 } } }, { token: office });
    expect(codeOf(again)).toBe('CONFLICT');
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'MonitoringEntry' });
    expect(audit).toHaveLength(5);
  });

  it('lists the fields the office enters as monitoring data, and only to those who enter them', async () => {
    const FIELDS = `query($c: ID!) { monitoringFields(cycleId: $c) }`;
    const fields = (await ok<{ monitoringFields: Array<{ key: string }> }>(FIELDS, { c: cycle.id }, office)).monitoringFields;
    // records comes from the platform; events is the units' own figure
    expect(fields.map((f) => f.key)).toContain('records');
    expect(fields.map((f) => f.key)).not.toContain('events');
    expect(codeOf(await t.gql(FIELDS, { c: cycle.id }, { token: leader }))).toBe('FORBIDDEN');
  });

  it('recomputes on approval; results stay provisional while a unit has unapproved data', async () => {
    const events = [3, 2, 2, 1];
    evidenceId = (await createEvidenceFixture(t.dataSource, units[0]!.id, submitterIds[0]!)).id;
    await report(0, q1(), events[0]!, [evidenceId]);
    for (let i = 1; i < 4; i += 1) await report(i, q1(), events[i]!);
    const res = await ranking(q1(), office, true);
    const rows = res.data!.ranking.nodes;
    expect(res.data!.ranking.source).toBe('CURRENT');
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.provisional)).toBe(true);
    expect(rows.find((r) => r.unitName === '测试部门5')!.total).toBe('1.00');

    const refused = await t.gql(PUBLISH, { input: { periodId: q1() } }, { token: office });
    expect(codeOf(refused)).toBe('PROVISIONAL_RESULTS');
    const noReason = await t.gql(PUBLISH, { input: { periodId: q1(), force: true } }, { token: office });
    expect(codeOf(noReason)).toBe('VALIDATION_FAILED');
  });

  it('ranks with ties and grades once every unit is approved', async () => {
    await report(4, q1(), 0);
    const res = await ranking(q1(), office, true);
    const rows = res.data!.ranking.nodes;
    expect(rows.map((r) => [r.unit.code, r.rank, r.total, r.grade, r.provisional])).toEqual([
      ['SC-1', 1, '10.00', 'RED', false],
      ['SC-2', 2, '8.00', 'BLUE', false],
      ['SC-3', 2, '8.00', 'BLUE', false],
      ['SC-4', 4, '5.00', 'YELLOW', false],
      ['SC-5', 5, '1.00', 'YELLOW', false],
    ]);
    expect(rows[0]!.previousTotal).toBeNull();
    expect(rows[0]!.rankChange).toBeNull();
    // cursor pagination over the ranking
    const first = await t.gql<RankingResult>(RANKING, { p: q1(), k: 'DEPARTMENT', prov: true, first: 2 }, { token: office });
    expect(first.data!.ranking.nodes.map((r) => r.unit.code)).toEqual(['SC-1', 'SC-2']);
    expect(first.data!.ranking.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<RankingResult>(RANKING, { p: q1(), k: 'DEPARTMENT', prov: true, first: 2, after: first.data!.ranking.pageInfo.endCursor }, { token: office });
    expect(next.data!.ranking.nodes.map((r) => r.unit.code)).toEqual(['SC-3', 'SC-4']);
    // history: every approval and monitoring entry was a computation, one is current
    const current = await t.dataSource.getRepository(ScoreCardRecord).countBy({ periodId: q1(), current: true });
    const all = await t.dataSource.getRepository(ScoreCardRecord).countBy({ periodId: q1() });
    expect(current).toBe(5);
    expect(all).toBeGreaterThan(current);
  });

  it('hides results from units and leadership until published; LEADER sees figures only with provisional: true', async () => {
    expect(codeOf(await t.gql(MY_CARD, { p: q1() }, { token: submitters[0]! }))).toBe('NOT_PUBLISHED');
    expect(codeOf(await ranking(q1(), leader))).toBe('NOT_PUBLISHED');
    const explicit = await ranking(q1(), leader, true);
    expect(explicit.data!.ranking.source).toBe('CURRENT');
    expect(explicit.data!.ranking.nodes).toHaveLength(5);
    expect(codeOf(await ranking(q1(), submitters[0]!, true))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CARD, { p: q1(), u: units[0]!.id, prov: true }, { token: submitters[0]! }))).toBe('FORBIDDEN');
  });

  it('applies a grade override with a reason and shows it as an override', async () => {
    const noReason = await t.gql(OVERRIDE, { input: { periodId: q1(), unitId: units[1]!.id, grade: 'YELLOW', reason: '  ' } }, { token: office });
    expect(codeOf(noReason)).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(OVERRIDE, { input: { periodId: q1(), unitId: units[1]!.id, grade: 'YELLOW', reason: '存在严重失信行为' } }, { token: leader }))).toBe('FORBIDDEN');
    const set = await ok<{ overrideGrade: { grade: string; version: number } }>(OVERRIDE, { input: { periodId: q1(), unitId: units[1]!.id, grade: 'YELLOW', reason: '存在严重失信行为' } }, office);
    expect(set.overrideGrade.grade).toBe('YELLOW');
    const stale = await t.gql(OVERRIDE, { input: { periodId: q1(), unitId: units[1]!.id, grade: 'YELLOW', reason: '再次调整' }, v: set.overrideGrade.version + 5 }, { token: office });
    expect(codeOf(stale)).toBe('CONFLICT');
    const rows = (await ranking(q1(), office, true)).data!.ranking.nodes;
    const sc2 = rows.find((r) => r.unit.code === 'SC-2')!;
    expect(sc2.total).toBe('8.00');
    expect(sc2.grade).toBe('YELLOW');
    expect(sc2.gradeOverride).toEqual({ grade: 'YELLOW', reason: '存在严重失信行为', manual: true });
    const card = await ok<{ scoreCard: { grade: string; gradeOverride: { reason: string } } }>(CARD, { p: q1(), u: units[1]!.id, prov: true }, office);
    expect(card.scoreCard.gradeOverride.reason).toBe('存在严重失信行为');
  });

  it('publishes an immutable snapshot that units and leadership read', async () => {
    const published = await ok<{ publishPeriodResults: { revision: number; forced: boolean } }>(PUBLISH, { input: { periodId: q1() } }, office);
    expect(published.publishPeriodResults).toMatchObject({ revision: 1, forced: false });
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'PublishedResult', action: 'PUBLISH_RESULTS' });
    expect(audit).toHaveLength(1);

    const mine = await ok<{ myScoreCard: { unitId: string; total: string; rank: number; source: string } }>(MY_CARD, { p: q1() }, submitters[0]!);
    expect(mine.myScoreCard).toMatchObject({ unitId: units[0]!.id, total: '10.00', rank: 1, source: 'PUBLISHED' });
    expect(codeOf(await t.gql(CARD, { p: q1(), u: units[1]!.id }, { token: submitters[0]! }))).toBe('FORBIDDEN');
    type Node = { code: string; points: string; explanation: string; evidence: Array<{ id: string; fileName: string; url: string }> };
    const card = await ok<{ scoreCard: { nodes: Node[] } }>(CARD, { p: q1(), u: units[0]!.id }, submitters[0]!);
    const node = (code: string) => card.scoreCard.nodes.find((n) => n.code === code)!;
    expect(node('C1-1')).toMatchObject({ points: '6.00' });
    // the evidence of the approved submission that fed 宣传活动, with its download link; none for the monitored indicator
    expect(node('C1-1').evidence).toEqual([{ id: evidenceId, fileName: '会议纪要.pdf', url: `/files/evidence/${evidenceId}` }]);
    expect(node('C1').evidence.map((e) => e.id)).toEqual([evidenceId]);
    expect(node('C2-1').evidence).toEqual([]);
    expect(card.scoreCard.nodes.every((n) => n.explanation.length > 0)).toBe(true);

    const leaderView = await ranking(q1(), leader);
    expect(leaderView.data!.ranking).toMatchObject({ source: 'PUBLISHED', revision: 1 });
    expect(leaderView.data!.ranking.nodes.map((r) => r.total)).toEqual(['10.00', '8.00', '8.00', '5.00', '1.00']);
  });

  it('reports where units lose points (checked by hand)', async () => {
    const res = await ok<{ indicatorLosses: Array<{ code: string; unitCount: number; averagePoints: string; averageLoss: string; unitsAtZero: number; buckets: Array<{ bucket: string; count: number }> }> }>(LOSSES, { p: q1() }, leader);
    const bucket = (code: string) => Object.fromEntries(res.indicatorLosses.find((l) => l.code === code)!.buckets.map((b) => [b.bucket, b.count]));
    // 宣传活动: 6, 4, 4, 2, 0 → average 3.20, loss 2.80
    expect(res.indicatorLosses.find((l) => l.code === 'C1-1')).toMatchObject({ unitCount: 5, averagePoints: '3.20', averageLoss: '2.80', unitsAtZero: 1 });
    expect(bucket('C1-1')).toEqual({ ZERO: 1, BELOW_HALF: 1, HALF_OR_MORE: 2, FULL: 1 });
    // 数据归集: 4, 4, 4, 3, 1 → average 3.20
    expect(res.indicatorLosses.find((l) => l.code === 'C2-1')).toMatchObject({ averagePoints: '3.20', averageLoss: '0.80', unitsAtZero: 0 });
    expect(bucket('C2-1')).toEqual({ ZERO: 0, BELOW_HALF: 1, HALF_OR_MORE: 1, FULL: 3 });
    expect(res.indicatorLosses.map((l) => l.code)).toEqual(['C1-1', 'C2-1']);

    const lists = await ok<{ gradeLists: Array<{ grade: string; label: string; units: Array<{ unitName: string; gradeOverride: { manual: boolean } | null }> }> }>(LISTS, { p: q1() }, leader);
    expect(lists.gradeLists.map((l) => [l.label, l.units.map((u) => u.unitName)])).toEqual([
      ['红名单', ['测试部门1']],
      ['蓝名单', ['测试部门3']],
      ['黄名单', ['测试部门2', '测试部门4', '测试部门5']],
    ]);
    expect(lists.gradeLists[2]!.units[0]!.gradeOverride?.manual).toBe(true);
  });

  it('compares with the previous quarter and rolls quarters up into the year', async () => {
    await monitor(0, q2(), 4);
    await monitor(1, q2(), 4);
    await report(0, q2(), 2);
    await report(1, q2(), 3);
    const res = await ranking(q2(), office, true);
    expect(res.data!.ranking.previousPeriodId).toBe(q1());
    expect(res.data!.ranking.nodes.map((r) => [r.unit.code, r.rank, r.total, r.previousTotal, r.pointsChange, r.previousRank, r.rankChange])).toEqual([
      ['SC-2', 1, '10.00', '8.00', '+2.00', 2, 1],
      ['SC-1', 2, '8.00', '10.00', '-2.00', 1, -1],
    ]);
    // the quarter's own ranking is recomputed at once, the year around it in the background
    await t.api.services.scores.whenIdle();
    // the year averages each quarterly indicator over the started quarters; a quarter without data counts 0
    const sc1 = await ok<{ scoreCard: { total: string; nodes: Array<{ code: string; points: string }> } }>(CARD, { p: year(), u: units[0]!.id, prov: true }, office);
    expect(sc1.scoreCard.total).toBe('9.00');
    expect(sc1.scoreCard.nodes.find((n) => n.code === 'C1-1')!.points).toBe('5.00');
    const sc3 = await ok<{ scoreCard: { total: string } }>(CARD, { p: year(), u: units[2]!.id, prov: true }, office);
    expect(sc3.scoreCard.total).toBe('4.00');
    const trend = await ok<{ scoreTrend: Array<{ label: string; total: string }> }>(TREND, { u: units[0]!.id, c: cycle.id, prov: true }, office);
    expect(trend.scoreTrend.map((p) => p.total)).toEqual(['10.00', '8.00']);
  });

  it('keeps the published snapshot when data is reopened and recomputed', async () => {
    const before = await t.dataSource.getRepository(PublishedCard).find({ order: { unitId: 'ASC' } });
    const submission = await t.dataSource.query(
      `SELECT id, version FROM submission WHERE unitId = ? AND periodId = ?`, [units[0]!.id, q1()]) as Array<{ id: string; version: number }>;
    await ok(REOPEN, { input: { submissionId: submission[0]!.id, expectedVersion: Number(submission[0]!.version), reason: '数据有误，重新核实' } }, office);
    const current = (await ranking(q1(), office, true)).data!.ranking.nodes.find((r) => r.unit.code === 'SC-1')!;
    expect(current.total).toBe('4.00');
    expect(current.provisional).toBe(true);
    const leaderView = (await ranking(q1(), leader)).data!.ranking;
    expect(leaderView.nodes.find((r) => r.unit.code === 'SC-1')!.total).toBe('10.00');
    expect(leaderView.revision).toBe(1);
    expect(await t.dataSource.getRepository(PublishedCard).find({ order: { unitId: 'ASC' } })).toEqual(before);

    const forced = await ok<{ publishPeriodResults: { revision: number; forced: boolean; provisionalCount: number } }>(PUBLISH, { input: { periodId: q1(), force: true, reason: '按期发布，个别数据待核实' } }, office);
    expect(forced.publishPeriodResults).toMatchObject({ revision: 2, forced: true, provisionalCount: 5 });
    expect((await ranking(q1(), leader)).data!.ranking.nodes.find((r) => r.unit.code === 'SC-1')!.total).toBe('4.00');
    expect(await t.dataSource.getRepository(PublishedCard).countBy({ periodId: q1() })).toBe(10);
  });

  it('clears a grade override; the published snapshot keeps it', async () => {
    const row = (await t.dataSource.getRepository(GradeOverride).findOneByOrFail({ periodId: q1(), unitId: units[1]!.id }));
    // the console reads the version to quote from the override query; leadership may not
    const READ = `query($p: ID!, $u: ID!) { gradeOverride(periodId: $p, unitId: $u) { grade reason version } }`;
    const read = await ok<{ gradeOverride: { grade: string; reason: string; version: number } }>(READ, { p: q1(), u: units[1]!.id }, office);
    expect(read.gradeOverride).toEqual({ grade: 'YELLOW', reason: row.reason, version: row.version });
    expect(codeOf(await t.gql(READ, { p: q1(), u: units[1]!.id }, { token: leader }))).toBe('FORBIDDEN');
    expect((await ok<{ gradeOverride: null }>(READ, { p: q1(), u: units[0]!.id }, office)).gradeOverride).toBeNull();
    const CLEAR = `mutation($p: ID!, $u: ID!, $v: Int!) { clearGradeOverride(periodId: $p, unitId: $u, expectedVersion: $v) { grade version } }`;
    expect(codeOf(await t.gql(CLEAR, { p: q1(), u: units[1]!.id, v: row.version + 1 }, { token: office }))).toBe('CONFLICT');
    const cleared = await ok<{ clearGradeOverride: { grade: string | null } }>(CLEAR, { p: q1(), u: units[1]!.id, v: row.version }, office);
    expect(cleared.clearGradeOverride.grade).toBeNull();
    const sc2 = (await ranking(q1(), office, true)).data!.ranking.nodes.find((r) => r.unit.code === 'SC-2')!;
    expect(sc2).toMatchObject({ grade: 'BLUE', gradeOverride: null });
    const published = (await ranking(q1(), leader)).data!.ranking.nodes.find((r) => r.unit.code === 'SC-2')!;
    expect(published.grade).toBe('YELLOW');
    expect(await t.dataSource.getRepository(AuditLog).countBy({ entity: 'GradeOverride', action: 'CLEAR_GRADE_OVERRIDE' })).toBe(1);
  });

  it('calls the onRecomputed listeners with the period and its new cards', async () => {
    const seen: Array<[string, number]> = [];
    const listener = (periodId: string, cards: unknown[]) => {
      seen.push([periodId, cards.length]);
      return Promise.resolve();
    };
    t.api.services.scores.onRecomputed.push(listener);
    try {
      expect(codeOf(await t.gql(RECOMPUTE, { p: q1() }, { token: leader }))).toBe('FORBIDDEN');
      const res = await ok<{ recomputeScores: { cards: number; provisional: number } }>(RECOMPUTE, { p: q1() }, office);
      expect(res.recomputeScores).toEqual(expect.objectContaining({ cards: 5, provisional: 5 }));
      expect(seen).toEqual([[q1(), 5]]);
    } finally {
      t.api.services.scores.onRecomputed.splice(t.api.services.scores.onRecomputed.indexOf(listener), 1);
    }
  });

  it('issues a constant number of SQL statements for a ranking, grade lists and a scorecard of 5 or 36 units', async () => {
    const big = await createCycle('2023年度计分测试（36个单位）');
    const bigQ1 = findPeriod(big, 'QUARTER', 1).id;
    const assignments = t.dataSource.getRepository(TaskAssignment);
    const entries = t.dataSource.getRepository(MonitoringEntry);
    const office1 = t.accountFor(Role.CREDIT_OFFICE)!.id;
    for (let i = 0; i < 36; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `BIG-${String(i).padStart(2, '0')}`, name: `大测试部门${i}` });
      await assignments.save(assignments.create({ cycleId: big.id, unitId: unit.id, taskId }));
      await entries.save(entries.create({ cycleId: big.id, periodId: bigQ1, unitId: unit.id, values: { events: i % 4, records: i % 5 }, enteredBy: office1 }));
    }
    expect((await ok<{ recomputeScores: { cards: number } }>(RECOMPUTE, { p: bigQ1 }, office)).recomputeScores.cards).toBe(36);
    await ok(PUBLISH, { input: { periodId: bigQ1 } }, office);

    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let statements: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      original(query, parameters, runner);
    };
    // the session lookup is the same for every request; count the report's own statements
    const own = () => statements.filter((s) => !/\b(session|account)\b/i.test(s)).length;
    const count = async (periodId: string, provisional?: boolean) => {
      statements = [];
      const res = await t.gql<RankingResult>(RANKING, { p: periodId, k: 'DEPARTMENT', prov: provisional ?? null, first: 100 }, { token: leader });
      expect(res.errors).toBeUndefined();
      return { rows: res.data!.ranking.nodes.length, statements: own() };
    };
    const countOf = async (query: string, variables: Record<string, unknown>, token = leader) => {
      statements = [];
      const res = await t.gql<Record<string, unknown>>(query, variables, { token });
      expect(res.errors).toBeUndefined();
      return own();
    };
    try {
      const small = await count(q1());
      const large = await count(bigQ1);
      expect(small.rows).toBe(5);
      expect(large.rows).toBe(36);
      expect(small.statements).toBeGreaterThanOrEqual(3);
      expect(large.statements).toBe(small.statements);
      // a first quarter's previous period is looked up in the previous cycle: one statement more
      expect(large.statements).toBeLessThanOrEqual(5);
      const smallCurrent = await count(q1(), true);
      const largeCurrent = await count(bigQ1, true);
      expect(smallCurrent.statements).toBeGreaterThanOrEqual(2);
      expect(largeCurrent.statements).toBe(smallCurrent.statements);
      expect(largeCurrent.statements).toBeLessThanOrEqual(5);

      // grade lists: one read of the period's cards, however many units are listed
      const smallLists = await countOf(LISTS, { p: q1() });
      const largeLists = await countOf(LISTS, { p: bigQ1 });
      expect(smallLists).toBeGreaterThanOrEqual(1);
      expect(largeLists).toBe(smallLists);
      expect(largeLists).toBeLessThanOrEqual(2);

      // a scorecard with its evidence links: the same statements for a unit among 5 or among 36
      const bigUnit = (await t.gql<RankingResult>(RANKING, { p: bigQ1, k: 'DEPARTMENT', prov: null, first: 1 }, { token: leader })).data!.ranking.nodes[0]!.unitId;
      const smallCard = await countOf(CARD, { p: q1(), u: units[0]!.id, prov: null });
      const largeCard = await countOf(CARD, { p: bigQ1, u: bigUnit, prov: null });
      expect(smallCard).toBeGreaterThanOrEqual(2);
      expect(largeCard).toBe(smallCard);
      expect(largeCard).toBeLessThanOrEqual(4);

      // a trend reads every quarter's cards in one batch
      const trend = await countOf(TREND, { u: bigUnit, c: big.id, prov: true }, office);
      expect(trend).toBeLessThanOrEqual(3);
    } finally {
      logger.logQuery = original;
    }
  });

  it('scores the Genhe assessment from a department\'s approved monthly and quarterly tasks', async () => {
    const genhe = await createGenheUnits(t.dataSource);
    const fgw = genhe.get('GH-FGW')!.id;
    const version = await publishPreset(t, office, 'genhe-assessment-2023');
    const gc = (await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: '2023年度根河市考核', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: version, taskListKey: 'genhe-tasks-2023', requiresApproverSignOff: false },
    }, office)).createCycle;
    await ok(`mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`, { c: gc.id }, office);
    const march = findPeriod(gc, 'MONTH', 3).id;
    const gq1 = findPeriod(gc, 'QUARTER', 1).id;
    const gyear = findPeriod(gc, 'YEAR', 1).id;
    await ok(OPEN, { id: march }, office);
    await ok(OPEN, { id: gq1 }, office);
    const submitter = await loginUnitUser(t, Role.UNIT_SUBMITTER, fgw);
    const tasks = await t.dataSource.getRepository(TaskDefinition).findBy({ cycleId: gc.id });
    const taskOf = (code: string) => tasks.find((task) => task.code === code)!.id;
    const evidence = (await createEvidenceFixture(t.dataSource, fgw, submitter.id)).id;
    const fill = async (code: string, periodId: string, values: Record<string, unknown>, evidenceIds: string[] = []) => {
      const saved = await ok<{ saveSubmissionDraft: { id: string; version: number } }>(SAVE, { input: { taskId: taskOf(code), periodId, values, evidenceIds } }, submitter.token);
      const sent = await ok<{ submitSubmission: { id: string; version: number } }>(SUBMIT, { input: { submissionId: saved.saveSubmissionDraft.id, expectedVersion: saved.saveSubmissionDraft.version } }, submitter.token);
      await ok(APPROVE, { input: { submissionId: sent.submitSubmission.id, expectedVersion: sent.submitSubmission.version } }, office);
    };
    // 按时填报自治区月调度系统 (monthly) in March; 诚信文化宣传 (a monthly indicator fed by a quarterly task) in Q1
    await fill('GH-FGW-13', march, { dispatch_filed_on_time: true });
    await fill('GH-FGW-34', gq1, { integrity_publicity_events: 2 }, [evidence]);

    const res = await ranking(march, office, true);
    expect(res.data!.ranking.nodes.map((r) => [r.unit.code, r.provisional])).toEqual([['GH-FGW', true]]);
    type Card = { scoreCard: { nodes: Array<{ code: string; points: string; status: string; explanation: string; evidence: Array<{ id: string }> }> } };
    const node = (card: Card, code: string) => card.scoreCard.nodes.find((n) => n.code === code)!;
    const marchCard = await ok<Card>(CARD, { p: march, u: fgw, prov: true }, office);
    expect(node(marchCard, 'GH-H-1').status).toBe('SCORED');
    expect(Number(node(marchCard, 'GH-H-1').points)).toBeGreaterThan(0);

    await t.api.services.scores.whenIdle();
    const quarterCard = await ok<Card>(CARD, { p: gq1, u: fgw, prov: true }, office);
    const yearCard = await ok<Card>(CARD, { p: gyear, u: fgw, prov: true }, office);
    expect(Number(node(quarterCard, 'GH-G-1').points)).toBeGreaterThan(0);
    expect(node(yearCard, 'GH-G-1').points).toBe(node(quarterCard, 'GH-G-1').points);
    expect(node(yearCard, 'GH-G-1').explanation).toContain('按 1 期平均');
    expect(node(yearCard, 'GH-G-1').evidence.map((e) => e.id)).toEqual([evidence]);
    expect(node(yearCard, 'GH-H-1').points).toBe(node(marchCard, 'GH-H-1').points);
  });
});
