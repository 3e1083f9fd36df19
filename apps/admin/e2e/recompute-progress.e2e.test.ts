import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { buttonName, launchChromium, screenshot } from './support/browser';
import { GraphQLClient } from './support/graphqlClient';
import { stateFile, type E2eState } from './support/paths';
import { DEMO_PASSWORD } from './support/unitWorkflow';

jest.setTimeout(180_000);

// a running API given by E2E_BASE_URL wins over the one globalSetup started
const baseUrl = process.env.E2E_BASE_URL ?? (JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState).baseUrl;

interface Job {
  id: string;
  periodId: string;
  status: string;
  cards: number | null;
}

describe('重新计算 runs in the background and shows its steps (browser, real API)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const office = new GraphQLClient(baseUrl);

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
    await browser?.close();
  });

  it('starts the job, shows it queued with its four steps, then the summary, and the ranking reloads', async () => {
    await page.goto(`${baseUrl}/admin/scores`);
    await page.getByRole('heading', { level: 3, name: '得分排名' }).waitFor();

    // the first progress poll is held until the queued state has been seen: a recompute of the demo is quick
    let releasePoll!: () => void;
    const pollReleased = new Promise<void>((resolve) => (releasePoll = resolve));
    let held = false;
    const isPoll = (route: Route) => {
      const body = route.request().postData() ?? '';
      return route.request().method() === 'POST' && body.includes('"operationName":"RecomputeJob"');
    };
    await page.route('**/graphql', async (route) => {
      if (!isPoll(route) || held) return route.fallback();
      held = true;
      await pollReleased;
      return route.fallback();
    });

    const started = page.waitForResponse((res) => res.request().postData()?.includes('"operationName":"StartRecompute"') ?? false);
    const button = page.getByRole('button', { name: '重新计算' });
    await button.click();
    const answer = (await (await started).json()) as { data: { startRecompute: Job } };
    const job = answer.data.startRecompute;
    expect(job.status).toBe('QUEUED');

    const notice = page.locator('.ant-notification-notice').filter({ hasText: '正在重新计算' });
    const steps = notice.getByTestId('recompute-progress');
    await steps.waitFor();
    for (const title of ['读取数据', '计分', '写入结果', '预警评估']) await steps.getByText(title, { exact: true }).waitFor();
    await steps.getByText('排队中，等待其他后台任务完成').waitFor();
    // one job at a time: the button stays busy while it runs
    await expect(button.getAttribute('class')).resolves.toContain('ant-btn-loading');
    // the notice slides in: photographed once it is fully shown
    await page.waitForFunction(() => [...document.querySelectorAll('.ant-notification-notice')].every((el) => getComputedStyle(el).opacity === '1'));
    await screenshot(page, 'recompute-00-queued');
    releasePoll();

    const done = page.locator('.ant-notification-notice').filter({ hasText: '重新计算完成' });
    await done.waitFor({ timeout: 60_000 });
    const { recomputeJob } = await office.request<{ recomputeJob: Job }>('query ($id: ID!) { recomputeJob(id: $id) { id periodId status cards } }', { id: job.id });
    expect(recomputeJob.status).toBe('SUCCEEDED');
    await done.getByText(`已重新计算 ${recomputeJob.cards} 个单位`, { exact: false }).waitFor();
    await expect(button.getAttribute('class')).resolves.not.toContain('ant-btn-loading');
    await screenshot(page, 'recompute-01-done');
    await page.unroute('**/graphql');

    // the starter finds it among its jobs for the period; nobody started a second one
    const { myRecomputeJobs } = await office.request<{ myRecomputeJobs: Job[] }>('query ($p: ID!) { myRecomputeJobs(periodId: $p) { id status } }', { p: job.periodId });
    expect(myRecomputeJobs.filter((j) => j.id === job.id)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
