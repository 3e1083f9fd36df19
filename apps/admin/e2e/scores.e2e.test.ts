import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { minimalPdf } from '../../api/test/utils/sample-files';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { apiDir, artifactsDir, stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

const { baseUrl } = JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState;
const VIEWPORT = { width: 1440, height: 900 };
const OVERRIDE_REASON = '经复核，该单位本季度存在被列入失信名单的情况';
const PUBLISH_REASON = '按季度通报时限发布，其余单位数据后续补充后再次发布';
const ACK_NOTE = '已电话督促该单位3个工作日内补报';

/**
 * Departments (by account prefix) whose quarterly counts the office approves before the browser
 * opens: the first two, in this order, with an open quarterly task not yet started (the demo keeps
 * a few departments untouched for walk-throughs; gh05 belongs to the other browser test).
 */
const CANDIDATES = ['gh04', 'gh08', ...Array.from({ length: 31 }, (_, i) => `gh${String(i + 6).padStart(2, '0')}`).filter((p) => p !== 'gh08')];
const COUNTS = [4, 0];

interface TaskInput {
  key: string;
  type: string;
}
interface MyTask {
  task: { id: string; code: string; inputs: TaskInput[] | null };
  period: { id: string; kind: string; index: number; label: string };
  submissionId: string | null;
}
interface SubmissionRef {
  id: string;
  version: number;
}
const REF = 'id version';

/**
 * One department's side over HTTP, the way the portal does it: its latest open quarterly task whose
 * inputs are all counts, filled in with a PDF, submitted, signed off; then the office approves it.
 * Null when the department has no such task left untouched (in `periodId` when given).
 */
async function approveQuarterlyTask(office: GraphQLClient, prefix: string, count: number, periodId?: string): Promise<{ periodId: string; unitName: string } | null> {
  const submitter = new GraphQLClient(baseUrl);
  const approver = new GraphQLClient(baseUrl);
  await submitter.login(`${prefix}.submit`, DEMO_PASSWORD);
  await approver.login(`${prefix}.approve`, DEMO_PASSWORD);
  const { me } = await submitter.request<{ me: { unit: { name: string } } }>('{ me { unit { name } } }');
  const { myTasks } = await submitter.request<{ myTasks: MyTask[] }>('{ myTasks { submissionId task { id code inputs } period { id kind index label } } }');
  const task = myTasks
    .filter((t) => t.period.kind === 'QUARTER' && !t.submissionId && (!periodId || t.period.id === periodId))
    .filter((t) => (t.task.inputs ?? []).length > 0 && (t.task.inputs ?? []).every((i) => i.type === 'count'))
    .sort((a, b) => b.period.index - a.period.index)[0];
  if (!task) return null;
  const evidenceId = await submitter.uploadEvidence(`${prefix}-活动记录.pdf`, minimalPdf(`${prefix} quarterly record`), 'application/pdf');
  const values = Object.fromEntries((task.task.inputs ?? []).map((i) => [i.key, count]));
  const { saveSubmissionDraft: draft } = await submitter.request<{ saveSubmissionDraft: SubmissionRef }>(
    `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${REF} } }`,
    { input: { taskId: task.task.id, periodId: task.period.id, values, evidenceIds: [evidenceId] } },
  );
  const action = (name: string, client: GraphQLClient, ref: SubmissionRef) =>
    client.request<Record<string, SubmissionRef>>(`mutation($input: SubmissionActionInput!) { ${name}(input: $input) { ${REF} } }`, {
      input: { submissionId: ref.id, expectedVersion: ref.version },
    });
  const submitted = (await action('submitSubmission', submitter, draft)).submitSubmission as SubmissionRef;
  const signed = (await action('approverSignOff', approver, submitted)).approverSignOff as SubmissionRef;
  await action('approveSubmission', office, signed);
  return { periodId: task.period.id, unitName: me.unit.name };
}

interface Workbook {
  xlsx: { readFile(file: string): Promise<unknown> };
  worksheets: Array<{ eachRow(callback: (row: { values: unknown }) => void): void }>;
}

/** The first sheet's cells as text; exceljs is the API's dependency, borrowed for reading the file. */
async function readSheet(file: string): Promise<string[][]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved from the API workspace at run time
  const ExcelJS = require(require.resolve('exceljs', { paths: [apiDir] })) as { Workbook: new () => Workbook };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))));
  return rows;
}

describe('scores, publication, exports and warnings (browser, real API)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);
  let periodId = '';
  const approvedNames: string[] = [];
  let adjustedUnit = '';

  beforeAll(async () => {
    await office.login('credit', DEMO_PASSWORD);
    for (const prefix of CANDIDATES) {
      if (approvedNames.length === COUNTS.length) break;
      const approved = await approveQuarterlyTask(office, prefix, COUNTS[approvedNames.length] ?? 0, periodId || undefined);
      if (!approved) continue;
      periodId = approved.periodId;
      approvedNames.push(approved.unitName);
    }
    if (approvedNames.length < COUNTS.length) throw new Error('no department has an untouched quarterly task to approve');
    await office.request('mutation($id: ID!) { recomputeScores(periodId: $id) { cards } }', { id: periodId });
    await office.request('mutation($id: ID!) { evaluateWarnings(periodId: $id) { opened } }', { id: periodId });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/admin/`);
    await page.waitForURL(/\/admin\/login/);
    await page.getByLabel('用户名').fill('credit');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: buttonName('登录') }).click();
    await page.getByRole('heading', { level: 3, name: '工作台' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  function step(name: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await screenshot(page, `failed-scores-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`).catch(() => undefined);
        throw error;
      }
    });
  }

  const rankingRows = () => page.locator('tr.ant-table-row[data-unit]');
  const rowOf = (unitName: string) => page.locator(`tr.ant-table-row[data-unit="${unitName}"]`);
  const shownNames = async () => rankingRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') ?? ''));

  interface RankingAnswer {
    totalCount: number;
    nodes: Array<{ unitName: string; rank: number | null; total: string }>;
  }
  /** The same question the page asks, straight to the API: what the table must show. */
  async function apiRanking(args: { sortBy?: string; descending?: boolean; offset?: number; search?: string }): Promise<RankingAnswer> {
    const { ranking } = await office.request<{ ranking: RankingAnswer }>(
      `query($p: ID!, $sortBy: RankingSort, $descending: Boolean, $offset: Int, $search: String) {
        ranking(periodId: $p, unitKind: DEPARTMENT, provisional: true, first: 20, sortBy: $sortBy, descending: $descending, offset: $offset, search: $search) {
          totalCount nodes { unitName rank total }
        }
      }`,
      { p: periodId, ...args },
    );
    return ranking;
  }

  /** Waits until the table shows exactly these units in this order (the API's answer has arrived). */
  async function expectShown(names: string[], timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let shown = await shownNames();
    while (JSON.stringify(shown) !== JSON.stringify(names)) {
      if (Date.now() > deadline) throw new Error(`expected rows ${JSON.stringify(names)}, shown ${JSON.stringify(shown)}`);
      await new Promise((r) => setTimeout(r, 200));
      shown = await shownNames();
    }
  }

  step('shows the first page of the provisional ranking of the current quarter with ranks and grades', async () => {
    await page.getByRole('menuitem', { name: '得分排名' }).click();
    await page.getByRole('heading', { level: 3, name: '得分排名' }).waitFor();
    await page.getByText('当前计算结果，尚未发布').waitFor();
    await rankingRows().first().waitFor();
    // the first page is the API's first page by rank, ties included
    const first = await apiRanking({});
    expect(first.totalCount).toBeGreaterThan(20);
    await page.getByText(`共 ${first.totalCount} 个单位`).waitFor();
    await expectShown(first.nodes.map((n) => n.unitName));
    const topRow = rowOf(first.nodes[0]?.unitName ?? '');
    expect(Number(await topRow.getByTestId('rank').textContent())).toBe(first.nodes[0]?.rank);
    await screenshot(page, '20-scores-ranking');
  });

  step('sorts by 总分, pages and searches the way the API answers', async () => {
    const byRank = await shownNames();
    // 总分 ascending: the API's lowest totals first
    await page.locator('th').filter({ hasText: '总分' }).click();
    const byTotal = await apiRanking({ sortBy: 'TOTAL' });
    await expectShown(byTotal.nodes.map((n) => n.unitName));
    expect(byTotal.nodes.map((n) => n.unitName)).not.toEqual(byRank);
    const totals = await page.getByTestId('total').allTextContents();
    expect(totals).toEqual(byTotal.nodes.map((n) => n.total));
    await screenshot(page, '20b-scores-by-total');

    // page 2 of that order: twenty other units
    await page.locator('.ant-pagination-item-2').click();
    const second = await apiRanking({ sortBy: 'TOTAL', offset: 20 });
    await expectShown(second.nodes.map((n) => n.unitName));
    expect(second.nodes.some((n) => byTotal.nodes.some((m) => m.unitName === n.unitName))).toBe(false);
    await screenshot(page, '20c-scores-page-2');

    // page and order survive a look at another tab
    await page.getByRole('tab', { name: /发布记录/ }).click();
    await page.getByRole('tab', { name: '排名' }).click();
    await expectShown(second.nodes.map((n) => n.unitName));

    // the approved departments: the search narrows the table to each, from page 1
    const search = page.getByLabel('搜索单位');
    for (const name of approvedNames) {
      await search.fill(name);
      const found = await apiRanking({ sortBy: 'TOTAL', search: name });
      await expectShown(found.nodes.map((n) => n.unitName));
      await page.getByText(`共 ${found.totalCount} 个单位`).waitFor();
      expect(found.totalCount).toBeLessThan(byTotal.totalCount);
      expect(Number(await rowOf(name).getByTestId('rank').textContent())).toBe(found.nodes.find((n) => n.unitName === name)?.rank);
    }
    await screenshot(page, '20d-scores-search');
    await search.fill('');
    await expectShown(byTotal.nodes.map((n) => n.unitName));
    // back to the ranking's own order for the steps below
    await page.locator('th').filter({ hasText: '总分' }).click();
    await page.locator('th').filter({ hasText: '总分' }).click();
    await expectShown(byRank);
  });

  step('opens a unit’s scorecard with every indicator explained and where it lost points', async () => {
    const name = approvedNames[0] ?? '';
    await page.getByLabel('搜索单位').fill(name);
    await rowOf(name).getByRole('button', { name, exact: true }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText(`${name} · 得分卡`).waitFor();
    await drawer.getByTestId('score-total').waitFor();
    await screenshot(page, '21-scorecard');
    await drawer.getByRole('tab', { name: '失分项' }).click();
    await drawer.getByTestId('lost-points').waitFor();
    await screenshot(page, '21b-scorecard-lost-points');
    await drawer.getByRole('tab', { name: '得分趋势' }).click();
    await drawer.locator('[role="img"][aria-label^="总分"]').waitFor();
    await page.waitForTimeout(600); // the chart animates in
    await screenshot(page, '21c-scorecard-trend');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  step('shows grade and score distributions and the indicators where units lose points', async () => {
    await page.getByRole('tab', { name: '统计分析' }).click();
    await page.locator('[role="img"][aria-label^="等级分布"]').waitFor();
    await page.locator('[role="img"][aria-label^="得分分布"]').waitFor();
    await page.locator('[role="img"][aria-label^="失分最多的指标"]').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, '22-score-statistics');
    await page.getByRole('tab', { name: '排名' }).click();
  });

  step('adjusts a grade only with a reason, and marks it in the ranking', async () => {
    adjustedUnit = approvedNames[1] ?? '';
    await page.getByLabel('搜索单位').fill(adjustedUnit);
    await rowOf(adjustedUnit).getByRole('button', { name: '等级调整' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: `等级调整 · ${adjustedUnit}` });
    await modal.getByText('黄名单', { exact: true }).click();
    await modal.getByRole('button', { name: '确认调整' }).click();
    await modal.getByText('请填写调整原因').waitFor();
    await modal.getByLabel('调整原因').fill(OVERRIDE_REASON);
    await modal.getByText('请填写调整原因').waitFor({ state: 'hidden' });
    await screenshot(page, '23-override-grade');
    await modal.getByRole('button', { name: '确认调整' }).click();
    await modal.waitFor({ state: 'hidden' });
    await rowOf(adjustedUnit).getByText('黄名单（调整）').waitFor();
    const { ranking } = await office.request<{ ranking: { nodes: Array<{ unitName: string; grade: string; gradeOverride: { manual: boolean; reason: string } | null }> } }>(
      'query($p: ID!) { ranking(periodId: $p, unitKind: DEPARTMENT, provisional: true, first: 100) { nodes { unitName grade gradeOverride { manual reason } } } }',
      { p: periodId },
    );
    expect(ranking.nodes.find((n) => n.unitName === adjustedUnit)).toEqual({ unitName: adjustedUnit, grade: 'YELLOW', gradeOverride: { manual: true, reason: OVERRIDE_REASON } });
  });

  step('publishes the period (forced, with a reason, while some results are provisional)', async () => {
    await page.getByRole('button', { name: '发布本期结果' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '发布本期结果 ·' });
    await modal.getByText('存在暂定结果时仍然发布').waitFor();
    if (!(await modal.locator('input[type="checkbox"]').isChecked())) await modal.getByText('存在暂定结果时仍然发布').click();
    await modal.getByLabel('强制发布原因').fill(PUBLISH_REASON);
    await screenshot(page, '24-publish-confirm');
    await modal.getByRole('button', { name: '强制发布' }).click();
    await modal.waitFor({ state: 'hidden' });
    const { publishedResults } = await office.request<{ publishedResults: Array<{ revision: number; reason: string | null }> }>(
      'query($p: ID!) { publishedResults(periodId: $p) { revision reason } }',
      { p: periodId },
    );
    const latest = publishedResults[0];
    expect(latest?.reason).toBe(PUBLISH_REASON);
    await page.getByRole('tab', { name: /发布记录/ }).click();
    await page.getByTestId('publication-history').getByText(`第 ${latest?.revision} 版`).waitFor();
    await page.getByTestId('publication-history').getByText(`说明：${PUBLISH_REASON}`).waitFor();
    await page.getByText('已发布结果').click();
    await page.getByText(`已发布 第${latest?.revision}版`).waitFor();
    await page.getByRole('tab', { name: '排名' }).click();
    await rowOf(adjustedUnit).getByText('黄名单（调整）').waitFor();
    await screenshot(page, '25-published-ranking');
  });

  step('exports the published ranking and the workbook holds the adjusted grade', async () => {
    await page.getByRole('menuitem', { name: '报表导出' }).click();
    await page.getByRole('heading', { level: 3, name: '报表导出' }).waitFor();
    const ranking = page.locator('[data-export="RANKING"]');
    await ranking.getByRole('button', { name: '生成得分排名' }).click();
    const link = ranking.getByTestId('download-RANKING');
    await link.waitFor({ timeout: 60_000 });
    await screenshot(page, '26-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/得分排名.*\.xlsx$/);
    const file = path.join(artifactsDir, 'exported-ranking.xlsx');
    await download.saveAs(file);

    const rows = await readSheet(file);
    const header = rows.find((r) => r.includes('单位名称') && r.includes('等级'));
    if (!header) throw new Error(`no header row in ${JSON.stringify(rows.slice(0, 3))}`);
    const adjusted = rows.find((r) => r[header.indexOf('单位名称')] === adjustedUnit);
    expect(adjusted?.[header.indexOf('等级')]).toContain('黄');
    expect(adjusted?.[header.indexOf('等级调整说明')]).toBe(OVERRIDE_REASON);
    await page.locator('.ant-card').filter({ hasText: '最近导出' }).getByText('得分排名').first().waitFor();
  });

  step('acknowledges an open warning with a note', async () => {
    await page.getByRole('menuitem', { name: '预警' }).click();
    await page.getByRole('heading', { level: 3, name: '预警' }).waitFor();
    const first = page.locator('tr.ant-table-row').filter({ has: page.getByRole('button', { name: buttonName('确认') }) }).first();
    await first.waitFor();
    await screenshot(page, '27-warnings');
    const message = (await first.locator('.ant-typography').first().textContent()) ?? '';
    await first.getByRole('button', { name: buttonName('确认') }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '确认预警' });
    await modal.getByRole('button', { name: buttonName('确认') }).click();
    await modal.getByText('请填写确认说明').waitFor();
    await modal.getByLabel('确认说明').fill(ACK_NOTE);
    await modal.getByText('请填写确认说明').waitFor({ state: 'hidden' });
    await screenshot(page, '28-acknowledge-warning');
    await modal.getByRole('button', { name: buttonName('确认') }).click();
    await modal.waitFor({ state: 'hidden' });
    const { warnings } = await office.request<{ warnings: { nodes: Array<{ message: string; status: string; note: string | null }> } }>(
      '{ warnings(filter: { status: ACKNOWLEDGED }, first: 100) { nodes { message status note } } }',
    );
    expect(warnings.nodes).toContainEqual({ message, status: 'ACKNOWLEDGED', note: ACK_NOTE });
    await page.getByRole('tab', { name: '预警规则' }).click();
    await page.getByRole('tabpanel', { name: '预警规则' }).locator('tr.ant-table-row').first().waitFor();
    await screenshot(page, '29-warning-rules');
  });

  step('shows the grade distribution and score trend on the dashboard', async () => {
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('heading', { level: 3, name: '工作台' }).waitFor();
    await page.getByTestId('grade-distribution').locator('[role="img"][aria-label^="等级分布"]').waitFor();
    await page.getByTestId('score-trend').locator('[role="img"][aria-label^="参评单位平均分"]').waitFor();
    // tall enough to show the charts under the submission table
    await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
    await page.waitForTimeout(800);
    await screenshot(page, '30-dashboard-scores');
    await page.setViewportSize(VIEWPORT);
    expect(pageErrors).toEqual([]);
  });
});
