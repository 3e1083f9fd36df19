import ExcelJS from 'exceljs';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, findPeriod, type CycleRow } from '../utils/workflow-fixtures';
import { docxParagraphs, readZipEntry } from '../utils/zip-reader';

const RECOMPUTE = `mutation($p: ID!) { recomputeScores(periodId: $p) { cards } }`;
const MONITOR = `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id version } }`;

/** 10 points, quarterly: 宣传活动 (unit report, not filled here: 0) + 数据归集 (monitoring, records, max 4). */
const SYSTEM = {
  id: 'export-scores',
  version: 1,
  name: '导出测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '导出测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 6, minInclusive: true, max: 9, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 6, maxInclusive: false },
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
const PUBLISH = `mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { revision } }`;
const RANKING = `query($p: ID!, $prov: Boolean) { ranking(periodId: $p, unitKind: DEPARTMENT, provisional: $prov, first: 100) {
  totalCount nodes { rank unitName total grade } } }`;

interface RankRow {
  rank: number | null;
  unitName: string;
  total: string;
  grade: string | null;
}

async function download(t: TestServer, path: string, token: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

function paragraphs(docx: Buffer): string[] {
  const xml = readZipEntry(docx, 'word/document.xml');
  expect(xml).not.toBeNull();
  return docxParagraphs(xml!.toString('utf8'));
}

describe.each(engines)('score exports, Word report and score warnings on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let leader: string;
  let cycle: CycleRow;
  let q3: string;
  let q4: string;
  let ranking: RankRow[];

  const units: Unit[] = [];

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    const saved = await t.gql<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(
      `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`,
      { key: 'export-scores', d: SYSTEM },
      { token: office },
    );
    const draft = saved.data!.saveIndicatorSystemDraft;
    await t.gql(`mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`, { key: 'export-scores', v: draft.version }, { token: office });
    cycle = (await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '2023年度导出测试', year: 2023, systemKey: 'export-scores', systemVersion: draft.systemVersion, requiresApproverSignOff: false } },
      { token: office },
    )).data!.createCycle;
    const repo = t.dataSource.getRepository(TaskDefinition);
    const task = await repo.save(repo.create({
      cycleId: cycle.id, code: 'T-EVENTS', title: '开展诚信宣传活动', category: null, sourceText: '每季度开展诚信宣传活动',
      target: null, deadline: { kind: 'QUARTERLY', day: 10 }, deadlineText: null, indicatorCodes: ['C1-1'],
      inputs: [{ key: 'events', label: '活动次数', type: 'count' }], evidence: null, dataSource: 'UNIT_REPORT',
    }));
    for (let i = 0; i < 4; i += 1) {
      const unit = await createUnitFixture(t.dataSource, { code: `EX-${i + 1}`, name: `导出测试部门${i + 1}` });
      units.push(unit);
      await t.gql(`mutation($t: ID!, $u: ID!) { assignTask(taskId: $t, unitId: $u) { id } }`, { t: task.id, u: unit.id }, { token: office });
    }
    q3 = findPeriod(cycle, 'QUARTER', 3).id;
    q4 = findPeriod(cycle, 'QUARTER', 4).id;
    for (const p of [q3, q4]) await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id: p }, { token: office });
  });
  afterAll(async () => {
    await t.api.services.scores.whenIdle();
    await t.close();
  });

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('raises score warnings on recompute: total below the line and a drop against the previous quarter', async () => {
    ok(await t.gql(`mutation { createWarningRule(input: { name: "总分低于3分", kind: TOTAL_BELOW, threshold: "3", severity: HIGH }) { id } }`, {}, { token: office }));
    ok(await t.gql(`mutation { createWarningRule(input: { name: "下降超过1分", kind: DROP_MORE_THAN, threshold: "1" }) { id } }`, {}, { token: office }));
    const versions = new Map<string, number>();
    const monitor = async (periodId: string, records: number[]) => {
      for (let i = 0; i < records.length; i += 1) {
        const key = `${periodId}:${i}`;
        const input = { periodId, unitId: units[i]!.id, values: { records: records[i] }, expectedVersion: versions.get(key) };
        const entered = ok(await t.gql<{ enterMonitoringValues: { version: number } }>(MONITOR, { input }, { token: office }));
        versions.set(key, entered.enterMonitoringValues.version);
      }
      await t.api.services.scores.whenIdle();
    };
    await monitor(q3, [4, 4, 4, 1]);
    await monitor(q4, [4, 1, 4, 2]);
    ranking = ok(await t.gql<{ ranking: { nodes: RankRow[] } }>(RANKING, { p: q4, prov: true }, { token: office })).ranking.nodes;
    expect(ranking.map((r) => [r.rank, r.unitName, r.total])).toEqual([
      [1, '导出测试部门1', '4.00'],
      [1, '导出测试部门3', '4.00'],
      [3, '导出测试部门4', '2.00'],
      [4, '导出测试部门2', '1.00'],
    ]);

    const warnings = async (kind: string) =>
      ok(await t.gql<{ warnings: { totalCount: number; nodes: Array<{ message: string; unitId: string; status: string }> } }>(
        `query($f: WarningFilter) { warnings(filter: $f, first: 100) { totalCount nodes { message unitId status } } }`,
        { f: { periodId: q4, kind } },
        { token: leader },
      )).warnings;
    const below = await warnings('TOTAL_BELOW');
    expect(below.nodes.map((w) => w.unitId).sort()).toEqual([units[1]!.id, units[3]!.id].sort());
    expect(below.nodes.find((w) => w.unitId === units[1]!.id)!.message).toBe('「导出测试部门2」2023年第四季度总分1.00分，低于预警线3.00分');
    const drops = await warnings('DROP_MORE_THAN');
    expect(drops.nodes).toEqual([
      expect.objectContaining({ unitId: units[1]!.id, message: '「导出测试部门2」2023年第四季度总分1.00分，较2023年第三季度（4.00分）下降3.00分，超过1.00分' }),
    ]);
    // the third quarter itself: only unit 4 is below the line there
    const q3Below = ok(await t.gql<{ warnings: { nodes: Array<{ unitId: string }> } }>(
      `query($f: WarningFilter) { warnings(filter: $f) { nodes { unitId } } }`, { f: { periodId: q3, kind: 'TOTAL_BELOW' } }, { token: office },
    )).warnings.nodes;
    expect(q3Below.map((w) => w.unitId)).toEqual([units[3]!.id]);

    // the same figures again: no duplicates; a better figure resolves the warning
    ok(await t.gql(RECOMPUTE, { p: q4 }, { token: office }));
    expect((await warnings('TOTAL_BELOW')).totalCount).toBe(2);
    await monitor(q4, [4, 1, 4, 3]);
    const after = await warnings('TOTAL_BELOW');
    expect(after.nodes.find((w) => w.unitId === units[3]!.id)!.status).toBe('RESOLVED');
    expect(after.nodes.find((w) => w.unitId === units[1]!.id)!.status).toBe('OPEN');
    ranking = ok(await t.gql<{ ranking: { nodes: RankRow[] } }>(RANKING, { p: q4, prov: true }, { token: office })).ranking.nodes;
  });

  it('refuses the Word report before publication, and provisional reports to anyone but the office', async () => {
    const refused = await download(t, `/files/reports/${q4}.docx`, leader);
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ error: { code: 'NOT_PUBLISHED' } });
    expect((await download(t, `/files/reports/${q4}.docx?provisional=1`, leader)).status).toBe(403);
    expect((await download(t, `/files/reports/${q4}.docx`, await t.loginAs(Role.UNIT_SUBMITTER))).status).toBe(403);
  });

  it('builds a provisional Word report for the office, marked 初步结果', async () => {
    const res = await download(t, `/files/reports/${q4}.docx?provisional=1`, office);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.disposition)).toContain('2023年第四季度政务诚信监测报告（初步结果）.docx');
    const text = paragraphs(res.body);
    expect(text[0]).toBe('2023年第四季度政务诚信监测报告');
    expect(text).toContain('（初步结果，未发布）');
    expect(text.some((p) => p.startsWith(`本期共对${ranking.length}个单位开展政务诚信监测，平均得分`))).toBe(true);
    const header = readZipEntry(res.body, 'word/header1.xml')?.toString('utf8') ?? '';
    expect(header).toContain('初步结果，未发布');
  });

  it('builds the published report with the ranking table, grade lists, warnings and late submissions', async () => {
    ok(await t.gql(PUBLISH, { input: { periodId: q4, force: true, reason: '部分单位数据尚未审核，先行发布' } }, { token: office }));
    const res = await download(t, `/files/reports/${q4}.docx`, leader);
    expect(res.status).toBe(200);
    const text = paragraphs(res.body);
    expect(text[0]).toBe('2023年第四季度政务诚信监测报告');
    expect(text.join('\n')).not.toContain('初步结果');
    for (const heading of ['一、总体情况', '二、得分排名', '三、等级名单', '四、分类分析', '五、预警情况', '六、迟报、漏报情况']) {
      expect(text).toContain(heading);
    }
    // the ranking table: header cells then rank, unit, total per row, in rank order
    const start = text.indexOf('二、得分排名');
    expect(text.slice(start + 1, start + 6)).toEqual(['排名', '单位', '总分', '等级', '较上期']);
    const cells = text.slice(start + 6, start + 6 + ranking.length * 5);
    expect(ranking.map((_, i) => cells.slice(i * 5, i * 5 + 4))).toEqual(
      ranking.map((r) => [String(r.rank), r.unitName, r.total, '黄名单']),
    );
    expect(text.some((p) => p.startsWith('本期共产生预警'))).toBe(true);
    expect(text.some((p) => p.startsWith('本期应报事项'))).toBe(true);
    const footer = readZipEntry(res.body, 'word/footer1.xml')?.toString('utf8') ?? '';
    expect(footer).toContain('PAGE');
    const document = readZipEntry(res.body, 'word/document.xml')!.toString('utf8');
    expect(document).toContain('w:eastAsia="仿宋"');
  });

  it('exports the ranking and the unit × indicator matrix', async () => {
    const res = await download(t, `/files/exports/ranking.xlsx?periodId=${q4}`, leader);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe('2023年第四季度政务诚信得分排名');
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['排名', '单位名称', '总分', '满分', '等级']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.rowCount).toBe(2 + ranking.length);
    expect(sheet.getRow(3).getCell(2).value).toBe(ranking[0]!.unitName);
    expect(sheet.getRow(3).getCell(3).value).toBe(Number(ranking[0]!.total));
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('0.00');
    const graded = ranking.findIndex((r) => r.grade);
    if (graded >= 0) {
      const fill = sheet.getRow(3 + graded).getCell(5).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe({ RED: 'FFFFC7CE', BLUE: 'FFBDD7EE', YELLOW: 'FFFFEB9C' }[ranking[graded]!.grade!]);
    }

    const matrix = await download(t, `/files/exports/score-matrix.xlsx?periodId=${q4}`, office);
    const mwb = new ExcelJS.Workbook();
    await mwb.xlsx.load(matrix.body as unknown as ArrayBuffer);
    const msheet = mwb.worksheets[0]!;
    const headers = (msheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(headers.slice(0, 4)).toEqual(['排名', '单位名称', '总分', '等级']);
    expect(headers.length).toBeGreaterThan(6);
    expect(headers[4]).toMatch(/（\d+(\.\d+)?分）$/);
    expect(msheet.rowCount).toBe(2 + ranking.length);
  });

  it('lets a leader API token read the ranking but not publish', async () => {
    const created = ok(await t.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "BI") { token } }`, {}, { token: leader }));
    const token = created.createApiToken.token;
    const read = ok(await t.gql<{ ranking: { totalCount: number } }>(RANKING, { p: q4 }, { token }));
    expect(read.ranking.totalCount).toBe(ranking.length);
    expect((await download(t, `/files/exports/ranking.xlsx?periodId=${q4}`, token)).status).toBe(200);
    const denied = await t.gql(PUBLISH, { input: { periodId: q4, force: true, reason: 'x' } }, { token });
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });
});
