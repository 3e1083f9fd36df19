import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { apiDir, stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

// a running API given by E2E_BASE_URL wins over the one globalSetup started
const baseUrl = process.env.E2E_BASE_URL ?? (JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState).baseUrl;

/** The API's own XLSX library (this app does not depend on one): writes the files the office uploads. */
interface Workbook {
  addWorksheet(name: string): { addRow(values: string[]): unknown };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const ExcelJS = createRequire(path.join(apiDir, 'package.json'))('exceljs') as { Workbook: new () => Workbook };

/** The template's headers (apps/api/src/modules/imports/task-list-import.columns.ts), in its order. */
const HEADERS = ['单位编码', '单位名称', '任务编码', '任务名称', '任务类别', '工作任务及目标（原文）', '目标', '完成时限', '佐证材料', '最少佐证数'] as const;
type Header = (typeof HEADERS)[number];

async function taskListWorkbook(rows: Array<Partial<Record<Header, string>>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务清单');
  sheet.addRow([...HEADERS]);
  for (const row of rows) sheet.addRow(HEADERS.map((header) => row[header] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Department {
  id: string;
  code: string;
  name: string;
}

describe('credit office imports a task list from Excel into a fresh cycle (real API)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);
  let cycle: { id: string; name: string };
  let units: Department[];

  const cycleTasks = async () =>
    (await office.request<{ cycleTasks: Array<{ code: string; title: string }> }>('query ($id: ID!) { cycleTasks(cycleId: $id) { code title } }', { id: cycle.id }))
      .cycleTasks;

  /** Holds the next upload until released, so the bar can be seen (and photographed) whatever the machine's speed. */
  async function holdNextUpload(): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const held = new Promise<void>((resolve) => (arrived = resolve));
    const pattern = (url: URL) => url.pathname.endsWith('/files/imports/task-lists');
    let sent!: () => void;
    const continued = new Promise<void>((resolve) => (sent = resolve));
    await page.route(pattern, async (route: Route) => {
      arrived();
      await released;
      await route.continue();
      sent();
    });
    return {
      held,
      release: async () => {
        release();
        // unrouting while the request is still held would answer it twice
        await continued;
        await page.unroute(pattern);
      },
    };
  }

  beforeAll(async () => {
    await office.login('credit', DEMO_PASSWORD);
    // the demo cycle refuses a replacement once it has submissions: a cycle of its own, with no tasks
    const { cycles } = await office.request<{ cycles: Array<{ systemKey: string; systemVersion: number }> }>('query { cycles { systemKey systemVersion } }');
    const name = `2033年度任务清单导入测试 ${Date.now().toString(36)}`;
    const { createCycle } = await office.request<{ createCycle: { id: string; name: string } }>(
      'mutation($input: CreateCycleInput!) { createCycle(input: $input) { id name } }',
      { input: { name, year: 2033, systemKey: cycles[0]!.systemKey, systemVersion: cycles[0]!.systemVersion } },
    );
    cycle = createCycle;
    expect(await cycleTasks()).toEqual([]);
    const answer = await office.request<{ units: { nodes: Department[] } }>('query { units(filter: { kind: DEPARTMENT }, first: 2) { nodes { id code name } } }');
    units = answer.units.nodes;
    expect(units).toHaveLength(2);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/admin/login`);
    await page.getByLabel('用户名').fill('credit');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: buttonName('登录') }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal').filter({ hasText: '从 Excel 导入任务清单' });

  it('shows the upload going out, then every bad row as 第N行, and writes nothing', async () => {
    await page.goto(`${baseUrl}/admin/task-lists`);
    await page.getByLabel('考核周期').click();
    await page.keyboard.type(cycle.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: cycle.name }).first().click();
    await page.getByRole('button', { name: '从 Excel 导入任务清单' }).click();
    await modal().getByText(`从 Excel 导入任务清单 · ${cycle.name}`).waitFor();

    const [a, b] = units as [Department, Department];
    const bad = await taskListWorkbook([
      { 单位编码: 'GH-NO-SUCH-UNIT', 任务编码: 'E2E-IMP-1', 任务名称: '按月报送“双公示”信息', '工作任务及目标（原文）': '按时报送“双公示”信息', 完成时限: '每月4日前报送上月信息' },
      { 单位编码: a.code, 任务编码: 'E2E-IMP-2', 任务名称: '每季度召开信用工作会议', '工作任务及目标（原文）': '每季度召开一次信用工作会议', 完成时限: '每季度首月10日前' },
      { 单位编码: b.code, 任务编码: 'E2E-IMP-3', 任务名称: '', '工作任务及目标（原文）': '持续推进诚信文化建设', 完成时限: '持续推进' },
    ]);
    await modal().locator('input[type=file]').setInputFiles({ name: '任务清单（有误）.xlsx', mimeType: XLSX_MIME, buffer: bad });

    const upload = await holdNextUpload();
    await modal().getByRole('button', { name: buttonName('导入') }).click();
    await upload.held;
    const bar = modal().getByTestId('upload-progress');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toMatch(/正在上传：\d+ (B|KB) \/ \d+ (B|KB)|已上传 \d+ (B|KB)，正在处理/);
    await screenshot(page, 'task-import-00-uploading');
    await upload.release();

    await modal().getByText('文件中有 2 处错误，未写入任何数据。请修改后重新上传。').waitFor();
    await bar.waitFor({ state: 'detached' });
    const rowOf = (n: number) => modal().getByRole('row').filter({ has: page.getByRole('cell', { name: `第${n}行`, exact: true }) });
    await expect(rowOf(2).textContent()).resolves.toContain('单位编码');
    await expect(rowOf(4).textContent()).resolves.toContain('任务名称');
    await expect(rowOf(3).count()).resolves.toBe(0);
    await screenshot(page, 'task-import-01-row-errors');
    expect(await cycleTasks()).toEqual([]);
  });

  it('imports the corrected file and the tasks appear', async () => {
    const [a, b] = units as [Department, Department];
    const good = await taskListWorkbook([
      { 单位编码: a.code, 单位名称: a.name, 任务编码: 'E2E-IMP-1', 任务名称: '按月报送“双公示”信息', '工作任务及目标（原文）': '按时报送“双公示”信息', 完成时限: '每月4日前报送上月信息', 佐证材料: '报送截图' },
      { 单位编码: a.code, 单位名称: a.name, 任务编码: 'E2E-IMP-2', 任务名称: '每季度召开信用工作会议', '工作任务及目标（原文）': '每季度召开一次信用工作会议', 完成时限: '每季度首月10日前' },
      { 单位编码: b.code, 单位名称: b.name, 任务编码: 'E2E-IMP-3', 任务名称: '开展诚信文化建设', '工作任务及目标（原文）': '持续推进诚信文化建设', 完成时限: '持续推进' },
    ]);
    await modal().locator('input[type=file]').setInputFiles({ name: '任务清单.xlsx', mimeType: XLSX_MIME, buffer: good });
    // the bad file's result goes when another file is chosen
    await modal().getByText(/文件中有 \d+ 处错误/).waitFor({ state: 'detached' });
    await modal().getByRole('button', { name: buttonName('校验') }).click();
    await modal().getByText('校验通过：2 个单位、3 项任务').waitFor();
    expect(await cycleTasks()).toEqual([]);

    // by the footer's text: its accessible name changes while the previous request settles
    await modal().locator('.ant-modal-footer button:not([disabled])').filter({ hasText: /^\s*导\s?入\s*$/ }).click({ timeout: 60_000 });
    await modal().getByText(/^导入完成：3 项任务/).waitFor();
    await screenshot(page, 'task-import-02-imported');
    expect((await cycleTasks()).map((t) => t.code).sort()).toEqual(['E2E-IMP-1', 'E2E-IMP-2', 'E2E-IMP-3']);

    await page.keyboard.press('Escape');
    await modal().waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '任务分配' }).click();
    const table = page.getByTestId('task-assignments');
    for (const code of ['E2E-IMP-1', 'E2E-IMP-2', 'E2E-IMP-3']) await table.getByRole('cell', { name: code, exact: true }).waitFor();
    await screenshot(page, 'task-import-03-tasks');
  });

  it('shows the year’s computed due dates in the task drawer, for the rule as edited', async () => {
    const row = page.getByTestId('task-assignments').locator('tbody tr').filter({ has: page.getByRole('cell', { name: 'E2E-IMP-1', exact: true }) });
    await row.getByRole('button', { name: buttonName('编辑') }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '编辑任务 · E2E-IMP-1' });
    const dues = drawer.getByTestId('task-due-dates');
    await dues.getByText('2033年各期截止日期').waitFor();
    const { dueDatePreview } = await office.request<{ dueDatePreview: Array<{ label: string; dueDate: string | null }> }>(
      'query ($rule: JSON!) { dueDatePreview(rule: $rule, year: 2033) { label dueDate } }',
      { rule: { kind: 'MONTHLY', day: 4 } },
    );
    const first = dueDatePreview[0]!;
    await expect(dues.getByRole('row').filter({ hasText: first.label }).first().textContent()).resolves.toContain(first.dueDate);

    await drawer.getByLabel('完成时限').fill('每月10日前报送上月信息');
    await drawer.getByRole('button', { name: '解析预览' }).click();
    await dues.getByText('按修改后的完成时限，2033年各期截止日期').waitFor();
    const edited = await office.request<{ dueDatePreview: Array<{ label: string; dueDate: string | null }> }>(
      'query ($rule: JSON!) { dueDatePreview(rule: $rule, year: 2033) { label dueDate } }',
      { rule: { kind: 'MONTHLY', day: 10 } },
    );
    // a due date on a weekend or holiday moves to the next working day: at least one month shows it
    expect(edited.dueDatePreview.some((d) => d.dueDate && !d.dueDate.endsWith('-10'))).toBe(true);
    for (const due of edited.dueDatePreview.slice(0, 3)) {
      await dues.getByRole('cell', { name: due.dueDate!, exact: true }).waitFor();
    }
    await screenshot(page, 'task-import-04-edit-drawer-dues');
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });
});
