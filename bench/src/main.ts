/**
 * `pnpm bench [--quick] [--only=B1,B3]`: generates synthetic data at scale in fresh MariaDB
 * databases, starts the built API and the bare floors as child processes (pinned to core 1, this
 * load generator on core 0), runs B1–B6 and writes bench/RESULTS.md. Databases, files and child
 * processes are removed on success and on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runB1 } from './b1-deadline-spike';
import { runB2 } from './b2-trivial-query';
import { measureRanking, rankingRows, RANKING_QUERY, type RankingFigures } from './b3-ranking';
import { runB4 } from './b4-recompute';
import { runB5 } from './b5-dual-publicity';
import { runB6 } from './b6-browser';
import { writeCards } from './data/cards';
import { seed, OFFICE_USERNAME, BENCH_PASSWORD, type Seeded } from './data/seed';
import { gqlOk, login, startApi } from './lib/api';
import { createPool, dropDatabase, migrate, recreateDatabase } from './lib/db';
import { startFloor } from './lib/floor';
import { canPin, loadAverage, machineInfo } from './lib/machine';
import { paths } from './lib/paths';
import { stopAll, latestProfile, runningServerOutput, type ServerProcess } from './lib/processes';
import { summariseProfile } from './lib/profile';
import { writeResults, type Section } from './lib/report';
import { timed } from './lib/stats';
import { parseOptions, type BenchOptions } from './options';

// BENCH_INSTANCE lets a second bench run use its own databases and ports
const INSTANCE = process.env.BENCH_INSTANCE ? `_${process.env.BENCH_INSTANCE}` : '';
const DB = `govtrust_bench${INSTANCE}`;
const DB_LARGE = `govtrust_bench_large${INSTANCE}`;

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Re-runs this process on core 0 so the servers on core 1 have it to themselves. */
function pinSelf(): boolean {
  if (process.env.BENCH_PINNED || !canPin()) return false;
  const result = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exitCode = result.status ?? 1;
  return true;
}

const RECOMPUTE = 'mutation($p: ID!) { recomputeScores(periodId: $p) { cards } }';

async function prepare(database: string, units: number, periods: number, submitters: number, workflowRows = true): Promise<Seeded> {
  const admin = createPool();
  try {
    await recreateDatabase(admin, database);
  } finally {
    await admin.end();
  }
  await migrate(database);
  const pool = createPool(database);
  try {
    const { ms, value } = await timed(() => seed(pool, { units, periods, submitters, workflowRows }));
    log(`${database}: ${units} units, ${periods} periods, ${value.submissionRows} approved submissions in ${(ms / 1000).toFixed(1)} s`);
    return value;
  } finally {
    await pool.end();
  }
}

/** Score cards for the ranking: the API's own recompute of the two months the ranking reads. */
async function scorePeriods(api: ServerProcess, token: string, seeded: Seeded): Promise<void> {
  for (const p of [seeded.previousPeriodId, seeded.targetPeriodId]) {
    const { ms } = await timed(() => gqlOk(api.url, RECOMPUTE, { p }, token));
    log(`recomputed ${p} in ${(ms / 1000).toFixed(1)} s`);
  }
}

/** Until the API has logged the end of its start-up warning evaluation (at most 60 s). */
async function startupSettled(api: ServerProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!api.output().includes('预警评估完成') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function withProfile(database: string, section: Section, workload: (api: ServerProcess, token: string) => Promise<void>): Promise<void> {
  const dir = path.join(paths.work, `profile-${section.id}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const api = await startApi(database, { cpuProfDir: dir, name: `api-profile-${section.id}` });
  let windowMs = 0;
  try {
    // the login (a bcrypt check) and the start-up warning evaluation (it reads the open period's
    // submissions and cards once) stay out of the profiled window
    const token = await login(api.url, OFFICE_USERNAME, BENCH_PASSWORD);
    await startupSettled(api);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    windowMs = (await timed(() => workload(api, token))).ms;
  } finally {
    windowMs += (await timed(() => api.stop())).ms;
  }
  const file = latestProfile(dir);
  const lines = file ? summariseProfile(file, { lastMs: windowMs }) : ['(no profile written)'];
  section.profiles = [...(section.profiles ?? []), { title: `the API under the ${section.id} workload (\`node --cpu-prof\`, start-up excluded), top frames by self time`, lines }];
}

/** The sections of the last results of this size (bench/results.json), to keep beside a partial re-run. */
function previousSections(mode: BenchOptions['mode']): Section[] {
  if (!existsSync(paths.rawResults)) return [];
  const previous = JSON.parse(readFileSync(paths.rawResults, 'utf8')) as { mode?: string; sections?: Section[] };
  return previous.mode === mode ? (previous.sections ?? []) : [];
}

async function run(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const want = (id: string) => !options.only || options.only.has(id);
  const sections: Section[] = [];
  const failures: string[] = [];
  const admin = createPool();
  const machine = await machineInfo(admin);
  const sizes = [
    `main database: ${options.units} units × 50 indicators (10 tasks of 5 inputs) × ${options.periods} monthly periods (${options.periods - 1} closed with approved data, the last open for B1)`,
    `report query at scale: ${options.largeUnits} units × 50 indicators, score cards of 2 monthly periods (units, cycle, periods, tasks, assignments and cards only: what the ranking reads)`,
    `B1: ${options.spike.units} units; B5: ${options.importRecords.toLocaleString('en-US')} 双公示 records`,
  ];
  const record = async (id: string, fn: () => Promise<Section | null>) => {
    if (!want(id)) return;
    log(`${id} …`);
    try {
      const section = await fn();
      if (section) sections.push(section);
    } catch (error) {
      failures.push(`${id}: ${error instanceof Error ? error.message.slice(0, 500) : String(error)}`);
      log(`${id} failed: ${String(error)}\n${runningServerOutput()}`);
    }
  };
  try {
    mkdirSync(paths.work, { recursive: true });
    const seeded = await prepare(DB, options.units, options.periods, options.spike.units);
    const pool = createPool(DB);
    let api = await startApi(DB);
    const floor = await startFloor(DB);
    const token = await login(api.url, OFFICE_USERNAME, BENCH_PASSWORD);
    if (want('B3') || want('B4') || want('B6')) await scorePeriods(api, token, seeded);

    await record('B2', () => runB2(api.url, floor.url, options.mode === 'quick'));
    const ranking: RankingFigures[] = [];
    let rankingLoad = '';
    await record('B3', async () => {
      rankingLoad = loadAverage();
      ranking.push(await measureRanking({ apiUrl: api.url, floorUrl: floor.url, token, admin, database: DB, units: options.units, periodId: seeded.targetPeriodId, previousPeriodId: seeded.previousPeriodId, quick: options.mode === 'quick' }));
      return null;
    });
    await record('B4', () => runB4({ pool, apiUrl: api.url, token, cycleId: seeded.cycleId, periodId: seeded.targetPeriodId, units: options.units, quick: options.mode === 'quick' }));
    await record('B1', () =>
      runB1({ api, floor, pool, seeded, size: options.spike, runs: options.spikeRuns, evidenceDirs: [path.join(paths.work, `evidence-${DB}`), path.join(paths.work, `floor-evidence-${DB}`)] }),
    );
    await record('B6', () => runB6({ apiUrl: api.url, pool, seeded, token, units: options.units }));
    await api.stop();
    await floor.stop();
    await record('B5', () => runB5({ pool, database: DB, seeded, records: options.importRecords, quick: options.mode === 'quick' }));
    await pool.end();

    if (want('B3')) {
      await record('B3', async () => {
        const large = await prepare(DB_LARGE, options.largeUnits, 3, 0, false);
        api = await startApi(DB_LARGE, { name: 'api-large' });
        const largeFloor = await startFloor(DB_LARGE);
        const t = await login(api.url, OFFICE_USERNAME, BENCH_PASSWORD);
        try {
          const p = createPool(DB_LARGE);
          try {
            const { ms } = await timed(() => writeCards(p, large));
            log(`${DB_LARGE}: score cards written in ${(ms / 1000).toFixed(1)} s`);
          } finally {
            await p.end();
          }
          ranking.push(await measureRanking({ apiUrl: api.url, floorUrl: largeFloor.url, token: t, admin, database: DB_LARGE, units: options.largeUnits, periodId: large.targetPeriodId, previousPeriodId: large.previousPeriodId, quick: options.mode === 'quick' }));
        } finally {
          await api.stop();
          await largeFloor.stop();
        }
        const constant = new Set(ranking.map((r) => r.statements)).size === 1;
        const section: Section = {
          id: 'B3',
          title: 'leadership ranking with category breakdown for one period',
          sizes: `${ranking.map((r) => r.units).join(' and ')} units; first page of 100 rows with 5 category scores each and the previous month’s total and rank; ${options.mode === 'quick' ? '15' : '20 (2,000 units) and 8 (10,000 units)'} sequential requests per side after a warm-up of 2–3`,
          loadBefore: rankingLoad,
          rows: [
            ...ranking.flatMap(rankingRows),
            { metric: 'SQL statements constant in the number of units', figure: ranking.map((r) => r.statements).join(' → '), target: 'constant', met: constant },
          ],
          notes: [
            'API: `ranking(periodId, unitKind: DEPARTMENT, provisional: true, first: 100)` as the credit office (current computation); statements counted from the general log for the API’s own connections around one request, including the session lookup.',
            'Floor: one SELECT with a self-join on the previous period and `COUNT(*) OVER ()`, the category breakdown taken from the stored card JSON with JSON_EXTRACT, through mysql2 in a bare `node:http` handler (no authentication).',
          ],
        };
        if (ranking.some((r) => r.api.p50 / r.floor.p50 > 1.5 || r.api.p95 / r.floor.p95 > 1.5)) {
          await withProfile(DB_LARGE, section, async (a, t2) => {
            for (let i = 0; i < 20; i++) await gqlOk(a.url, RANKING_QUERY, { periodId: large.targetPeriodId, first: 100 }, t2);
          });
        }
        return section;
      });
    }

    // profiles for the other missed targets, on the main database (still there)
    for (const section of sections) {
      const missed = section.rows.some((r) => r.met === false);
      if (!missed || section.profiles?.some((p) => p.title.startsWith('the API')) || !['B1', 'B2', 'B4'].includes(section.id)) continue;
      log(`profiling ${section.id}`);
      try {
        await withProfile(DB, section, async (a, t) => {
          if (section.id === 'B4') {
            for (let i = 0; i < 2; i++) await gqlOk(a.url, RECOMPUTE, { p: seeded.targetPeriodId }, t);
          } else if (section.id === 'B2') {
            const autocannon = (await import('autocannon')).default;
            await autocannon({ url: `${a.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }), connections: 20, duration: 5 });
          } else {
            const p = createPool(DB);
            try {
              await runB1({ api: a, floor: null, pool: p, seeded, size: { ...options.spike, units: Math.min(50, options.spike.units) }, runs: 1, evidenceDirs: [], taskOffset: 7, warmUp: false });
            } finally {
              await p.end();
            }
          }
        });
      } catch (error) {
        section.notes.push(`Profiling failed: ${String(error).slice(0, 200)}`);
      }
    }
  } catch (error) {
    failures.push(`setup: ${error instanceof Error ? error.stack?.slice(0, 800) : String(error)}`);
    log(`failed: ${String(error)}`);
  } finally {
    await stopAll();
    if (!options.keep) {
      await dropDatabase(admin, DB).catch(() => undefined);
      await dropDatabase(admin, DB_LARGE).catch(() => undefined);
      rmSync(paths.work, { recursive: true, force: true });
    }
    await admin.end();
  }
  // --only re-runs some benchmarks: the others keep their figures from the last run of the same size
  if (options.only) {
    for (const section of previousSections(options.mode)) {
      if (!options.only.has(section.id)) sections.push(section);
    }
    for (const section of sections) {
      if (options.only.has(section.id)) section.notes.unshift(`Re-run on its own (\`pnpm bench --only=${[...options.only].join(',')}\`) on ${startedAt.toISOString()}; the other sections are from the earlier run.`);
    }
  }
  const order = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'];
  sections.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const results = { machine, mode: options.mode, startedAt, finishedAt: new Date(), sizes, sections, failures };
  writeFileSync(paths.rawResults, JSON.stringify(results, null, 2));
  writeResults(paths.results, results);
  log(`wrote ${paths.results}${failures.length ? ` with ${failures.length} failure(s)` : ''}`);
  if (failures.length > 0) process.exitCode = 1;
}

if (!pinSelf()) {
  const options = parseOptions(process.argv.slice(2));
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  run(options).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
