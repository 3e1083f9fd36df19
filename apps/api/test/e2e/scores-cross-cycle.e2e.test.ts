import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import type { GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, type CycleRow } from '../utils/workflow-fixtures';

/** 信用认证 (6 points, valid 6 months after the quarter it was earned in) + 数据归集 (4 points). */
const SYSTEM = {
  id: 'cross-cycle',
  version: 1,
  name: '跨周期测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '跨周期测试文件' },
  categories: [
    {
      code: 'K', level: 'CATEGORY', name: '平台监测', maxPoints: 10,
      children: [
        { code: 'V', level: 'INDICATOR', name: '信用认证', maxPoints: 6, dataSource: 'PLATFORM_STATISTICS',
          validity: { months: 6, sourceText: '认证结果六个月内有效' },
          inputs: [{ key: 'cert', label: '取得认证', type: 'count' }], rule: { kind: 'formula', expr: 'cert * 6' } },
        { code: 'R', level: 'INDICATOR', name: '数据归集', maxPoints: 4, dataSource: 'PLATFORM_STATISTICS',
          inputs: [{ key: 'records', label: '归集条数', type: 'count' }], rule: { kind: 'formula', expr: 'records' } },
      ],
    },
  ],
};

const RANKING = `query($p: ID!) { ranking(periodId: $p, unitKind: DEPARTMENT, provisional: true, first: 10) {
  previousPeriodId nodes { unitName total rank previousTotal pointsChange previousRank rankChange } } }`;
const TREND = `query($u: ID!, $c: ID!) { scoreTrend(unitId: $u, cycleId: $c, periodKind: QUARTER, provisional: true) {
  label total previousTotal pointsChange } }`;
const CARD = `query($p: ID!, $u: ID!) { scoreCard(periodId: $p, unitId: $u, provisional: true) { total nodes { code points explanation } } }`;

describe.each(engines)('validity windows and comparisons across cycles on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let c2023: CycleRow;
  let c2024: CycleRow;
  const units: Unit[] = [];

  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res: GqlResult<T> = await t.gql<T>(query, variables, { token: office });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  async function monitor(periodId: string, values: Array<Record<string, number>>) {
    for (const [i, v] of values.entries()) {
      await ok(`mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`, {
        input: { periodId, unitId: units[i]!.id, values: v },
      });
    }
    await t.api.services.scores.whenIdle();
  }

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const draft = (await ok<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`,
      { key: 'cross-cycle', d: SYSTEM },
    )).saveIndicatorSystemDraft;
    await ok(`mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`, { key: 'cross-cycle', v: draft.version });
    const cycle = async (year: number) =>
      (await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
        input: { name: `${year}年度跨周期测试`, year, systemKey: 'cross-cycle', systemVersion: draft.systemVersion, requiresApproverSignOff: false },
      })).createCycle;
    c2023 = await cycle(2023);
    c2024 = await cycle(2024);
    units.push(await createUnitFixture(t.dataSource, { code: 'CC-1', name: '跨周期部门甲' }));
    units.push(await createUnitFixture(t.dataSource, { code: 'CC-2', name: '跨周期部门乙' }));
    for (const p of [findPeriod(c2023, 'QUARTER', 3), findPeriod(c2023, 'QUARTER', 4), findPeriod(c2024, 'QUARTER', 1)]) {
      await ok(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: p.id });
    }
    // 甲 is certified in 2023 Q3 only; 乙 is assessed uncertified in Q3 and certified in 2024 Q1
    await monitor(findPeriod(c2023, 'QUARTER', 3).id, [{ cert: 1, records: 2 }, { cert: 0, records: 4 }]);
    await monitor(findPeriod(c2023, 'QUARTER', 4).id, [{ records: 3 }, { records: 1 }]);
    await monitor(findPeriod(c2024, 'QUARTER', 1).id, [{ records: 4 }, { cert: 1, records: 0 }]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('carries a certification through its window, into the next cycle, and no further', async () => {
    // 2023 Q3: 甲 6 + 2 = 8, 乙 0 + 4 = 4
    const q3 = (await ok<{ ranking: { nodes: Array<{ unitName: string; total: string }> } }>(RANKING, { p: findPeriod(c2023, 'QUARTER', 3).id })).ranking;
    expect(q3.nodes.map((n) => [n.unitName, n.total])).toEqual([['跨周期部门甲', '8.00'], ['跨周期部门乙', '4.00']]);
    // 2023 Q4: 甲 carries Q3's 6 (3 months) + 3 = 9; 乙 carries Q3's assessed 0 + 1 = 1
    const q4 = findPeriod(c2023, 'QUARTER', 4).id;
    const card = (await ok<{ scoreCard: { total: string; nodes: Array<{ code: string; points: string; explanation: string }> } }>(CARD, { p: q4, u: units[0]!.id })).scoreCard;
    expect(card.total).toBe('9.00');
    const v = card.nodes.find((n) => n.code === 'V')!;
    expect(v.points).toBe('6.00');
    expect(v.explanation).toMatch(/^本期无数据，沿用 2023-Q3 取得的得分（有效期 6 个月，认证结果六个月内有效）/);
    // 2024 Q1 (next cycle): 甲 carries 2023 Q3's 6 (6 months, the window's last) + 4 = 10, not Q4's carried copy; 乙 6 + 0 = 6
    const q1 = (await ok<{ scoreCard: { total: string } }>(CARD, { p: findPeriod(c2024, 'QUARTER', 1).id, u: units[0]!.id })).scoreCard;
    expect(q1.total).toBe('10.00');
  });

  it('compares 2024 Q1 with 2023 Q4 in the ranking', async () => {
    const q1 = (await ok<{ ranking: { previousPeriodId: string; nodes: unknown[] } }>(RANKING, { p: findPeriod(c2024, 'QUARTER', 1).id })).ranking;
    expect(q1.previousPeriodId).toBe(findPeriod(c2023, 'QUARTER', 4).id);
    expect(q1.nodes).toEqual([
      { unitName: '跨周期部门甲', total: '10.00', rank: 1, previousTotal: '9.00', pointsChange: '+1.00', previousRank: 1, rankChange: 0 },
      { unitName: '跨周期部门乙', total: '6.00', rank: 2, previousTotal: '1.00', pointsChange: '+5.00', previousRank: 2, rankChange: 0 },
    ]);
    // within a cycle the previous quarter is still the cycle's own
    const q4 = (await ok<{ ranking: { previousPeriodId: string } }>(RANKING, { p: findPeriod(c2023, 'QUARTER', 4).id })).ranking;
    expect(q4.previousPeriodId).toBe(findPeriod(c2023, 'QUARTER', 3).id);
    // the first cycle's first quarter has nothing before it
    const first = (await ok<{ ranking: { previousPeriodId: string | null } }>(RANKING, { p: findPeriod(c2023, 'QUARTER', 1).id })).ranking;
    expect(first.previousPeriodId).toBeNull();
  });

  it('starts a cycle\'s trend with the change against the previous cycle', async () => {
    const trend2024 = (await ok<{ scoreTrend: unknown[] }>(TREND, { u: units[1]!.id, c: c2024.id })).scoreTrend;
    expect(trend2024).toEqual([{ label: '2024年第一季度', total: '6.00', previousTotal: '1.00', pointsChange: '+5.00' }]);
    const trend2023 = (await ok<{ scoreTrend: unknown[] }>(TREND, { u: units[0]!.id, c: c2023.id })).scoreTrend;
    expect(trend2023).toEqual([
      { label: '2023年第三季度', total: '8.00', previousTotal: null, pointsChange: null },
      { label: '2023年第四季度', total: '9.00', previousTotal: '8.00', pointsChange: '+1.00' },
    ]);
  });

  it('warns of a drop against the last quarter of the previous cycle', async () => {
    await ok(`mutation($input: CreateWarningRuleInput!) { createWarningRule(input: $input) { id } }`, {
      input: { kind: 'DROP_MORE_THAN', name: '较上期下降超过2分', threshold: '2', cycleId: c2024.id },
    });
    // 甲: 2023 Q4 9.00 → 2024 Q1 6.00 once its records fall to 0 (a drop of 3); 乙 rises, so no warning
    const q1 = findPeriod(c2024, 'QUARTER', 1).id;
    const entry = (await ok<{ monitoringEntry: { version: number } }>(
      `query($p: ID!, $u: ID!) { monitoringEntry(periodId: $p, unitId: $u) { version } }`, { p: q1, u: units[0]!.id },
    )).monitoringEntry;
    await ok(`mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`, {
      input: { periodId: q1, unitId: units[0]!.id, values: { records: 0 }, expectedVersion: entry.version },
    });
    await t.api.services.scores.whenIdle();
    await ok(`mutation($p: ID!) { evaluateWarnings(periodId: $p) { opened } }`, { p: q1 });
    const list = (await ok<{ warnings: { nodes: Array<{ kind: string; unitId: string; message: string }> } }>(
      `query($f: WarningFilter) { warnings(filter: $f, first: 50) { nodes { kind unitId message } } }`,
      { f: { periodId: q1, kind: 'DROP_MORE_THAN' } },
    )).warnings.nodes;
    expect(list.map((w) => w.unitId)).toEqual([units[0]!.id]);
    expect(list[0]!.message).toContain('2023年第四季度');
  });
});
