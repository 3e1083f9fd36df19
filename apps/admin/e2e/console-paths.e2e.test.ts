import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { apiDir, stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

// a running API given by E2E_BASE_URL wins over the one globalSetup started
const baseUrl = process.env.E2E_BASE_URL ?? (JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState).baseUrl;
const VIEWPORT = { width: 1440, height: 900 };

/** The API's own XLSX library (this app does not depend on one): fills the downloaded template. */
interface Workbook {
  xlsx: { load(data: ArrayBuffer): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
  getWorksheet(name: string): { getRow(n: number): { getCell(n: number): { value: unknown }; commit(): void } } | undefined;
}
const ExcelJS = createRequire(path.join(apiDir, 'package.json'))('exceljs') as { Workbook: new () => Workbook };

async function fillUnitTemplate(template: Buffer, rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet('单位');
  if (!sheet) throw new Error('the template has no 单位 sheet');
  rows.forEach((values, index) => {
    const row = sheet.getRow(3 + index);
    values.forEach((value, col) => {
      row.getCell(col + 1).value = value;
    });
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Opens an antd Select by its label, types to filter and picks the option with that text. */
async function pick(page: Page, select: ReturnType<Page['locator']>, text: string): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

describe('console pages never driven in a browser before (real API)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);
  const admin = new GraphQLClient(baseUrl);

  beforeAll(async () => {
    await office.login('credit', DEMO_PASSWORD);
    await admin.login('admin', DEMO_PASSWORD);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await login(page, 'credit');
  });

  afterAll(async () => {
    await browser?.close();
  });

  function step(name: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await screenshot(page, `failed-paths-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`).catch(() => undefined);
        throw error;
      }
    });
  }

  step('checks a unit workbook and lists the bad row without writing anything', async () => {
    const { units } = await office.request<{ units: { nodes: Array<{ code: string; parent: { code: string } | null }> } }>(
      'query { units(filter: { search: "GH-JTJ" }) { nodes { code parent { code } } } }',
    );
    const parentCode = units.nodes.find((u) => u.code === 'GH-JTJ')?.parent?.code;
    if (!parentCode) throw new Error('GH-JTJ has no parent unit in the demo');
    const template = await page.request.get(`${baseUrl}/files/templates/units.xlsx`);
    expect(template.status()).toBe(200);
    const workbook = await fillUnitTemplate(Buffer.from(await template.body()), [
      ['GH-E2E-A', '浏览器测试局甲', '部门', parentCode],
      ['GH-E2E-B', '浏览器测试局乙', '部门', parentCode, '', '12345'],
    ]);

    await page.goto(`${baseUrl}/admin/units`);
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '从 Excel 导入单位' });
    await modal.locator('input[type=file]').setInputFiles({ name: '单位导入.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await modal.getByRole('button', { name: buttonName('校验') }).click();
    await modal.getByText('文件中有 1 处错误，未写入任何数据。请修改后重新上传。').waitFor();
    // importing the same file is refused as a whole: the good row is not written either
    await modal.locator('.ant-modal-footer button:not([disabled])').filter({ hasText: /^\s*导\s?入\s*$/ }).click({ timeout: 60_000 });
    await modal.getByText('文件中有 1 处错误，未写入任何数据。请修改后重新上传。').waitFor();
    const errorRow = modal.getByRole('row').filter({ hasText: '统一社会信用代码' });
    await expect(errorRow.getByRole('cell').first().textContent()).resolves.toBe('4');
    await screenshot(page, 'paths-01-unit-import-error');
    const after = await office.request<{ units: { totalCount: number } }>('query { units(filter: { search: "GH-E2E" }) { totalCount } }');
    expect(after.units.totalCount).toBe(0);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'hidden' });
  });

  step('grants a lock exception to a department and revokes it', async () => {
    const reason = '系统故障导致未能按时报送，批准补报';
    await page.goto(`${baseUrl}/admin/periods`);
    await page.getByRole('tab', { name: '补报许可' }).click();
    await page.getByRole('button', { name: '批准补报' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '批准补报 ·' });
    await pick(page, modal.locator('#unitId'), '市发改委');
    await modal.locator('#reason').fill(reason);
    await screenshot(page, 'paths-02-lock-exception-grant');
    await modal.getByRole('button', { name: buttonName('批准') }).click();
    const row = page.getByRole('row').filter({ hasText: reason });
    await row.getByText('有效').waitFor();
    await screenshot(page, 'paths-03-lock-exception-granted');
    await row.getByRole('button', { name: buttonName('撤销') }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: buttonName('撤销') }).click();
    await row.getByText('已撤销').waitFor();
    await row.getByRole('button', { name: buttonName('撤销') }).waitFor({ state: 'detached' });
  });

  step('adds a working-day calendar override and removes it', async () => {
    const reason = '市政府通知调休（浏览器测试）';
    await page.getByRole('tab', { name: '工作日历' }).click();
    const date = page.locator('#date');
    await date.click();
    await date.fill('2031-06-14');
    await date.press('Enter');
    await page.getByRole('radio', { name: '工作日' }).check();
    await page.locator('#reason').fill(reason);
    await page.getByRole('button', { name: '添加调整' }).click();
    await page.getByText('已保存，未关闭期次的截止日期已按新日历重算').waitFor();
    await page.getByLabel('年度').fill('2031');
    const row = page.getByRole('row').filter({ hasText: reason });
    await row.getByText('2031-06-14（周六）').waitFor();
    await row.getByText('工作日').waitFor();
    await screenshot(page, 'paths-04-calendar-override');
    const stored = await office.request<{ calendarOverrides: Array<{ date: string; isWorkday: boolean }> }>('query { calendarOverrides(year: 2031) { date isWorkday } }');
    expect(stored.calendarOverrides).toEqual([{ date: '2031-06-14', isWorkday: true }]);
    await row.getByRole('button', { name: buttonName('删除') }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: buttonName('删除') }).click();
    await page.getByText('该年度没有工作日历调整').waitFor();
  });

  step('approves two submitted rows at once from the review queue', async () => {
    const { submissions } = await office.request<{ submissions: { nodes: Array<{ id: string; unit: { name: string }; task: { code: string } }> } }>(
      'query { submissions(filter: { state: SUBMITTED }, first: 100) { nodes { id unit { name } task { code } } } }',
    );
    // 市教体局's row belongs to the other browser test, which may run at the same time
    const candidates = submissions.nodes.filter((s) => s.unit.name !== '市教体局');
    if (candidates.length < 2) throw new Error(`the demo has ${candidates.length} submitted rows to approve; need 2`);
    await page.goto(`${baseUrl}/admin/review`);
    await page.getByRole('heading', { level: 3, name: '审核队列' }).waitFor();
    await pick(page, page.getByLabel('状态'), '已报送（待审核）');
    const picked = candidates.slice(0, 2);
    for (const s of picked) await page.getByRole('checkbox', { name: `选择 ${s.unit.name} ${s.task.code}` }).check();
    await page.getByText('已选择 2 项').waitFor();
    await screenshot(page, 'paths-05-bulk-approve');
    await page.getByRole('button', { name: '批量通过' }).click();
    await page.getByText('已批量通过 2 项').waitFor();
    for (const s of picked) {
      const { submission } = await office.request<{ submission: { state: string } }>('query($id: ID!) { submission(id: $id) { state } }', { id: s.id });
      expect(submission.state).toBe('APPROVED');
    }
  });

  step('imports a task-list preset into a cycle that has none', async () => {
    const { cycles } = await office.request<{ cycles: Array<{ systemKey: string; systemVersion: number }> }>('query { cycles { systemKey systemVersion } }');
    const base = cycles[0]!;
    const name = '2031年度浏览器测试考核';
    const { createCycle } = await office.request<{ createCycle: { id: string } }>(
      'mutation($input: CreateCycleInput!) { createCycle(input: $input) { id } }',
      { input: { name, year: 2031, systemKey: base.systemKey, systemVersion: base.systemVersion } },
    );
    await page.goto(`${baseUrl}/admin/task-lists`);
    await pick(page, page.getByLabel('考核周期'), name);
    await page.getByRole('button', { name: '导入预置任务清单' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '导入预置任务清单' });
    await modal.getByText(`导入到“${name}”`, { exact: false }).waitFor();
    await screenshot(page, 'paths-06-task-list-import');
    await modal.getByRole('button', { name: buttonName('导入') }).click();
    await page.getByText(/^已导入 \d+ 项任务/).waitFor();
    await page.getByRole('button', { name: '导入预置任务清单' }).and(page.locator('[disabled]')).waitFor();
    const { cycle } = await office.request<{ cycle: { taskListKey: string | null } }>('query($id: ID!) { cycle(id: $id) { taskListKey } }', { id: createCycle.id });
    expect(cycle.taskListKey).toBeTruthy();
    // the header's totals follow the import (counted by the API)
    const { taskMatrix } = await office.request<{ taskMatrix: { assignments: number } }>(
      'query($id: ID!) { taskMatrix(cycleId: $id, first: 1) { assignments } }',
      { id: createCycle.id },
    );
    expect(taskMatrix.assignments).toBeGreaterThan(0);
    await page.locator('.ant-statistic').filter({ hasText: '任务分配' }).filter({ hasText: String(taskMatrix.assignments) }).waitFor();
    await screenshot(page, 'paths-07-task-list-imported');
  });

  step('creates an account and resets its password as the administrator', async () => {
    const adminContext = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    const adminPage = await adminContext.newPage();
    adminPage.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await login(adminPage, 'admin');
      await adminPage.goto(`${baseUrl}/admin/accounts`);
      await adminPage.getByRole('button', { name: '新建账号' }).click();
      const drawer = adminPage.locator('.ant-drawer-open');
      await drawer.locator('#username').fill('e2e.evaluator');
      await drawer.locator('#displayName').fill('浏览器测试评估员');
      await pick(adminPage, drawer.locator('#role'), '第三方评估机构');
      await drawer.locator('#password').fill('Start2031x');
      await screenshot(adminPage, 'paths-08-account-create');
      await drawer.getByRole('button', { name: buttonName('创建') }).click();
      await adminPage.getByText('账号已创建，首次登录须修改密码').waitFor();
      await adminPage.getByLabel('搜索账号').fill('e2e.evaluator');
      await adminPage.getByLabel('搜索账号').press('Enter');
      const row = adminPage.getByRole('row').filter({ hasText: 'e2e.evaluator' });
      await row.getByRole('button', { name: '重置密码' }).click();
      const modal = adminPage.locator('.ant-modal').filter({ hasText: '重置密码 · 浏览器测试评估员' });
      await modal.locator('#newPassword').fill('short');
      await modal.getByRole('button', { name: buttonName('重置') }).click();
      await modal.getByText('密码至少8位').waitFor();
      await modal.locator('#newPassword').fill('Reset2031y');
      await modal.getByText('密码至少8位').waitFor({ state: 'detached' });
      await screenshot(adminPage, 'paths-09-reset-password');
      await modal.getByRole('button', { name: buttonName('重置') }).click();
      await adminPage.getByText('已重置浏览器测试评估员的密码，下次登录须修改').waitFor();
      // the new password works, and the account must change it at first login
      const evaluator = new GraphQLClient(baseUrl);
      await evaluator.login('e2e.evaluator', 'Reset2031y');
      const { me } = await evaluator.request<{ me: { role: string; mustChangePassword: boolean } }>('query { me { role mustChangePassword } }');
      expect(me).toEqual({ role: 'EVALUATOR', mustChangePassword: true });
      await expect(new GraphQLClient(baseUrl).login('e2e.evaluator', 'Start2031x')).rejects.toThrow();
    } finally {
      await adminContext.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
