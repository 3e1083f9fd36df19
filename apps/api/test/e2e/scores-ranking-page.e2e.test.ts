import { backfillRankingColumns } from '../../src/database/migrations/shared/backfill-ranking-columns';
import { ScoreCardRecord } from '../../src/modules/scores/score-card-record.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import type { GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, type CycleRow } from '../utils/workflow-fixtures';

/** Two categories so a row's breakdown is checked; grades at 12 (RED) and 6 (BLUE) points of 15. */
const SYSTEM = {
  id: 'ranking-page',
  version: 1,
  name: '排名分页测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 15,
  source: { title: '排名分页测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 12, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 6, minInclusive: true, max: 12, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 6, maxInclusive: false },
  ],
  categories: [
    {
      code: 'A', level: 'CATEGORY', name: '数据归集', maxPoints: 10,
      children: [{ code: 'A1', level: 'INDICATOR', name: '归集条数', maxPoints: 10, dataSource: 'PLATFORM_STATISTICS',
        inputs: [{ key: 'records', label: '归集条数', type: 'count' }], rule: { kind: 'formula', expr: 'records' } }],
    },
    {
      code: 'B', level: 'CATEGORY', name: '数据质量', maxPoints: 5,
      children: [{ code: 'B1', level: 'INDICATOR', name: '质量', maxPoints: 5, dataSource: 'PLATFORM_STATISTICS',
        inputs: [{ key: 'quality', label: '质量分', type: 'count' }], rule: { kind: 'formula', expr: 'quality' } }],
    },
  ],
};

/**
 * name, Q1 values (null: not scored in Q1), Q2 values. Q2 totals: 甲 14, 乙 12, 丙 12 (tie with 乙),
 * 丁 9, 戊 7, 己 5, 百分之%部门 3, 下划_线部门 1; 己 and the last two have no Q1 card.
 */
const UNITS: Array<[string, [number, number] | null, [number, number]]> = [
  ['排名部门甲', [9, 5], [10, 4]],
  ['排名部门乙', [2, 1], [9, 3]],
  ['排名部门丙', [10, 5], [8, 4]],
  ['排名部门丁', [4, 4], [6, 3]],
  ['排名部门戊', [7, 2], [5, 2]],
  ['排名部门己', null, [3, 2]],
  ['百分之%部门', null, [2, 1]],
  ['下划_线部门', null, [1, 0]],
];

interface Row {
  rank: number | null;
  unitName: string;
  total: string;
  grade: string | null;
  previousTotal: string | null;
  pointsChange: string | null;
  rankChange: number | null;
  categories: Array<{ code: string; points: string; maxPoints: string }>;
}
interface RankingResult {
  ranking: { totalCount: number; nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const RANKING = `query($p: ID!, $prov: Boolean, $first: Int, $after: String, $offset: Int, $sortBy: RankingSort, $desc: Boolean, $search: String, $grade: ScoreGrade, $ungradedOnly: Boolean) {
  ranking(periodId: $p, unitKind: DEPARTMENT, provisional: $prov, first: $first, after: $after, offset: $offset, sortBy: $sortBy, descending: $desc, search: $search, grade: $grade, ungradedOnly: $ungradedOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { rank unitName total grade previousTotal pointsChange rankChange categories { code points maxPoints } } } }`;

describe.each(engines)('ranking pages sorted, filtered and paged by the database on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let cycle: CycleRow;
  const units: Unit[] = [];
  const q2 = () => findPeriod(cycle, 'QUARTER', 2).id;

  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res: GqlResult<T> = await t.gql<T>(query, variables, { token: office });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  const ranking = async (variables: Record<string, unknown>) =>
    (await ok<RankingResult>(RANKING, { p: q2(), prov: true, first: 100, ...variables })).ranking;
  const names = (rows: Row[]) => rows.map((r) => r.unitName);

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    const draft = (await ok<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`,
      { key: SYSTEM.id, d: SYSTEM },
    )).saveIndicatorSystemDraft;
    await ok(`mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`, { key: SYSTEM.id, v: draft.version });
    cycle = (await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: '2023年度排名分页测试', year: 2023, systemKey: SYSTEM.id, systemVersion: draft.systemVersion, requiresApproverSignOff: false },
    })).createCycle;
    for (const [i, [name]] of UNITS.entries()) units.push(await createUnitFixture(t.dataSource, { code: `RP-${i}`, name }));
    for (const q of [1, 2]) {
      const periodId = findPeriod(cycle, 'QUARTER', q).id;
      await ok(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: periodId });
      for (const [i, [, first, second]] of UNITS.entries()) {
        const values = q === 1 ? first : second;
        if (!values) continue;
        await ok(`mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id } }`, {
          input: { periodId, unitId: units[i]!.id, values: { records: values[0], quality: values[1] } },
        });
      }
    }
    await t.api.services.scores.whenIdle();
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks by rank with ties, the previous quarter joined per unit and the category breakdown', async () => {
    const page = await ranking({});
    expect(page.totalCount).toBe(8);
    expect(page.nodes.map((r) => [r.rank, r.unitName, r.total, r.grade, r.previousTotal, r.pointsChange, r.rankChange])).toEqual([
      [1, '排名部门甲', '14.00', 'RED', '14.00', '0.00', 1],
      // 乙 and 丙 tie on 12: rank 2 twice, in name order
      [2, '排名部门丙', '12.00', 'RED', '15.00', '-3.00', -1],
      [2, '排名部门乙', '12.00', 'RED', '3.00', '+9.00', 3],
      [4, '排名部门丁', '9.00', 'BLUE', '8.00', '+1.00', 0],
      [5, '排名部门戊', '7.00', 'BLUE', '9.00', '-2.00', -2],
      [6, '排名部门己', '5.00', 'YELLOW', null, null, null],
      [7, '百分之%部门', '3.00', 'YELLOW', null, null, null],
      [8, '下划_线部门', '1.00', 'YELLOW', null, null, null],
    ]);
    expect(page.nodes[0]!.categories).toEqual([
      { code: 'A', points: '10.00', maxPoints: '10.00' },
      { code: 'B', points: '4.00', maxPoints: '5.00' },
    ]);
  });

  it('sorts by total, change and name in either direction, units without a value last', async () => {
    expect(names((await ranking({ sortBy: 'TOTAL', desc: false })).nodes)).toEqual([
      '下划_线部门', '百分之%部门', '排名部门己', '排名部门戊', '排名部门丁', '排名部门丙', '排名部门乙', '排名部门甲',
    ]);
    const up = await ranking({ sortBy: 'POINTS_CHANGE', desc: true });
    expect(up.nodes.map((r) => r.pointsChange)).toEqual(['+9.00', '+1.00', '0.00', '-2.00', '-3.00', null, null, null]);
    const down = await ranking({ sortBy: 'POINTS_CHANGE', desc: false });
    expect(down.nodes.map((r) => r.pointsChange)).toEqual(['-3.00', '-2.00', '0.00', '+1.00', '+9.00', null, null, null]);
    const moved = await ranking({ sortBy: 'RANK_CHANGE', desc: true });
    expect(moved.nodes.slice(0, 5).map((r) => r.rankChange)).toEqual([3, 1, 0, -1, -2]);
    expect(moved.nodes.slice(5).map((r) => r.rankChange)).toEqual([null, null, null]);
    const byRankDesc = await ranking({ sortBy: 'RANK', desc: true });
    expect(byRankDesc.nodes.map((r) => r.rank)).toEqual([8, 7, 6, 5, 4, 2, 2, 1]);
    const byName = names((await ranking({ sortBy: 'UNIT_NAME' })).nodes);
    expect(byName).toHaveLength(8);
    expect(names((await ranking({ sortBy: 'UNIT_NAME', desc: true })).nodes)).toEqual([...byName].reverse());
  });

  it('filters by unit name (%, _ taken literally) and by grade, counting what matches', async () => {
    const percent = await ranking({ search: '%' });
    expect([percent.totalCount, names(percent.nodes)]).toEqual([1, ['百分之%部门']]);
    const underscore = await ranking({ search: '_' });
    expect(names(underscore.nodes)).toEqual(['下划_线部门']);
    const some = await ranking({ search: ' 排名部门 ' });
    expect(some.totalCount).toBe(6);
    const red = await ranking({ grade: 'RED' });
    expect([red.totalCount, names(red.nodes)]).toEqual([3, ['排名部门甲', '排名部门丙', '排名部门乙']]);
    const both = await ranking({ grade: 'YELLOW', search: '部门己' });
    expect(names(both.nodes)).toEqual(['排名部门己']);
    const none = await ranking({ search: '不存在的单位' });
    expect([none.totalCount, none.nodes, none.pageInfo]).toEqual([0, [], { hasNextPage: false, endCursor: null }]);
  });

  it('counts grades, score bands (share of the stated total) and provisional results without listing them', async () => {
    const stats = (await ok<{ rankingStatistics: unknown }>(
      `query($p: ID!) { rankingStatistics(periodId: $p, unitKind: DEPARTMENT, provisional: true) {
        source units provisional ungraded grades { grade count } bands { fromPercent toPercent count } } }`,
      { p: q2() },
    )).rankingStatistics;
    // of 15: 14 → 93%, 12 → 80% (twice), 9 → 60%, 7, 5, 3, 1 → under 60%
    expect(stats).toEqual({
      source: 'CURRENT',
      units: 8,
      provisional: 0,
      ungraded: 0,
      grades: [{ grade: 'RED', count: 3 }, { grade: 'BLUE', count: 2 }, { grade: 'YELLOW', count: 3 }],
      bands: [
        { fromPercent: 0, toPercent: 60, count: 4 },
        { fromPercent: 60, toPercent: 70, count: 1 },
        { fromPercent: 70, toPercent: 80, count: 0 },
        { fromPercent: 80, toPercent: 85, count: 2 },
        { fromPercent: 85, toPercent: 90, count: 0 },
        { fromPercent: 90, toPercent: null, count: 1 },
      ],
    });
    const ungraded = await ranking({ ungradedOnly: true });
    expect([ungraded.totalCount, ungraded.nodes]).toEqual([0, []]);
  });

  it('pages by cursor or by offset without overlap, and counts past the end', async () => {
    const all = names((await ranking({ sortBy: 'TOTAL', desc: true })).nodes);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: RankingResult['ranking'] = await ranking({ sortBy: 'TOTAL', desc: true, first: 3, after });
      expect(page.totalCount).toBe(8);
      seen.push(...names(page.nodes));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect([pages, seen]).toEqual([3, all]);
    const third = await ranking({ sortBy: 'TOTAL', desc: true, first: 3, offset: 6 });
    expect([names(third.nodes), third.pageInfo.hasNextPage]).toEqual([all.slice(6), false]);
    const beyond = await ranking({ offset: 50, first: 10 });
    expect([beyond.totalCount, beyond.nodes.length, beyond.pageInfo.hasNextPage]).toEqual([8, 0, false]);
  });

  it('refuses a bad cursor, offset with a cursor, and oversized input with typed errors', async () => {
    const first = await ranking({ first: 2 });
    const bad = async (variables: Record<string, unknown>) => {
      const res = await t.gql(RANKING, { p: q2(), prov: true, ...variables }, { token: office });
      return res.errors?.[0]?.extensions?.code;
    };
    expect(await bad({ after: 'bm90LWEtY3Vyc29y' })).toBe('VALIDATION_FAILED');
    expect(await bad({ after: first.pageInfo.endCursor, offset: 2 })).toBe('VALIDATION_FAILED');
    expect(await bad({ offset: -1 })).toBe('VALIDATION_FAILED');
    expect(await bad({ search: '长'.repeat(51) })).toBe('VALIDATION_FAILED');
    expect(await bad({ first: 101 })).toBe('VALIDATION_FAILED');
  });

  it('reads published snapshots the same way, compared with the previous publication', async () => {
    const q1 = findPeriod(cycle, 'QUARTER', 1).id;
    const publish = `mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { revision } }`;
    await ok(publish, { input: { periodId: q2() } });
    // Q1 not published yet: no comparison in the published view
    const alone = await ranking({ prov: null });
    expect(alone.nodes.every((r) => r.previousTotal === null)).toBe(true);
    await ok(publish, { input: { periodId: q1 } });
    const published = await ranking({ prov: null, sortBy: 'POINTS_CHANGE', desc: true, first: 2 });
    expect(published.nodes.map((r) => [r.unitName, r.pointsChange])).toEqual([['排名部门乙', '+9.00'], ['排名部门丁', '+1.00']]);
    expect(published.totalCount).toBe(8);
  });

  it('fills the ranking columns of cards stored before they existed from the card itself', async () => {
    const repo = t.dataSource.getRepository(ScoreCardRecord);
    const before = await repo.findBy({ periodId: q2(), current: true });
    await repo.update({ periodId: q2() }, { unitName: '', totalValue: '0', summary: null });
    const runner = t.dataSource.createQueryRunner();
    try {
      await backfillRankingColumns(runner, 'score_card');
    } finally {
      await runner.release();
    }
    const after = await repo.findBy({ periodId: q2(), current: true });
    const view = (rows: ScoreCardRecord[]) =>
      rows.map((r) => [r.unitId, r.unitName, Number(r.totalValue), r.summary]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(view(after)).toEqual(view(before));
    expect(after.every((r) => r.unitName === r.card.unit.name && r.summary!.categories.length === 2)).toBe(true);
  });
});
