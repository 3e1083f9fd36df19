/**
 * The unit portal end to end: the built app (apps/submit/dist, served by the API at /submit/) in
 * Debian's Chromium against the real API on a fresh MariaDB database with the demo seed.
 * Screenshots of every step go to apps/submit/test-artifacts/ (look at them after a change).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { graphqlAs, startApi, type RunningApi } from './support/apiServer';
import { minimalJpeg, minimalPdf } from '../../api/test/utils/sample-files';

const ARTIFACTS = path.resolve(__dirname, '../test-artifacts');
const PASSWORD = 'Demo@2026';
// demo accounts are numbered by the department's 序号 in the Genhe task list
const FGW = { submitter: 'gh04.submit', approver: 'gh04.approve', name: '市发改委', prefix: 'GH-FGW-' };
const MW = { submitter: 'gh08.submit', name: '市民委', prefix: 'GH-MW-' };
const TASK = 'GH-FGW-05'; // “双公示”: two rates and two counts, PDF/DOCX/IMAGE evidence
const RETURN_REASON = '“双公示”迟报量与行政处罚台账不一致，请按台账核对迟报条数后重新填写。';
const FIELD_NOTE = '行政处罚台账中有2条超过7个工作日才上报，迟报量应为2。';
const EXEMPTION_REASON = '本单位不具有五类行政管理职能，见编办印发的“三定”方案（已附）。';

jest.setTimeout(110_000);

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: 30_000 });
}

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: api.url });
  // generous: CI shares two cores with other suites; a step that really fails still fails
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  return context.newPage();
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/submit/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '本期任务' }).waitFor();
  await page.getByTestId('task-card').first().waitFor();
}

async function taskCodes(page: Page): Promise<string[]> {
  return page.getByTestId('task-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-task-code') ?? ''));
}

async function openTask(page: Page, code: string): Promise<void> {
  // a task due in two open periods (a month and its quarter) has a card for each; the first is the more urgent
  await page.locator(`[data-task-code="${code}"]`).first().click();
  await page.getByText('填报数据', { exact: true }).waitFor();
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  api = await startApi();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 100_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('unit submission portal (Chromium, real API, MariaDB)', () => {
  let fgwPage: Page;
  let submissionId: string;

  it('refuses a wrong password in Chinese, then shows 市发改委 exactly its own task list', async () => {
    fgwPage = await newPage();
    await fgwPage.goto('/submit/');
    await fgwPage.locator('#username').fill(FGW.submitter);
    await fgwPage.locator('#password').fill('wrong-password-1');
    await fgwPage.getByRole('button', { name: /登\s*录/ }).click();
    const refusal = fgwPage.getByRole('alert').filter({ hasText: /密码|用户名|账号/ });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/[\u4e00-\u9fff]/);
    await shot(fgwPage, '01-login-refused');

    await logIn(fgwPage, FGW.submitter);
    const own = await graphqlAs(api.url, FGW.submitter, PASSWORD);
    const { myTasks } = await own<{ myTasks: Array<{ task: { code: string } }> }>('{ myTasks { task { code } } }');
    const codes = await taskCodes(fgwPage);
    expect(codes.sort()).toEqual(myTasks.map((row) => row.task.code).sort());
    expect(codes.every((code) => code.startsWith(FGW.prefix))).toBe(true);
    expect(await fgwPage.locator('header').textContent()).toContain(FGW.name);
    await shot(fgwPage, '02-fgw-task-list');
  });

  it('shows 市民委 a shorter list of only its own tasks', async () => {
    const page = await newPage();
    await logIn(page, MW.submitter);
    const codes = await taskCodes(page);
    const fgwCount = (await taskCodes(fgwPage)).length;
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.length).toBeLessThan(fgwCount);
    expect(codes.every((code) => code.startsWith(MW.prefix))).toBe(true);
    await shot(page, '03-mw-task-list');
  });

  it('fills a rate and counts with live validation, uploads a PDF and a JPG with progress, and submits', async () => {
    const page = fgwPage;
    await openTask(page, TASK);
    const complianceNumerator = page.locator('#field-dp_compliance_rate');
    const complianceDenominator = page.getByRole('spinbutton', { name: '上报数据量', exact: true }).first();
    await complianceDenominator.fill('1000');
    await complianceNumerator.fill('1200');
    await page.getByText(/信息合规率”的入库数据量不能大于上报数据量/).waitFor();
    await shot(page, '04-live-validation');
    await complianceNumerator.fill('990');
    await page.getByTestId('rate-dp_compliance_rate').filter({ hasText: '99.00%' }).waitFor();
    await page.locator('#field-dp_timeliness_rate').fill('985');
    await page.getByRole('spinbutton', { name: '上报数据量', exact: true }).nth(1).fill('1000');
    await page.locator('#field-dp_late_count').fill('0');
    await page.locator('#field-dp_concealed_count').fill('0');

    // a slow line makes the per-file progress visible (XHR upload progress events)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 400 * 1024 });
    await page.locator('input[type=file]').setInputFiles([
      { name: '双公示考核通报.pdf', mimeType: 'application/pdf', buffer: minimalPdf('double publicity circular') },
      { name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: minimalJpeg('site photo', 1_200_000) },
    ]);
    const photo = page.getByTestId('evidence-现场照片.jpg');
    await photo.locator('.ant-progress').waitFor();
    await page.waitForFunction(() => {
      const bar = document.querySelector('[data-testid="evidence-现场照片.jpg"] [role="progressbar"]');
      const now = Number(bar?.getAttribute('aria-valuenow') ?? 0);
      return now > 0 && now < 100;
    });
    await shot(page, '05-upload-progress');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await photo.getByText('已上传').waitFor({ timeout: 20_000 });
    await page.getByTestId('evidence-双公示考核通报.pdf').getByText('已上传').waitFor();

    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已提交，等待单位负责人审核签字').first().waitFor();
    await expect(page.locator('[data-status="PENDING_APPROVAL"]').first().isVisible()).resolves.toBe(true);
    submissionId = await submissionIdOf(TASK);
    await shot(page, '06-submitted-pending-approval');
  });

  it('lets the unit approver sign it off to the credit office', async () => {
    const page = await newPage();
    await logIn(page, FGW.approver);
    await openTask(page, TASK);
    await page.getByRole('button', { name: '审核签字，报送信用办' }).click();
    await page.getByText('已报送信用办，等待审核').waitFor();
    await shot(page, '07-approver-signed-off');
  });

  it('shows the credit office’s return reason, and the unit fixes and resubmits', async () => {
    const office = await graphqlAs(api.url, 'credit', PASSWORD);
    const { submission } = await office<{ submission: { version: number; state: string } }>(
      'query($id: ID!) { submission(id: $id) { version state } }',
      { id: submissionId },
    );
    expect(submission.state).toBe('SUBMITTED');
    await office('mutation($input: SubmissionReasonInput!) { returnSubmission(input: $input) { id } }', {
      input: {
        submissionId,
        expectedVersion: submission.version,
        reason: RETURN_REASON,
        fieldNotes: [{ key: 'dp_late_count', note: FIELD_NOTE }],
      },
    });

    const page = fgwPage;
    await page.getByRole('button', { name: /本期任务/ }).first().click();
    await page.getByText('有任务被信用办退回').waitFor();
    expect((await taskCodes(page))[0]).toBe(TASK); // returned first
    await shot(page, '08-returned-first-in-list');

    await openTask(page, TASK);
    const reason = page.getByTestId('return-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain(RETURN_REASON);
    await expect(page.getByTestId('evidence-双公示考核通报.pdf').isVisible()).resolves.toBe(true);
    // the reviewer's note sits in the same form item as the field it concerns
    const note = page.getByTestId('field-note-dp_late_count');
    await note.waitFor();
    expect(await note.textContent()).toContain(FIELD_NOTE);
    const item = page.locator('.ant-form-item').filter({ has: page.locator('#field-dp_late_count') });
    expect(await item.getByTestId('field-note-dp_late_count').count()).toBe(1);
    await shot(page, '09-return-reason');
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, '09b-field-note-beside-field.png'), timeout: 30_000 });

    await page.locator('#field-dp_late_count').fill('2');
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.getByText('已提交，等待单位负责人审核签字').first().waitFor();

    const approver = await graphqlAs(api.url, FGW.approver, PASSWORD);
    const pending = await approver<{ submission: { version: number; values: Record<string, unknown> } }>(
      'query($id: ID!) { submission(id: $id) { version values } }',
      { id: submissionId },
    );
    expect(pending.submission.values.dp_late_count).toBe(2);
    await approver('mutation($input: SubmissionActionInput!) { approverSignOff(input: $input) { state } }', {
      input: { submissionId, expectedVersion: pending.submission.version },
    });
    await page.reload();
    await page.getByText('已报送信用办，等待审核').waitFor();
    await expect(page.locator('[data-status="RESUBMITTED"]').first().isVisible()).resolves.toBe(true);
    await shot(page, '10-resubmitted');
  });

  it('lists the submission in 历史记录 with its transitions', async () => {
    const page = fgwPage;
    await page.getByRole('menuitem', { name: /历史记录/ }).click();
    await page.getByTestId('history-card').first().waitFor();
    await page.getByTestId('history-card').first().click();
    await page.getByText('流转记录').waitFor();
    await page.getByText('信用办退回').waitFor();
    await expect(page.getByText(`意见：${RETURN_REASON}`).isVisible()).resolves.toBe(true);
    await shot(page, '11-history-transitions');
  });

  it('shows 市发改委 its published score card with where it lost points', async () => {
    const office = await graphqlAs(api.url, 'credit', PASSWORD);
    const { submission } = await office<{ submission: { version: number; periodId: string } }>(
      'query($id: ID!) { submission(id: $id) { version periodId } }',
      { id: submissionId },
    );
    await office('mutation($input: SubmissionActionInput!) { approveSubmission(input: $input) { state } }', {
      input: { submissionId, expectedVersion: submission.version },
    });
    await office('mutation($id: ID!) { recomputeScores(periodId: $id) { cards } }', { id: submission.periodId });
    await office('mutation($input: PublishResultsInput!) { publishPeriodResults(input: $input) { revision } }', {
      input: { periodId: submission.periodId, force: true, reason: '端到端测试：部分单位未填报，按暂定结果发布' },
    });

    const page = fgwPage;
    await page.getByRole('menuitem', { name: /我的得分/ }).click();
    await page.getByText('各项指标得分及失分原因').waitFor();
    expect(await page.locator('.ant-statistic').first().textContent()).toMatch(/得分[\d.]+\s*\/\s*[\d.]+/);
    await shot(page, '12-my-score-card');
  });

  it('claims an exemption with a reason and an explanatory PDF where the indicator allows one', async () => {
    const own = await graphqlAs(api.url, FGW.submitter, PASSWORD);
    const { myTasks } = await own<{
      myTasks: Array<{
        submissionId: string | null;
        period: { id: string };
        task: { id: string; code: string; inputs: Array<{ key: string }>; exemptibleIndicators: Array<{ code: string; name: string; fieldKeys: string[] }> };
      }>;
    }>('{ myTasks { submissionId period { id } task { id code inputs exemptibleIndicators { code name fieldKeys } } } }');
    // a task whose every field the claim covers: nothing else to fill in
    const covering = (r: (typeof myTasks)[number]) =>
      r.task.exemptibleIndicators.find((o) => r.task.inputs.length > 0 && r.task.inputs.every((f) => o.fieldKeys.includes(f.key)));
    const row = myTasks.find((r) => r.task.code !== TASK && !r.submissionId && covering(r));
    if (!row) throw new Error('no open 市发改委 task whose indicator allows an exemption');
    const option = covering(row)!;

    const page = await newPage();
    await logIn(page, FGW.submitter);
    await page.goto(`/submit/tasks/${row.task.id}/${row.period.id}`);
    await page.getByText('填报数据', { exact: true }).waitFor();
    const claims = page.getByTestId('exemption-claims');
    await claims.getByRole('checkbox', { name: `申请免责：${option.name}` }).check();
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('form-error').filter({ hasText: `请说明“${option.name}”的免责理由` }).waitFor();
    await page.getByLabel(`“${option.name}”的免责理由`).fill(EXEMPTION_REASON);
    await page.locator('input[type=file]').setInputFiles([
      { name: '三定方案.pdf', mimeType: 'application/pdf', buffer: minimalPdf('three determinations') },
    ]);
    await page.getByTestId('evidence-三定方案.pdf').getByText('已上传').waitFor();
    // preview what was uploaded before sending it
    await page.getByTestId('evidence-previews').getByText('三定方案.pdf').click();
    await page.getByTestId('evidence-preview').first().waitFor();
    await shot(page, '13a-exemption-claimed');
    // close the preview again: the PDF viewer's frame must not sit under the pointer when sending
    await page.getByTestId('evidence-previews').getByRole('button', { name: /三定方案\.pdf/ }).click();
    await page.getByTestId('evidence-preview').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已提交，等待单位负责人审核签字').first().waitFor();
    await shot(page, '13b-exemption-submitted');

    const id = (await own<{ myTasks: Array<{ submissionId: string | null; period: { id: string }; task: { id: string } }> }>(
      '{ myTasks { submissionId period { id } task { id } } }',
    )).myTasks.find((r) => r.task.id === row.task.id && r.period.id === row.period.id)?.submissionId;
    if (!id) throw new Error('the claimed task has no submission');
    const { submission } = await own<{ submission: { state: string; exemptionClaims: Array<{ nodeCode: string; explanation: string; decision: string }> } }>(
      'query($id: ID!) { submission(id: $id) { state exemptionClaims { nodeCode explanation decision } } }',
      { id },
    );
    expect(submission.state).toBe('PENDING_APPROVAL');
    expect(submission.exemptionClaims).toEqual([{ nodeCode: option.code, explanation: EXEMPTION_REASON, decision: 'PENDING' }]);
  });

  it('refuses a file whose extension lies about its content with the server’s Chinese message', async () => {
    const page = fgwPage;
    await page.goto('/submit/tasks');
    await openTask(page, 'GH-FGW-18');
    await page.locator('input[type=file]').setInputFiles([{ name: '查询回执.pdf', mimeType: 'application/pdf', buffer: minimalJpeg() }]);
    const item = page.getByTestId('evidence-查询回执.pdf');
    await item.getByText(/上传失败/).waitFor();
    expect(await item.textContent()).toMatch(/上传失败：.*扩展名.*\.pdf.*内容是/);
    await expect(item.getByRole('button', { name: /重\s*试/ }).isVisible()).resolves.toBe(true);
    await shot(page, '13-lying-extension-refused');
  });

  it('shows another unit’s record as the API’s refusal, never its content', async () => {
    const page = await newPage();
    await logIn(page, MW.submitter);
    await page.goto(`/submit/history/${submissionId}`);
    const refusal = page.getByTestId('page-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/无法查看该填报记录/);
    expect(await page.content()).not.toContain(RETURN_REASON);
    await shot(page, '14-other-unit-refused');
  });

  it('makes an account whose password was reset choose a new one before anything else', async () => {
    const admin = await graphqlAs(api.url, 'admin', PASSWORD);
    const { accounts } = await admin<{ accounts: { nodes: Array<{ id: string }> } }>(
      'query($search: String) { accounts(filter: { search: $search }) { nodes { id } } }',
      { search: 'gh08.approve' },
    );
    await admin('mutation($id: ID!, $password: String!) { resetPassword(id: $id, newPassword: $password) { id } }', {
      id: accounts.nodes[0]!.id,
      password: 'Reset2026x',
    });

    const page = await newPage();
    await page.goto('/submit/');
    await page.locator('#username').fill('gh08.approve');
    await page.locator('#password').fill('Reset2026x');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请先修改初始密码').waitFor();
    await page.getByLabel('当前密码').fill('Reset2026x');
    await page.getByLabel('新密码', { exact: true }).fill('Minwei2026ok');
    await page.getByLabel('确认新密码').fill('Minwei2026ok');
    await shot(page, '15-forced-password-change');
    await page.getByRole('button', { name: '修改密码并进入系统' }).click();
    await page.getByRole('heading', { name: '本期任务' }).waitFor();
  });

  it('works on a 375×812 phone screen', async () => {
    const page = await newPage({ width: 375, height: 812 });
    await logIn(page, MW.submitter);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, '16-phone-task-list');
    const first = (await taskCodes(page))[0]!;
    await openTask(page, first);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: /提\s*交/ }).isVisible()).resolves.toBe(true);
    await shot(page, '17-phone-task');
  });

  it('sends the user back to the login page with a message when the session ends', async () => {
    const page = fgwPage;
    await page.goto('/submit/tasks');
    await page.getByTestId('task-card').first().waitFor();
    await page.context().clearCookies();
    await page.getByRole('menuitem', { name: /历史记录/ }).click();
    await page.getByText('登录已过期或已在其他地方退出，请重新登录').waitFor();
    await shot(page, '18-session-expired');
  });

  async function submissionIdOf(code: string): Promise<string> {
    const own = await graphqlAs(api.url, FGW.submitter, PASSWORD);
    const { mySubmissions } = await own<{ mySubmissions: { nodes: Array<{ id: string; task: { code: string } }> } }>(
      '{ mySubmissions(first: 50) { nodes { id task { code } } } }',
    );
    const found = mySubmissions.nodes.find((node) => node.task.code === code);
    if (!found) throw new Error(`no submission for ${code}`);
    return found.id;
  }
});
