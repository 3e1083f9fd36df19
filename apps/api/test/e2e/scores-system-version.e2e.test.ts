import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { AssessmentCycle } from '../../src/modules/cycles/assessment-cycle.entity';
import { ScoreCardRecord } from '../../src/modules/scores/score-card-record.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, type CycleRow } from '../utils/workflow-fixtures';

const band = (min: number | null, max: number | null, points: number) => ({ min, max, points, minInclusive: true, maxInclusive: false });

/** One monitoring indicator scored in bands of 归集条数; versions differ only in the bands. */
function system(bands: ReturnType<typeof band>[]) {
  return {
    id: 'adopt-version',
    version: 1,
    name: '版本切换测试体系',
    unitKinds: ['DEPARTMENT'],
    periodKind: 'QUARTER',
    totalPoints: 10,
    source: { title: '版本切换测试文件' },
    grading: [
      { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
      { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 9, maxInclusive: false },
    ],
    categories: [
      {
        code: 'C1', level: 'CATEGORY', name: '平台监测', maxPoints: 10,
        children: [{ code: 'C1-1', level: 'INDICATOR', name: '数据归集', maxPoints: 10, dataSource: 'PLATFORM_STATISTICS',
          inputs: [{ key: 'records', label: '归集条数', type: 'count' }],
          rule: { kind: 'bands', metric: { expr: 'records', label: '归集条数' }, bands } }],
      },
    ],
  };
}

/** v1: <3 → 0, 3–5 → 5, ≥5 → 10. v2 widens the middle band and raises it: <2 → 0, 2–5 → 8, ≥5 → 10. */
const V1 = system([band(null, 3, 0), band(3, 5, 5), band(5, null, 10)]);
const V2 = system([band(null, 2, 0), band(2, 5, 8), band(5, null, 10)]);

const ADOPT = `mutation($c: ID!, $v: Int!, $e: Int!, $k: String) {
  adoptIndicatorSystemVersion(cycleId: $c, systemVersion: $v, expectedVersion: $e, systemKey: $k) { id systemVersion version } }`;
const RANKING = `query($p: ID!, $prov: Boolean) { ranking(periodId: $p, unitKind: DEPARTMENT, provisional: $prov, first: 10) {
  nodes { unitName total grade } } }`;

describe.each(engines)('moving a cycle to another system version on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let cycle: CycleRow & { version?: number };
  let q1: string;
  let q2: string;
  const units: Unit[] = [];

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  /** the row version of the system's newest version: saving over it needs it */
  let latest: number | null = null;

  async function saveDraft(definition: unknown): Promise<{ version: number; systemVersion: number }> {
    const draft = ok(await t.gql<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!, $v: Int) { saveIndicatorSystemDraft(key: $key, definition: $d, expectedVersion: $v) { version systemVersion } }`,
      { key: 'adopt-version', d: definition, v: latest },
      { token: office },
    )).saveIndicatorSystemDraft;
    latest = draft.version;
    return draft;
  }

  async function saveAndPublish(definition: unknown): Promise<number> {
    const draft = await saveDraft(definition);
    const published = ok(await t.gql<{ publishIndicatorSystem: { version: number } }>(
      `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { version } }`,
      { key: 'adopt-version', v: draft.version },
      { token: office },
    )).publishIndicatorSystem;
    latest = published.version;
    return draft.systemVersion;
  }

  async function totals(periodId: string, provisional: boolean): Promise<Array<[string, string]>> {
    const res = ok(await t.gql<{ ranking: { nodes: Array<{ unitName: string; total: string }> } }>(RANKING, { p: periodId, prov: provisional }, { token: office }));
    return res.ranking.nodes.map((n) => [n.unitName, n.total]);
  }

  const cycleVersion = async () => (await t.dataSource.getRepository(AssessmentCycle).findOneByOrFail({ id: cycle.id })).version;

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const v1 = await saveAndPublish(V1);
    cycle = ok(await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度版本切换测试', year: 2023, systemKey: 'adopt-version', systemVersion: v1, requiresApproverSignOff: false } },
      { token: office },
    )).createCycle;
    q1 = findPeriod(cycle, 'QUARTER', 1).id;
    q2 = findPeriod(cycle, 'QUARTER', 2).id;
    for (const [i, name] of ['版本部门甲', '版本部门乙'].entries()) units.push(await createUnitFixture(t.dataSource, { code: `AV-${i + 1}`, name }));
    for (const p of [q1, q2]) {
      ok(await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: p }, { token: office }));
      // 甲 4 records (the middle band), 乙 6 (the top band)
      for (const [i, records] of [4, 6].entries()) {
        ok(await t.gql(
          `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`,
          { input: { periodId: p, unitId: units[i]!.id, values: { records } } },
          { token: office },
        ));
      }
    }
    await t.api.services.scores.whenIdle();
    ok(await t.gql(`mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { revision } }`, { input: { periodId: q1 } }, { token: office }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('scores both quarters with the first version', async () => {
    expect(await totals(q1, false)).toEqual([['版本部门乙', '10.00'], ['版本部门甲', '5.00']]);
    expect(await totals(q2, true)).toEqual([['版本部门乙', '10.00'], ['版本部门甲', '5.00']]);
  });

  it('refuses drafts, other systems, the version in use, stale versions and other roles, changing nothing', async () => {
    const v2 = await saveAndPublish(V2);
    // a third version left as a draft
    await saveDraft(V1);
    const version = await cycleVersion();
    const audits = await t.dataSource.getRepository(AuditLog).countBy({ action: 'ADOPT_SYSTEM_VERSION' });

    const draft = await t.gql(ADOPT, { c: cycle.id, v: v2 + 1, e: version }, { token: office });
    expect(codeOf(draft)).toBe('VALIDATION_FAILED');
    expect(draft.errors![0]!.message).toContain('尚未发布');
    const missing = await t.gql(ADOPT, { c: cycle.id, v: 99, e: version }, { token: office });
    expect(codeOf(missing)).toBe('VALIDATION_FAILED');
    const other = await t.gql(ADOPT, { c: cycle.id, v: v2, e: version, k: 'genhe-assessment-2023' }, { token: office });
    expect(codeOf(other)).toBe('VALIDATION_FAILED');
    expect(other.errors![0]!.message).toContain('不能改用其他指标体系');
    expect(codeOf(await t.gql(ADOPT, { c: cycle.id, v: 1, e: version }, { token: office }))).toBe('INVALID_STATE');
    expect(codeOf(await t.gql(ADOPT, { c: cycle.id, v: v2, e: version - 1 }, { token: office }))).toBe('CONFLICT');
    expect(codeOf(await t.gql(ADOPT, { c: cycle.id, v: v2, e: version }, { token: await t.loginAs(Role.EVALUATOR) }))).toBe('FORBIDDEN');

    expect(await cycleVersion()).toBe(version);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'ADOPT_SYSTEM_VERSION' })).toBe(audits);
    expect(await totals(q2, true)).toEqual([['版本部门乙', '10.00'], ['版本部门甲', '5.00']]);
  });

  it('moves to the new published version, recomputes the unpublished quarter and keeps the published one', async () => {
    const version = await cycleVersion();
    const before = await t.dataSource.getRepository(ScoreCardRecord).findBy({ periodId: q2, current: true });
    const adopted = ok(await t.gql<{ adoptIndicatorSystemVersion: { systemVersion: number; version: number } }>(
      ADOPT,
      { c: cycle.id, v: 2, e: version, k: 'adopt-version' },
      { token: office },
    )).adoptIndicatorSystemVersion;
    expect(adopted).toEqual({ id: cycle.id, systemVersion: 2, version: version + 1 });

    // 甲's 4 records now fall in the 2–5 band worth 8; 乙 stays in the top band
    expect(await totals(q2, true)).toEqual([['版本部门乙', '10.00'], ['版本部门甲', '8.00']]);
    const q2Cards = await t.dataSource.getRepository(ScoreCardRecord).findBy({ periodId: q2 });
    expect(q2Cards.filter((c) => c.current).map((c) => c.systemVersion)).toEqual([2, 2]);
    // the earlier computation is history, not gone
    expect(before).toHaveLength(2);
    expect(q2Cards.filter((c) => !c.current).map((c) => c.id)).toEqual(expect.arrayContaining(before.map((c) => c.id)));
    const explained = q2Cards.find((c) => c.current && c.unitId === units[0]!.id)!.card;
    expect(JSON.stringify(explained)).toContain('归集条数 4落在 2≤x<5 档，得 8 分（满分 10 分）');

    // the published quarter: snapshot and current cards both still the first version's
    expect(await totals(q1, false)).toEqual([['版本部门乙', '10.00'], ['版本部门甲', '5.00']]);
    const q1Current = await t.dataSource.getRepository(ScoreCardRecord).findBy({ periodId: q1, current: true });
    expect(q1Current.map((c) => c.systemVersion)).toEqual([1, 1]);

    const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'ADOPT_SYSTEM_VERSION', entityId: cycle.id });
    expect(audit.before).toMatchObject({ systemVersion: 1 });
    expect(audit.after).toMatchObject({ systemVersion: 2 });
  });
});
