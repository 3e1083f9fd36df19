import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD, UnitWorkflow } from './support/unitWorkflow';

jest.setTimeout(120_000);

const { baseUrl } = JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState;
const VIEWPORT = { width: 1440, height: 900 };
const RETURN_REASON = '佐证材料中的活动次数与填报值不一致，请核对后重新报送';
const FIELD_NOTE = '活动记录只有2次活动的签到表，请按实际次数填写';

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: buttonName('登录') }).click();
}

async function openSection(page: Page, label: string, heading: string = label): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { level: 3, name: heading }).waitFor();
}

describe('credit office console (browser, real API)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const unit = new UnitWorkflow(baseUrl);
  let submissionId = '';

  beforeAll(async () => {
    // the unit's side first: 市教体局 submits its Q4 quarterly task with a PDF, its approver signs off
    await unit.login();
    submissionId = (await unit.submitFirstTime(3)).id;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  /** A test whose failure leaves a screenshot of what the browser showed. */
  function step(name: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await screenshot(page, `failed-${name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 40)}`).catch(() => undefined);
        throw error;
      }
    });
  }

  afterAll(async () => {
    await browser?.close();
  });

  step('logs the credit office in and shows the dashboard of the current period', async () => {
    await page.goto(`${baseUrl}/admin/review`);
    await page.waitForURL(/\/admin\/login\?redirect=%2Freview/);
    await page.getByRole('heading', { name: '政务诚信监测评估平台' }).waitFor();
    await screenshot(page, '01-login');
    await page.goto(`${baseUrl}/admin/`);
    const countsRequest = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('PeriodCounts'));
    await login(page, 'credit');
    await page.getByRole('heading', { level: 3, name: '工作台' }).waitFor();
    const counts = page.getByTestId('state-counts');
    await counts.getByText('待审核').waitFor();
    // 待审核 of the period on screen, counted independently through the API (the demo seeds some; the unit just sent one more)
    const { periodId } = (JSON.parse((await countsRequest).postData() ?? '{}') as { variables: { periodId: string } }).variables;
    const office = new GraphQLClient(baseUrl);
    await office.login('credit', DEMO_PASSWORD);
    const waiting = await office.request<{ s: { totalCount: number }; r: { totalCount: number } }>(
      `query($p: ID!) { s: submissions(filter: { periodId: $p, state: SUBMITTED }, first: 1) { totalCount }
        r: submissions(filter: { periodId: $p, state: RESUBMITTED }, first: 1) { totalCount } }`,
      { p: periodId },
    );
    const expected = waiting.s.totalCount + waiting.r.totalCount;
    expect(expected).toBeGreaterThanOrEqual(1);
    await expectText(counts.locator('.ant-col').filter({ hasText: '待审核' }).locator('.ant-statistic-content'), String(expected));
    // expected and the per-unit table come from the API's own counts over every unit's dues
    const { periodProgress } = await office.request<{ periodProgress: { expected: number; units: number } }>(
      `query($p: ID!) { periodProgress(periodId: $p) { expected units } }`,
      { p: periodId },
    );
    await expectText(counts.locator('.ant-col').filter({ hasText: '本期应报' }).locator('.ant-statistic-content'), String(periodProgress.expected));
    const unitTable = page.locator('.ant-card').filter({ hasText: '各单位报送情况' });
    await unitTable.locator('tr.ant-table-row').first().waitFor();
    await unitTable.getByText(`共 ${periodProgress.units} 个单位`).waitFor();
    await screenshot(page, '02-dashboard');
    const firstUnit = (await unitTable.locator('tr.ant-table-row').first().locator('td').first().innerText()).trim();
    const search = unitTable.getByLabel('查找单位');
    await search.fill('没有这个单位');
    await search.press('Enter');
    await unitTable.getByText('没有符合条件的单位').waitFor();
    await search.fill(firstUnit);
    await search.press('Enter');
    await unitTable.locator('tr.ant-table-row').filter({ hasText: firstUnit }).first().waitFor();
    await search.fill('');
    await search.press('Enter');
    await unitTable.getByText(`共 ${periodProgress.units} 个单位`).waitFor();
  });

  step('opens the task-list matrix of the 36 departments', async () => {
    await openSection(page, '任务清单');
    const rows = page.getByTestId('task-matrix').locator('tr.ant-table-row');
    // 36 departments, paged by the API 20 at a time
    await page.getByText('共 36 个单位').waitFor();
    await expectCount(rows, 20);
    const search = page.getByLabel('查找责任单位');
    await search.fill('教体局');
    await search.press('Enter');
    await expectCount(rows, 1);
    const education = rows.filter({ hasText: '市教体局' });
    await education.locator('.ant-table-row-expand-icon').click();
    await page.getByText('GH-JTJ-13').waitFor();
    await screenshot(page, '03-task-lists');

    // 每月4日前: twelve due dates, each moved past weekends and holidays by the API
    await page.getByRole('button', { name: '截止日期预览' }).click();
    const preview = page.locator('.ant-drawer-open');
    await preview.getByRole('button', { name: '计算截止日期' }).click();
    await expectCount(preview.getByTestId('due-preview').locator('tr.ant-table-row'), 12);
    await screenshot(page, '03b-due-date-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
  });

  step('reviews the submission: previews its evidence and returns it with a reason and a note on the field', async () => {
    await openSection(page, '审核队列');
    const row = page.getByRole('row').filter({ hasText: '市教体局' }).filter({ hasText: '诚信文化宣传' });
    await row.locator('[data-status="SUBMITTED"]').waitFor();
    await screenshot(page, '04-review-queue');
    const evidence = page.waitForResponse((r) => r.url().includes(`/files/evidence/${unit.evidenceId}?inline=1`));
    await row.getByRole('button', { name: buttonName('审核') }).click();
    const drawer = page.locator('.ant-drawer-open');
    // the demo seed's year follows the clock; the quarter is what identifies the period here
    await drawer.getByText(/\d{4}年第四季度/).first().waitFor();
    const response = await evidence;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await expect(drawer.locator('iframe[title="诚信文化宣传活动记录.pdf"]').count()).resolves.toBe(1);
    await page.waitForTimeout(800); // let the PDF viewer paint for the screenshot
    await screenshot(page, '05-review-drawer');

    await drawer.getByRole('button', { name: buttonName('退回') }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '退回填报' });
    await modal.getByRole('button', { name: buttonName('退回') }).click();
    await modal.getByText('请填写退回原因').waitFor();
    await modal.getByLabel('退回原因').fill(RETURN_REASON);
    await modal.getByText('请填写退回原因').waitFor({ state: 'hidden' });
    const noteBox = modal.getByLabel(/^对“.+”的意见$/).first();
    const fieldLabel = ((await noteBox.getAttribute('aria-label')) ?? '').replace(/^对“(.+)”的意见$/, '$1');
    await noteBox.fill(FIELD_NOTE);
    await screenshot(page, '06-return-reason');
    await modal.getByRole('button', { name: buttonName('退回') }).click();
    await drawer.locator('[data-status="RETURNED"]').waitFor();
    await drawer.getByText(`原因：${RETURN_REASON}`, { exact: true }).waitFor();
    // stored with the transition and shown beside the field the unit must fix
    await drawer.getByText(`· ${fieldLabel}：${FIELD_NOTE}`, { exact: true }).waitFor();
    await drawer.getByTestId('field-note-integrity_publicity_events').filter({ hasText: FIELD_NOTE }).waitFor();
    await modal.waitFor({ state: 'hidden' });
    await screenshot(page, '06b-returned-with-field-note');
    const office = new GraphQLClient(baseUrl);
    await office.login('credit', DEMO_PASSWORD);
    const { submission } = await office.request<{ submission: { lastFieldNotes: Array<{ key: string; note: string }> } }>(
      'query($id: ID!) { submission(id: $id) { lastFieldNotes { key note } } }',
      { id: submissionId },
    );
    expect(submission.lastFieldNotes).toEqual([{ key: 'integrity_publicity_events', note: FIELD_NOTE }]);
  });

  step('approves the resubmission', async () => {
    await unit.resubmit(submissionId, 5);
    await page.goto(`${baseUrl}/admin/review`);
    await page.getByRole('heading', { level: 3, name: '审核队列' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '市教体局' }).filter({ hasText: '诚信文化宣传' });
    await row.locator('[data-status="RESUBMITTED"]').waitFor();
    await row.getByRole('button', { name: buttonName('审核') }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.locator('[data-status="RESUBMITTED"]').waitFor();
    await expect(drawer.locator('input[id$="integrity_publicity_events"]').inputValue()).resolves.toBe('5');
    await drawer.getByRole('button', { name: buttonName('通过') }).click();
    await drawer.locator('[data-status="APPROVED"]').waitFor();
    await drawer.getByText('已重新提交 → 已通过').waitFor();
    await page.waitForTimeout(800); // let the PDF viewer paint for the screenshot
    await screenshot(page, '07-approved');

    const office = new GraphQLClient(baseUrl);
    await office.login('credit', DEMO_PASSWORD);
    const { submission } = await office.request<{ submission: { state: string; returnCount: number } }>('query($id: ID!) { submission(id: $id) { state returnCount } }', { id: submissionId });
    expect(submission).toEqual({ state: 'APPROVED', returnCount: 1 });
  });

  step('shows periods, units, indicator systems and the audit log', async () => {
    await page.goto(`${baseUrl}/admin/dashboard`);
    await openSection(page, '期次管理');
    await page.getByRole('cell', { name: unit.periodLabel }).waitFor();
    await screenshot(page, '08-periods');
    await openSection(page, '单位管理');
    // the single-child chain 自治区 → 呼伦贝尔市 → 根河市 opens down to the departments
    await page.locator('.ant-tree-treenode').filter({ hasText: '市教体局' }).waitFor();
    await page.getByRole('cell', { name: 'GH-JTJ', exact: true }).waitFor();
    await screenshot(page, '09-units');
    await openSection(page, '指标体系');
    await screenshot(page, '10-indicator-systems');
    await openSection(page, '审计日志');
    await page.getByRole('cell', { name: '审核通过' }).first().waitFor().catch(() => undefined);
    await screenshot(page, '11-audit-logs');
  });

  step('sends the office back to the login page when its session ends', async () => {
    await context.clearCookies();
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.waitForURL(/\/admin\/login\?redirect=%2Fdashboard&expired=1/);
    await page.getByText('登录已过期，请重新登录').first().waitFor();
  });

  step('gives the administrator account management', async () => {
    const adminContext = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    const adminPage = await adminContext.newPage();
    adminPage.on('pageerror', (error) => pageErrors.push(error.message));
    await login(adminPage, 'admin');
    await adminPage.getByRole('heading', { level: 3, name: '单位管理' }).waitFor();
    await adminPage.getByRole('menuitem', { name: '账号管理' }).click();
    await adminPage.getByRole('cell', { name: 'gh01.submit' }).waitFor();
    await screenshot(adminPage, '12-accounts');
    await adminContext.close();
    expect(pageErrors).toEqual([]);
  });
});

async function expectCount(locator: ReturnType<Page['locator']>, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} rows, found ${await locator.count()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function expectText(locator: ReturnType<Page['locator']>, text: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const actual = (await locator.first().textContent())?.trim();
    if (actual === text) return;
    if (Date.now() > deadline) throw new Error(`expected "${text}", found "${actual ?? ''}"`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
