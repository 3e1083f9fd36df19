import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pool } from 'mysql2/promise';
import { chromium, type Browser, type Page } from 'playwright-core';
import { login } from './lib/api';
import { browserMetrics, chunkShares, PHASE_HEADER, phaseRow } from './lib/browser-profile';
import { loadAverage } from './lib/machine';
import { paths } from './lib/paths';
import type { CpuProfile } from './lib/profile';
import type { ResultRow, Section } from './lib/report';
import { fmt } from './lib/report';
import { median } from './lib/stats';
import { BENCH_PASSWORD, type Seeded } from './data/seed';

/** Page-side expression: the visible data rows, in document order. */
const VISIBLE_ROWS = `[...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].filter((e) => e.offsetParent !== null)`;
/** Page-side expression: the text of the rows shown, one line per row. */
const SHOWN = `${VISIBLE_ROWS}.map((e) => e.innerText).join('\\n')`;
/** Page-side expression: a visible table is waiting for its data (the rows on screen are the old ones). */
const SPINNING = `[...document.querySelectorAll('.ant-table-wrapper .ant-spin-spinning')].some((e) => e.offsetParent !== null)`;

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SESSION_COOKIE = 'gt_session';

/** Entry script plus modulepreloaded chunks named in the app's built index.html, gzip -6. */
function initialJsGzip(distDir: string, mount: string): { kb: number; files: number } | null {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  let bytes = 0;
  for (const ref of refs) bytes += gzipSync(readFileSync(path.join(distDir, ref.replace(`${mount}/`, ''))), { level: 6 }).length;
  return { kb: bytes / 1024, files: refs.length };
}

function adminHasScoresPage(): boolean {
  const assets = path.join(paths.adminDist, 'assets');
  return existsSync(assets) && readdirSync(assets).some((f) => f.startsWith('ScoresPage'));
}

async function withPage<T>(browser: Browser, origin: string, token: string, fn: (page: Page) => Promise<T>): Promise<T> {
  // a fresh context per measurement: nothing cached that a user opening the page would not have
  // bypassCSP: the API's production CSP forbids eval, which waitForFunction's predicates need; the
  // app itself runs as it would anyway
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: origin, httpOnly: true, sameSite: 'Lax' }]);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

// :visible — other tabs of a page may hold tables of their own, rendered but hidden
const ROW = '.ant-table-tbody tr.ant-table-row:visible';

async function firstRender(page: Page, url: string, ready: string): Promise<number> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  } catch (error) {
    await page.screenshot({ path: path.join(paths.bench, 'test-artifacts', 'b6-failed.png') }).catch(() => undefined);
    throw error;
  }
  return performance.now() - start;
}

/**
 * Waits until the table shows rows other than `before` and has stopped loading: the ranking keeps
 * its old rows on screen while the API answers, so "changed and not spinning" is "new rows shown".
 * Null when that does not happen within 10 s (counted as a miss, not as 10 000 ms).
 */
async function untilNewRows(page: Page, before: string, start: number): Promise<number | null> {
  try {
    await page.waitForFunction(`${SHOWN} !== ${JSON.stringify(before)} && !(${SPINNING})`, undefined, { timeout: 10_000, polling: 'raf' });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
  return performance.now() - start;
}

/**
 * Clicks the 总分 sorter (or, on a page without one, the first sortable header) and times until
 * the rows in the new order are shown: on the ranking page a round trip to the API, which sorts.
 */
async function sortTime(page: Page): Promise<number | null | 'none'> {
  const sortable = page.locator('th.ant-table-column-has-sorters:visible');
  const total = sortable.filter({ hasText: '总分' });
  const header = (await total.count()) > 0 ? total.first() : sortable.first();
  if ((await header.count()) === 0) return 'none';
  const before = (await page.evaluate(SHOWN)) as string;
  const start = performance.now();
  await header.click();
  return untilNewRows(page, before, start);
}

/**
 * Types a unit-name fragment into the page's search box and presses Enter (which searches at once;
 * a pause in typing searches after the box's debounce), timing until the matching rows are shown.
 */
async function filterTime(page: Page, text: string): Promise<number | null | 'none'> {
  const byPlaceholder = page.locator('input[placeholder*="单位"]').first();
  const input = (await byPlaceholder.count()) > 0 ? byPlaceholder : page.locator('.ant-input-search input, input.ant-input[type="text"]').first();
  if ((await input.count()) === 0) return 'none';
  const before = (await page.evaluate(SHOWN)) as string;
  const start = performance.now();
  await input.fill(text);
  await input.press('Enter');
  return untilNewRows(page, before, start);
}

/**
 * One more admin page load, sort and search, after the measured runs, with Chromium's time
 * accounting and a CPU profile: where the main thread went in each step and which code ran.
 */
async function profileAdminPage(browser: Browser, origin: string, token: string, adminPath: string): Promise<Array<{ title: string; lines: string[] }>> {
  return withPage(browser, origin, token, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const phases: string[] = [...PHASE_HEADER];
    const profiles: Array<{ title: string; lines: string[] }> = [];
    const step = async (label: string, act: () => Promise<number | null | 'none'>) => {
      const before = await browserMetrics(cdp);
      await cdp.send('Profiler.start');
      const ms = await act();
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      if (typeof ms !== 'number') return;
      phases.push(phaseRow(label, ms, before, await browserMetrics(cdp)));
      profiles.push({ title: `the admin ranking page in Chromium, ${label}: CPU samples by built chunk`, lines: chunkShares(profile) });
    };
    await step('first render', () => firstRender(page, origin + adminPath, ROW));
    await step('sort by 总分', () => sortTime(page));
    await step('search', () => filterTime(page, '基准单位0002'));
    return [{ title: 'the admin ranking page in Chromium (one extra run after the measured ones): main-thread time per step', lines: phases }, ...profiles];
  });
}

let retries = 0;

/** A page that did not render within 30 s is tried once more in a fresh context (and counted). */
async function retryOnce(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch {
    retries++;
    await fn();
  }
}

/** B6: the admin ranking page (or the review queue while it is not built) and the portal's task list in headless Chromium. */
export async function runB6(options: { apiUrl: string; pool: Pool; seeded: Seeded; token: string; units: number }): Promise<Section> {
  // the pages open on the current (open) period: make the scored month the open one
  await options.pool.query("UPDATE period SET status = 'CLOSED', closedAt = NOW(3) WHERE id = ?", [options.seeded.openPeriodId]);
  await options.pool.query("UPDATE period SET status = 'OPEN', closedAt = NULL WHERE id = ?", [options.seeded.targetPeriodId]);
  const loadBefore = loadAverage();
  // localhost is a secure context, so the production (Secure) session cookie is kept over http
  const origin = options.apiUrl.replace('127.0.0.1', 'localhost');
  const scores = adminHasScoresPage();
  const adminPath = scores ? '/admin/scores' : '/admin/review';
  const submitter = options.seeded.submitters[0]!;
  const unitToken = await login(options.apiUrl, submitter.username, BENCH_PASSWORD);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const runs = 5;
  retries = 0;
  const adminMs: number[] = [];
  const sortMs: number[] = [];
  const filterMs: number[] = [];
  const portalMs: number[] = [];
  let adminRows = 0;
  let adminTimeouts = 0;
  let sortMisses = 0;
  let filterMisses = 0;
  let hasSorter = true;
  let hasFilter = true;
  let portalTimeouts = 0;
  const portalErrors = new Set<string>();
  let profiles: Array<{ title: string; lines: string[] }> = [];
  try {
    for (let i = -1; i < runs; i++) {
      await retryOnce(() =>
        withPage(browser, origin, options.token, async (page) => {
          let ms: number;
          try {
            ms = await firstRender(page, origin + adminPath, ROW);
          } catch (error) {
            // a page that never shows its first row is a result (a miss), not a failure of the benchmark
            if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
            adminTimeouts++;
            return;
          }
          adminRows = await page.locator(ROW).count();
          const s = await sortTime(page);
          const f = await filterTime(page, '基准单位0001');
          if (s === 'none') hasSorter = false;
          if (f === 'none') hasFilter = false;
          if (i >= 0) {
            adminMs.push(ms);
            if (typeof s === 'number') sortMs.push(s);
            else if (s === null) sortMisses++;
            if (typeof f === 'number') filterMs.push(f);
            else if (f === null) filterMisses++;
          }
          if (i === runs - 1) await page.screenshot({ path: path.join(paths.bench, 'test-artifacts', 'b6-admin.png') }).catch(() => undefined);
        }),
      );
      await retryOnce(() =>
        withPage(browser, origin, unitToken, async (page) => {
          page.on('response', (res) => {
            if (!res.url().endsWith('/graphql')) return;
            void res
              .json()
              .then((body: { errors?: Array<{ message: string; extensions?: { code?: string } }> }) => {
                for (const e of body.errors ?? []) portalErrors.add(`${e.extensions?.code ?? res.status()}: ${e.message.slice(0, 120)}`);
              })
              .catch(() => undefined);
          });
          let ms: number;
          try {
            ms = await firstRender(page, `${origin}/submit/`, 'text=月度信用信息报送任务1');
          } catch (error) {
            if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
            portalTimeouts++;
            return;
          }
          if (i >= 0) portalMs.push(ms);
          if (i === runs - 1) await page.screenshot({ path: path.join(paths.bench, 'test-artifacts', 'b6-portal.png') }).catch(() => undefined);
        }),
      );
    }
    if (scores && adminMs.length > 0) profiles = await profileAdminPage(browser, origin, options.token, adminPath).catch(() => []);
  } finally {
    await browser.close();
  }
  const admin = initialJsGzip(paths.adminDist, '/admin');
  const submit = initialJsGzip(paths.submitDist, '/submit');
  const page = scores ? 'admin ranking page (/admin/scores)' : 'admin review queue (/admin/review; the ranking page is not in the built admin app)';
  const rows: ResultRow[] = [
    adminMs.length > 0
      ? { metric: `${page}: first render ms (${adminRows} rows shown)`, figure: `${fmt(median(adminMs), 0)}${adminTimeouts ? ` (${adminTimeouts} loads without a row after 30 s)` : ''}`, target: '≤ 1500 ms', met: median(adminMs) <= 1500 && adminTimeouts === 0 }
      : { metric: `${page}: first render ms`, figure: `> 30000 (no row within 30 s in ${adminTimeouts} loads)`, target: '≤ 1500 ms', met: false },
    {
      metric: `${page}: sort by 总分 ms (click → new rows shown)`,
      figure: !hasSorter ? 'no sortable column' : sortMs.length ? `${fmt(median(sortMs), 0)}${sortMisses ? ` (${sortMisses} clicks without new rows in 10 s)` : ''}` : `no new rows within 10 s in ${sortMisses} clicks`,
      target: '≤ 200 ms',
      met: !hasSorter ? null : sortMs.length > 0 && median(sortMs) <= 200 && sortMisses === 0,
    },
    {
      metric: `${page}: search ms (type + Enter → matching rows shown)`,
      figure: !hasFilter ? 'no text filter' : filterMs.length ? `${fmt(median(filterMs), 0)}${filterMisses ? ` (${filterMisses} searches without new rows in 10 s)` : ''}` : `no new rows within 10 s in ${filterMisses} searches`,
      target: '≤ 200 ms',
      met: !hasFilter ? null : filterMs.length > 0 && median(filterMs) <= 200 && filterMisses === 0,
    },
    portalMs.length > 0
      ? { metric: 'portal task list (/submit/): first render ms', figure: `${fmt(median(portalMs), 0)}${portalTimeouts ? ` (${portalTimeouts} loads without the list after 30 s)` : ''}`, target: '≤ 1500 ms', met: median(portalMs) <= 1500 && portalTimeouts === 0 }
      : { metric: 'portal task list (/submit/): first render ms', figure: `no task list within 30 s in ${portalTimeouts} loads`, target: '≤ 1500 ms', met: false },
    { metric: 'admin initial JS, gzip KB', figure: admin ? `${fmt(admin.kb, 0)} (${admin.files} files)` : 'not built', target: '≤ 600 KB', met: admin ? admin.kb <= 600 : null },
    { metric: 'portal initial JS, gzip KB', figure: submit ? `${fmt(submit.kb, 0)} (${submit.files} files)` : 'not built', target: '≤ 600 KB', met: submit ? submit.kb <= 600 : null },
  ];
  return {
    id: 'B6',
    title: 'admin page and portal task list in headless Chromium',
    sizes: `${options.units} units in the database; ${runs} runs after 1 warm-up, each in a fresh browser context (cold cache, session cookie set)`,
    loadBefore,
    rows,
    profiles,
    notes: [
      'The scored month is made the open period first (the pages open on the current period).',
      `Page loads that did not render within 30 s and were retried once: ${retries}.`,
      ...[...portalErrors].map((e) => `GraphQL error seen by the portal: ${e}`),
      'First render: from navigation start to the first data row visible (the app, its GraphQL queries and the table). Sort: click on the 总分 column header until the table shows rows in the new order and has stopped loading (the API sorts; the old rows stay on screen meanwhile). Search: typing a unit-name fragment into the search box and Enter until the matching rows are shown and the table has stopped loading; without Enter the box waits for a 300 ms pause in typing first. Sort and search run in the same browser context as the first render, one after the other.',
      'Initial JS: the entry script and its modulepreloaded chunks named in each app’s built index.html (apps/*/dist), gzip level 6; lazily loaded page chunks are not counted.',
      ...(scores ? [] : ['The admin ranking page (/admin/scores) exists in the sources but not in the built admin app this run served, so the review queue page was measured instead.']),
    ],
  };
}
