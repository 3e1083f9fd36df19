import { getIndicatorSystemPreset, getPresetSample, scoreUnit, walkNodes, type BandsRule, type Grade, type GradeBand, type IndicatorSystem } from '@govtrust/indicators';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

// a running API given by E2E_BASE_URL wins over the one globalSetup started
const baseUrl = process.env.E2E_BASE_URL ?? (JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState).baseUrl;
const VIEWPORT = { width: 1440, height: 900 };
const SYSTEM_KEY = 'nmg-quarterly-2022';

interface BandEdit {
  code: string;
  band: number;
  points: number;
  totalBefore: string;
  totalAfter: string;
}

/**
 * A band whose points the first sample unit actually earns, on a node shown without expanding
 * (a category's child), and what the engine says the sample's total becomes when it gives 0.
 */
function bandEdit(): BandEdit {
  const system = getIndicatorSystemPreset(SYSTEM_KEY) as IndicatorSystem;
  const sample = getPresetSample(SYSTEM_KEY)?.[0];
  if (!sample) throw new Error('the preset has no sample');
  const totalBefore = scoreUnit(system, sample).total;
  const candidates: Array<{ code: string; rule: BandsRule }> = [];
  walkNodes(system, ({ node, parent }) => {
    if (node.rule?.kind === 'bands' && parent?.level === 'CATEGORY') candidates.push({ code: node.code, rule: node.rule });
  });
  for (const { code, rule } of candidates) {
    for (let band = 0; band < rule.bands.length; band += 1) {
      if (Number(rule.bands[band]!.points) === 0) continue;
      const edited: IndicatorSystem = JSON.parse(JSON.stringify(system)) as IndicatorSystem;
      walkNodes(edited, ({ node }) => {
        if (node.code === code) (node.rule as BandsRule).bands[band]!.points = 0;
      });
      const totalAfter = scoreUnit(edited, sample).total;
      if (totalAfter !== totalBefore) return { code, band, points: 0, totalBefore, totalAfter };
    }
  }
  throw new Error('no band of the sample can be edited to change its total');
}

const NEW_FIELD = { key: 'spotCheckFindings', label: '抽查发现问题数' };
const COMMON_GRADING: GradeBand[] = [
  { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
  { grade: 'BLUE', label: '蓝名单', min: 60, minInclusive: true, max: 85, maxInclusive: false },
  { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 60, maxInclusive: false },
];

interface GradingEdit {
  /** the new edge between 红名单 and 蓝名单 */
  threshold: number;
  gradeBefore: Grade | null;
  gradeAfter: Grade | null;
}

/**
 * The usual three grades added to the band-edited draft, then the 红/蓝 edge moved down to the
 * sample's total: what the engine says the sample's grade is before and after.
 */
function gradingEdit(band: BandEdit): GradingEdit {
  const system = JSON.parse(JSON.stringify(getIndicatorSystemPreset(SYSTEM_KEY))) as IndicatorSystem;
  const sample = getPresetSample(SYSTEM_KEY)![0]!;
  walkNodes(system, ({ node }) => {
    if (node.code === band.code) (node.rule as BandsRule).bands[band.band]!.points = band.points;
  });
  const threshold = Math.floor(Number(band.totalAfter));
  const moved = COMMON_GRADING.map((g) => (g.grade === 'RED' ? { ...g, min: threshold } : g.grade === 'BLUE' ? { ...g, max: threshold } : g));
  const gradeBefore = scoreUnit({ ...system, grading: COMMON_GRADING }, sample).grade;
  const gradeAfter = scoreUnit({ ...system, grading: moved }, sample).grade;
  if (threshold <= 60 || gradeBefore === gradeAfter) throw new Error(`the sample total ${band.totalAfter} cannot show a moved 红/蓝 edge`);
  return { threshold, gradeBefore, gradeAfter };
}

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

async function waitForAttribute(page: Page, testId: string, name: string, value: string, timeoutMs = 15_000): Promise<void> {
  const locator = page.getByTestId(testId);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const actual = await locator.getAttribute(name).catch(() => null);
    if (actual === value) return;
    if (Date.now() > deadline) throw new Error(`expected ${testId}[${name}] = ${value}, found ${actual ?? 'nothing'}`);
    await page.waitForTimeout(150);
  }
}

describe('indicator-system editor and monitoring data (browser, real API)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);
  const edit = bandEdit();
  const grading = gradingEdit(edit);

  beforeAll(async () => {
    await office.login('credit', DEMO_PASSWORD);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
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
        await screenshot(page, `failed-systems-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`).catch(() => undefined);
        throw error;
      }
    });
  }

  step('lists the stored systems and imports a preset as the next draft', async () => {
    await page.goto(`${baseUrl}/admin/indicator-systems`);
    const table = page.getByTestId('indicator-system-table');
    await table.getByText(SYSTEM_KEY, { exact: true }).waitFor();
    await screenshot(page, 'systems-01-list');
    await page.getByRole('button', { name: '从预置体系导入' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '从预置体系导入' });
    const row = modal.getByRole('row').filter({ hasText: SYSTEM_KEY });
    await row.click();
    // a click that lands while the dialog is still opening (a loaded machine) selects nothing: tick the radio then
    await row.locator('.ant-radio-wrapper-checked').waitFor({ timeout: 5_000 }).catch(() => row.getByRole('radio').check());
    await row.locator('.ant-radio-wrapper-checked').waitFor();
    await screenshot(page, 'systems-02-import');
    await modal.getByRole('button', { name: '导入为草稿' }).click();
    await page.waitForURL(new RegExp(`/admin/indicator-systems/${SYSTEM_KEY}`));
    await page.getByTestId('system-status').getByText('第 2 版 · 草稿').waitFor();
    await screenshot(page, 'systems-03-draft');
  });

  step('edits a band’s points and sees the preview total change', async () => {
    await waitForAttribute(page, 'draft-preview-total', 'data-total', edit.totalBefore);
    await page.getByTestId(`tree-node-${edit.code}`).click();
    const points = page.getByLabel(`第${edit.band + 1}档得分`);
    await points.fill(String(edit.points));
    await waitForAttribute(page, 'draft-preview-total', 'data-total', edit.totalAfter);
    await page.getByText('有未保存的修改').waitFor();
    await screenshot(page, 'systems-04-band-edited');
  });

  step('adds an input field to the indicator and finds it in the live preview', async () => {
    const editor = page.getByTestId('input-fields-editor');
    const before = await editor.locator('[data-testid^="input-field-"]').count();
    await editor.getByRole('button', { name: /添加填报项/ }).click();
    const label = `第${before + 1}个填报项`;
    await page.getByLabel(`${label}键`).fill(NEW_FIELD.key);
    // a nameless field is an error: the preview total is withheld until it has one
    await page.getByText('请填写名称').waitFor();
    await waitForAttribute(page, 'draft-preview-total', 'data-total', '—');
    await page.getByLabel(`${label}名称`).fill(NEW_FIELD.label);
    await page.getByLabel(`${label}单位`).fill('条');
    await waitForAttribute(page, 'draft-preview-total', 'data-total', edit.totalAfter);
    await page.getByTestId(`input-field-${before}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'systems-04a-input-added');
    await page.getByRole('tab', { name: '实时试算' }).click();
    await page.locator(`#preview-${NEW_FIELD.key}`).waitFor();
    await page.locator('label').filter({ hasText: NEW_FIELD.label }).first().scrollIntoViewIfNeeded();
    await screenshot(page, 'systems-04b-preview-field');
    await page.getByRole('tab', { name: '编辑' }).click();
  });

  step('sets the grading in system settings and sees the preview grade follow a moved threshold', async () => {
    await page.getByRole('button', { name: /体系设置/ }).click();
    const settings = page.getByTestId('system-settings');
    await settings.getByRole('button', { name: /使用常用三档/ }).click();
    await waitForAttribute(page, 'draft-preview-total', 'data-grade', grading.gradeBefore ?? '');
    await page.getByLabel('红名单下限', { exact: true }).fill(String(grading.threshold));
    // until the 蓝名单 edge follows, the two grades overlap: an error the engine names, and no preview
    await settings.getByTestId('grading-problems').getByText('等级“红名单”与“蓝名单”的分数范围重叠').waitFor();
    await waitForAttribute(page, 'draft-preview-total', 'data-total', '—');
    await page.getByLabel('蓝名单上限', { exact: true }).fill(String(grading.threshold));
    await settings.getByTestId('grading-problems').waitFor({ state: 'detached' });
    await waitForAttribute(page, 'draft-preview-total', 'data-grade', grading.gradeAfter ?? '');
    await waitForAttribute(page, 'draft-preview-total', 'data-total', edit.totalAfter);
    await settings.getByTestId('grading-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'systems-04c-grading');
  });

  step('saves the draft and shows the change against the published version', async () => {
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已保存为第 2 版草稿').waitFor();
    await page.getByText('有未保存的修改').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '与已发布版本对比' }).click();
    const changed = page.getByTestId(`diff-changed-${edit.code}`);
    await changed.getByText('修改前规则').waitFor();
    await page.getByText(/与第1版（已发布）相比：新增 0 项，删除 0 项，修改 1 项；体系设置变更：等级划分/).waitFor();
    await changed.getByText(`新增“${NEW_FIELD.label}”（${NEW_FIELD.key}，数量（整数），单位：条）`).waitFor();
    await page
      .getByTestId('diff-system-settings')
      .getByText(`未设置等级 → 红名单 总分≥${grading.threshold}；蓝名单 60≤总分<${grading.threshold}；黄名单 总分<60`)
      .waitFor();
    await screenshot(page, 'systems-05-diff');
    const { indicatorSystem } = await office.request<{ indicatorSystem: { status: string; definition: IndicatorSystem } }>(
      'query($key: String!) { indicatorSystem(key: $key) { status definition } }',
      { key: SYSTEM_KEY },
    );
    expect(indicatorSystem.status).toBe('DRAFT');
    let saved: BandsRule | undefined;
    walkNodes(indicatorSystem.definition, ({ node }) => {
      if (node.code === edit.code) saved = node.rule as BandsRule;
    });
    expect(Number(saved?.bands[edit.band]?.points)).toBe(edit.points);
    let savedInputs: unknown[] = [];
    walkNodes(indicatorSystem.definition, ({ node }) => {
      if (node.code === edit.code) savedInputs = node.inputs ?? [];
    });
    expect(savedInputs).toContainEqual({ key: NEW_FIELD.key, label: NEW_FIELD.label, type: 'count', unit: '条' });
    expect(indicatorSystem.definition.grading?.find((g) => g.grade === 'RED')).toMatchObject({ min: grading.threshold, minInclusive: true, max: null });
  });

  step('publishes the draft after confirming', async () => {
    await page.getByRole('button', { name: buttonName('发布') }).click();
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '发布第 2 版？' });
    await screenshot(page, 'systems-06-publish-confirm');
    await confirm.getByRole('button', { name: buttonName('发布') }).click();
    await page.getByTestId('system-status').getByText('第 2 版 · 已发布').waitFor();
    await page.getByRole('tab', { name: '版本记录' }).click();
    await page.getByRole('cell', { name: '第 1 版' }).waitFor();
    await screenshot(page, 'systems-07-versions');
    const { indicatorSystemVersions } = await office.request<{ indicatorSystemVersions: Array<{ systemVersion: number; status: string }> }>(
      'query($key: String!) { indicatorSystemVersions(key: $key) { systemVersion status } }',
      { key: SYSTEM_KEY },
    );
    expect(indicatorSystemVersions.map((v) => [v.systemVersion, v.status])).toEqual([
      [2, 'PUBLISHED'],
      [1, 'PUBLISHED'],
    ]);
  });

  step('enters monitoring values for a unit and saves them with the entry’s version', async () => {
    const { units } = await office.request<{ units: { nodes: Array<{ id: string; name: string }> } }>('query { units(filter: { search: "市教体局" }) { nodes { id name } } }');
    const unit = units.nodes.find((u) => u.name === '市教体局')!;

    await page.getByRole('menuitem', { name: '监测数据录入' }).click();
    await page.getByRole('heading', { level: 3, name: '监测数据录入' }).waitFor();
    await page.locator('#monitoring-unit').click();
    await page.keyboard.type('市教体局');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '市教体局' }).first().click();
    await page.getByText('市教体局 · 监测数据').waitFor();
    const picked = new URL(page.url()).searchParams;
    const periodId = picked.get('period');
    expect(periodId).toBeTruthy();
    const { monitoringFields: fields } = await office.request<{ monitoringFields: Array<{ key: string; type: string }> }>(
      'query($c: ID!) { monitoringFields(cycleId: $c) }',
      { c: picked.get('cycle') },
    );
    // the page must offer exactly the fields the API accepts; the test edits the first count field
    await page.getByText(`共 ${fields.length} 个监测项`, { exact: false }).waitFor();
    const field = fields.find((f) => f.type === 'count');
    if (!field) throw new Error('the demo cycle has no count field to enter as monitoring data');
    const entryOf = async () =>
      (
        await office.request<{ monitoringEntry: { values: Record<string, unknown>; version: number } | null }>(
          'query($p: ID!, $u: ID!) { monitoringEntry(periodId: $p, unitId: $u) { values version } }',
          { p: periodId, u: unit.id },
        )
      ).monitoringEntry;
    const before = await entryOf();
    await page.getByTestId('monitoring-entry-version').getByText(before ? `版本 ${before.version}` : '尚未录入', { exact: false }).waitFor();
    const input = page.locator(`input[id="monitoring-${field.key}"]`);
    const first = Number(before?.values[field.key] ?? 0) + 1;
    await input.fill(String(first));
    await screenshot(page, 'systems-08-monitoring');
    await page.getByRole('button', { name: '保存监测数据' }).click();
    await page.getByText('监测数据已保存，得分已重新计算').waitFor();
    const version = (before?.version ?? 0) + 1;
    await page.getByTestId('monitoring-entry-version').getByText(`版本 ${version}`, { exact: false }).waitFor();
    const saved = await entryOf();
    expect(saved?.values[field.key]).toBe(first);
    expect(saved?.version).toBe(version);
    // values not touched in the form are kept as they were
    for (const [key, value] of Object.entries(before?.values ?? {})) if (key !== field.key) expect(saved?.values[key]).toEqual(value);

    // a second edit goes through with the version just read
    await input.fill(String(first + 1));
    await page.getByRole('button', { name: '保存监测数据' }).click();
    await page.getByTestId('monitoring-entry-version').getByText(`版本 ${version + 1}`, { exact: false }).waitFor();
    expect((await entryOf())?.values[field.key]).toBe(first + 1);
    await screenshot(page, 'systems-09-monitoring-saved');
    expect(pageErrors).toEqual([]);
  });
});
