import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { unitClassLabel } from '../src/modules/common/utils/labels';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

// a running API given by E2E_BASE_URL wins over the one globalSetup started
const baseUrl = process.env.E2E_BASE_URL ?? (JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState).baseUrl;

interface Department {
  id: string;
  code: string;
  name: string;
  classes: string[];
}
interface Task {
  id: string;
  code: string;
  title: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A task and a class where some units of the class lack the task: what the bulk assignment will add. */
interface Plan {
  task: Task;
  unitClass: string;
  adding: Department[];
}

describe('credit office assigns tasks to units (real API)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);
  let cycleId: string;
  let departments: Department[];
  let plan: Plan;
  let originalTarget: string | null | undefined;

  async function taskIdsOf(unitId: string): Promise<Set<string>> {
    const { unitTasks } = await office.request<{ unitTasks: Array<{ task: { id: string } }> }>(
      'query ($cycleId: ID!, $unitId: ID!) { unitTasks(cycleId: $cycleId, unitId: $unitId) { task { id } } }',
      { cycleId, unitId },
    );
    return new Set(unitTasks.map((t) => t.task.id));
  }

  const matrixCount = (unitId: string) => page.locator(`[data-testid=task-matrix] tr[data-row-key="${unitId}"] .ant-tag`).first();

  /** The matrix reloads in the background after a change: waits for the row's task count to read `n`. */
  async function matrixShows(unitId: string, n: number): Promise<void> {
    await page.locator(`[data-testid=task-matrix] tr[data-row-key="${unitId}"] .ant-tag`).first().filter({ hasText: new RegExp(`^${n}$`) }).waitFor({ timeout: 20_000 });
  }

  beforeAll(async () => {
    await office.login('credit', DEMO_PASSWORD);
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
    // the units this file added go back, so another run (or another file) finds the demo as it was
    if (plan) {
      for (const unit of plan.adding) {
        if ((await taskIdsOf(unit.id)).has(plan.task.id)) {
          await office.request('mutation ($taskId: ID!, $unitId: ID!) { unassignTask(taskId: $taskId, unitId: $unitId) }', { taskId: plan.task.id, unitId: unit.id });
        }
      }
    }
    if (plan && originalTarget !== undefined) {
      const { cycleTasks } = await office.request<{ cycleTasks: Array<{ id: string; version: number }> }>('query ($cycleId: ID!) { cycleTasks(cycleId: $cycleId) { id version } }', { cycleId });
      const version = cycleTasks.find((t) => t.id === plan.task.id)?.version;
      await office.request('mutation ($input: UpdateTaskDefinitionInput!) { updateTaskDefinition(input: $input) { id } }', {
        input: { id: plan.task.id, expectedVersion: version, target: originalTarget },
      });
    }
    await browser?.close();
  });

  it('opens 任务清单 on a cycle where some units of a class still lack a task', async () => {
    const { units } = await office.request<{ units: { nodes: Department[] } }>('query { units(filter: { kind: DEPARTMENT }, first: 100) { nodes { id code name classes } } }');
    departments = units.nodes;
    const classes = [...new Set(departments.flatMap((u) => u.classes))].sort();
    const { cycles } = await office.request<{ cycles: Array<{ id: string; name: string }> }>('query { cycles { id name } }');
    let cycleName = '';
    for (const cycle of cycles) {
      cycleId = cycle.id;
      const { cycleTasks } = await office.request<{ cycleTasks: Task[] }>('query ($cycleId: ID!) { cycleTasks(cycleId: $cycleId) { id code title } }', { cycleId });
      if (cycleTasks.length === 0) continue;
      const held = new Map(await Promise.all(departments.map(async (u) => [u.id, await taskIdsOf(u.id)] as const)));
      const candidates: Plan[] = [];
      for (const task of cycleTasks) {
        for (const unitClass of classes) {
          const adding = departments.filter((u) => u.classes.includes(unitClass) && !held.get(u.id)?.has(task.id));
          if (adding.length > 0) candidates.push({ task, unitClass, adding });
        }
      }
      // a small addition keeps the clean-up short; two or more lets the test take one back and keep another
      candidates.sort((a, b) => Number(b.adding.length >= 2) - Number(a.adding.length >= 2) || a.adding.length - b.adding.length);
      if (candidates[0]) {
        plan = candidates[0];
        cycleName = cycle.name;
        break;
      }
    }
    if (!cycleName) throw new Error('every unit of every class already has every task: nothing to bulk-assign');

    await page.goto(`${baseUrl}/admin/task-lists`);
    await page.getByLabel('考核周期').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: cycleName }).first().click();
    // the matrix pages 20 units at a time: show all 36 departments on one page
    await page.getByText('共 36 个单位').waitFor();
    await page.locator('.ant-pagination-options .ant-select:visible').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '50 条/页' }).click();
    await matrixCount(plan.adding[0]!.id).waitFor();
    await matrixShows(plan.adding[0]!.id, (await taskIdsOf(plan.adding[0]!.id)).size);
    await screenshot(page, 'task-assign-00-matrix');
  });

  it('bulk-assigns the task to the unit class and sees the matrix count change', async () => {
    const before = new Map<string, number>();
    for (const unit of plan.adding) before.set(unit.id, Number(await matrixCount(unit.id).textContent()));
    expect(before.get(plan.adding[0]!.id)).toBe((await taskIdsOf(plan.adding[0]!.id)).size);

    await page.getByRole('tab', { name: '任务分配' }).click();
    await page.getByLabel('查找任务').fill(plan.task.code);
    const row = page.locator('[data-testid=task-assignments] tbody tr').filter({ has: page.getByRole('cell', { name: plan.task.code, exact: true }) });
    await row.getByRole('button', { name: '按单位类别批量分配' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '按单位类别批量分配' });
    await modal.getByLabel('单位类别').click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${escape(unitClassLabel(plan.unitClass))}（`) });
    await expect(option.textContent()).resolves.toContain(`${plan.adding.length} 个未分配`);
    await option.click();
    await screenshot(page, 'task-assign-01-bulk-dialog');
    await modal.getByRole('button', { name: buttonName('分配') }).click();
    await page.getByText(`新增 ${plan.adding.length} 个单位`).waitFor();

    for (const unit of plan.adding) expect((await taskIdsOf(unit.id)).has(plan.task.id)).toBe(true);
    await page.getByRole('tab', { name: '单位任务矩阵' }).click();
    for (const unit of plan.adding) {
      await matrixShows(unit.id, before.get(unit.id)! + 1);
    }
    await screenshot(page, 'task-assign-02-matrix-after-bulk');
  });

  it('unassigns one unit in the drawer', async () => {
    const unit = plan.adding[0]!;
    const count = Number(await matrixCount(unit.id).textContent());
    await page.getByRole('tab', { name: '任务分配' }).click();
    const row = page.locator('[data-testid=task-assignments] tbody tr').filter({ has: page.getByRole('cell', { name: plan.task.code, exact: true }) });
    await row.getByRole('button', { name: '分配单位' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: `分配单位 · ${plan.task.code}` });
    // the drawer pages the units (20 at a time): find this one by its code
    const find = drawer.getByLabel('查找单位');
    await find.fill(unit.code);
    await find.press('Enter');
    const box = drawer.getByRole('checkbox', { name: new RegExp(`^${escape(unit.name)}\\s*${escape(unit.code)}$`) });
    await expect(box.isChecked()).resolves.toBe(true);
    // the box is controlled: it changes once the API has answered, so a plain click, then the answer
    await box.click();
    await page.getByText(`已取消${unit.name}的此项任务`).waitFor();
    await screenshot(page, 'task-assign-03-drawer-unassigned');
    expect((await taskIdsOf(unit.id)).has(plan.task.id)).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '单位任务矩阵' }).click();
    await matrixShows(unit.id, count - 1);
    expect(pageErrors).toEqual([]);
  });

  it('edits the task target with the parsed 完成时限 shown, and the version moves on', async () => {
    const read = async () =>
      (
        await office.request<{ cycleTasks: Array<{ id: string; target: string | null; version: number }> }>(
          'query ($cycleId: ID!) { cycleTasks(cycleId: $cycleId) { id target version } }',
          { cycleId },
        )
      ).cycleTasks.find((t) => t.id === plan.task.id)!;
    const before = await read();
    originalTarget = before.target;
    await page.getByRole('tab', { name: '任务分配' }).click();
    const row = page.locator('[data-testid=task-assignments] tbody tr').filter({ has: page.getByRole('cell', { name: plan.task.code, exact: true }) });
    await row.getByRole('button', { name: buttonName('编辑') }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: `编辑任务 · ${plan.task.code}` });
    await drawer.getByLabel('目标').fill('合规率99%以上（浏览器测试）');
    // the preview only: the text goes back before saving, so the periods are not re-dated
    const deadline = drawer.getByLabel('完成时限');
    const deadlineText = await deadline.inputValue();
    await deadline.fill('每月4日前报送上月信息');
    await drawer.getByRole('button', { name: '解析预览' }).click();
    await drawer.getByText('解析为：每月4日前报送上月情况').waitFor();
    await screenshot(page, 'task-assign-04-edit-drawer');
    await deadline.fill(deadlineText);
    await drawer.getByRole('button', { name: buttonName('保存') }).click();
    await page.getByText('任务已保存').waitFor();
    const after = await read();
    expect(after.target).toBe('合规率99%以上（浏览器测试）');
    expect(after.version).toBeGreaterThan(before.version);
  });
});
