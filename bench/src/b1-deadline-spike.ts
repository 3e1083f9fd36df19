import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Pool } from 'mysql2/promise';
import { gql, login } from './lib/api';
import { loadAverage } from './lib/machine';
import type { ServerProcess } from './lib/processes';
import type { Section } from './lib/report';
import { fmt } from './lib/report';
import { median, percentile } from './lib/stats';
import { tasks, taskValues } from './data/system';
import { BENCH_PASSWORD, type Seeded } from './data/seed';

const SAVE = `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id version state } }`;
const SUBMIT = `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { id version state } }`;

export interface SpikeSize {
  units: number;
  concurrency: number;
  minFileBytes: number;
  maxFileBytes: number;
  /** share of requests sent twice with the same idempotency key (a client retry) */
  retryShare: number;
}

interface Target {
  kind: 'api' | 'floor';
  url: string;
}

// one random block reused with a unique prefix per file: distinct content (distinct SHA-256) at no generation cost
const BLOCK = randomBytes(1024 * 1024);

/** Log-uniform between min and max: many small scans, some large ones. */
function fileSize(size: SpikeSize, unit: number, file: number): number {
  const r = ((unit * 7919 + file * 104729) % 10007) / 10007;
  return Math.round(size.minFileBytes * Math.pow(size.maxFileBytes / size.minFileBytes, r));
}

/** POSTs 3 PDF files as multipart with a known Content-Length, streaming from BLOCK. */
function upload(target: Target, path: string, token: string | null, files: Array<{ name: string; bytes: number; tag: string }>): Promise<{ status: number; body: string }> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const parts = files.map((f) => ({
    head: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    prefix: Buffer.from(`%PDF-1.7\n%${f.tag}\n`),
    bytes: f.bytes,
  }));
  const tail = Buffer.from(`--${boundary}--\r\n`);
  const length = parts.reduce((s, p) => s + p.head.length + p.bytes + 2, 0) + tail.length;
  return new Promise((resolve, reject) => {
    const req = http.request(`${target.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': length,
        'x-govtrust-upload': '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const write = async () => {
      for (const p of parts) {
        if (!req.write(p.head)) await new Promise((r) => req.once('drain', r));
        let left = p.bytes - p.prefix.length;
        req.write(p.prefix);
        while (left > 0) {
          const chunk = BLOCK.subarray(0, Math.min(left, BLOCK.length));
          left -= chunk.length;
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        }
        req.write('\r\n');
      }
      req.end(tail);
    };
    write().catch(reject);
  });
}

async function postJson(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

interface UnitOutcome {
  ok: boolean;
  /** what went wrong first (HTTP status or GraphQL error code) */
  error?: string;
  failures: number;
  bytes: number;
  ms: number;
  submissionId?: string;
  replayMismatch?: boolean;
}

interface Actor {
  unitId: string;
  index: number;
  token: string | null;
}

/** One unit's deadline-day work: upload 3 files, save the draft, submit; some calls retried with the same key. */
async function oneUnit(target: Target, actor: Actor, taskIndex: number, seeded: Seeded, size: SpikeSize, run: string): Promise<UnitOutcome> {
  const start = performance.now();
  const shape = tasks()[taskIndex]!;
  const taskId = seeded.taskIds[taskIndex]!;
  const files = [0, 1, 2].map((f) => ({ name: `佐证材料${f + 1}.pdf`, bytes: fileSize(size, actor.index, f), tag: `${run}-${actor.unitId}-${f}` }));
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  let failures = 0;
  const up = await upload(target, target.kind === 'api' ? '/files/evidence' : `/files/evidence?unitId=${actor.unitId}`, actor.token, files);
  if (up.status !== 201) return { ok: false, failures: 1, bytes, ms: performance.now() - start, error: `upload ${up.status} ${up.body.slice(0, 120)}` };
  const evidenceIds = (JSON.parse(up.body) as { files: Array<{ id: string }> }).files.map((f) => f.id);
  const values = taskValues(shape, actor.index, seeded.periodIds.length - 1);
  const draftKey = `draft-${run}-${actor.index}`;
  const submitKey = `submit-${run}-${actor.index}`;
  const retry = (n: number) => ((actor.index * 31 + n) % 1000) / 1000 < size.retryShare;

  let error: string | undefined;
  const gqlError = (what: string, res: { status: number; errors?: Array<{ message: string; extensions?: { code?: string } }> }) =>
    (error ??= `${what} ${res.status} ${res.errors?.[0]?.extensions?.code ?? ''} ${res.errors?.[0]?.message.slice(0, 80) ?? ''}`.trim());
  const save = async (): Promise<{ id: string; version: number } | null> => {
    if (target.kind === 'api') {
      const res = await gql<{ saveSubmissionDraft: { id: string; version: number } }>(target.url, SAVE, { input: { taskId, periodId: seeded.openPeriodId, values, evidenceIds, idempotencyKey: draftKey } }, actor.token!);
      if (res.status === 200 && !res.errors?.length && res.data) return res.data.saveSubmissionDraft;
      gqlError('saveSubmissionDraft', res);
      return null;
    }
    const res = await postJson(`${target.url}/submission/draft`, { unitId: actor.unitId, taskId, periodId: seeded.openPeriodId, values, evidenceIds, idempotencyKey: draftKey });
    return res.status === 200 ? (res.json as { id: string; version: number }) : null;
  };
  const submit = async (id: string, version: number): Promise<boolean> => {
    if (target.kind === 'api') {
      const res = await gql(target.url, SUBMIT, { input: { submissionId: id, expectedVersion: version, idempotencyKey: submitKey } }, actor.token!);
      if (res.status === 200 && !res.errors?.length) return true;
      gqlError('submitSubmission', res);
      return false;
    }
    const res = await postJson(`${target.url}/submission/submit`, { unitId: actor.unitId, submissionId: id, expectedVersion: version, idempotencyKey: submitKey });
    return res.status === 200;
  };

  const draft = await save();
  if (!draft) return { ok: false, failures: failures + 1, bytes, ms: performance.now() - start, error };
  let replayMismatch = false;
  if (retry(1)) {
    const again = await save();
    if (!again) failures++;
    else if (again.id !== draft.id) replayMismatch = true;
  }
  if (!(await submit(draft.id, draft.version))) return { ok: false, failures: failures + 1, bytes, ms: performance.now() - start, submissionId: draft.id, error };
  if (retry(2) && !(await submit(draft.id, draft.version))) failures++;
  return { ok: failures === 0, failures, bytes, ms: performance.now() - start, submissionId: draft.id, replayMismatch, error };
}

interface PhaseFigures {
  unitsPerSec: number;
  mbPerSec: number;
  failures: number;
  acknowledged: number;
  storedOnce: boolean;
  duplicates: number;
  replayMismatches: number;
  p95UnitMs: number;
  /** error text → count */
  errors: Record<string, number>;
  lagP99?: number;
  lagMax?: number;
  peakRssMb?: number;
}

async function phase(target: Target, actors: Actor[], taskIndex: number, seeded: Seeded, size: SpikeSize, pool: Pool, run: string, server: ServerProcess): Promise<PhaseFigures> {
  await server.loopLag();
  server.resetPeakRss();
  const outcomes: UnitOutcome[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: size.concurrency }, async () => {
      while (next < actors.length) {
        const actor = actors[next++]!;
        outcomes.push(await oneUnit(target, actor, taskIndex, seeded, size, run).catch((e: unknown) => ({ ok: false, failures: 1, bytes: 0, ms: 0, error: `request failed: ${String(e).slice(0, 100)}` })));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const lag = await server.loopLag();
  const peakRssMb = server.peakRssMb();
  const acknowledged = outcomes.filter((o) => o.submissionId && o.failures === 0).length;
  const [rows] = await pool.query(
    "SELECT COUNT(*) AS n, COUNT(DISTINCT unitId) AS units, SUM(state = 'SUBMITTED') AS submitted FROM submission WHERE periodId = ? AND taskId = ? AND unitId IN (?)",
    [seeded.openPeriodId, seeded.taskIds[taskIndex], actors.map((a) => a.unitId)],
  );
  const r = (rows as Array<{ n: number; units: number; submitted: string }>)[0]!;
  const duplicates = Number(r.n) - Number(r.units);
  return {
    unitsPerSec: actors.length / seconds,
    mbPerSec: outcomes.reduce((s, o) => s + o.bytes, 0) / 1024 / 1024 / seconds,
    failures: outcomes.reduce((s, o) => s + o.failures, 0),
    acknowledged,
    storedOnce: Number(r.submitted) === acknowledged && duplicates === 0,
    duplicates,
    replayMismatches: outcomes.filter((o) => o.replayMismatch).length,
    p95UnitMs: percentile(outcomes.map((o) => o.ms), 95),
    errors: outcomes.reduce<Record<string, number>>((acc, o) => {
      if (o.error) acc[o.error] = (acc[o.error] ?? 0) + 1;
      return acc;
    }, {}),
    lagP99: lag?.p99,
    lagMax: lag?.max,
    peakRssMb,
  };
}

/** Frees the disk between runs: the content-addressed blob folders only (temporary folders stay). */
async function dropBlobs(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const e of entries) if (/^[0-9a-f]{2}$/.test(e)) await rm(path.join(dir, e), { recursive: true, force: true });
}

/**
 * B1: units log in, then each uploads 3 evidence files, saves its draft and submits, with
 * `concurrency` units at a time; the same flow against the bare floor. Each run uses its own
 * task so every run writes fresh rows.
 */
export async function runB1(options: {
  api: ServerProcess;
  /** null: the API only (the profiling pass) */
  floor: ServerProcess | null;
  pool: Pool;
  seeded: Seeded;
  size: SpikeSize;
  runs: number;
  evidenceDirs: string[];
  /** first task index of the measured runs (each run takes its own task) */
  taskOffset?: number;
  warmUp?: boolean;
}): Promise<Section> {
  const { api, floor, pool, seeded, size } = options;
  const loadBefore = loadAverage();
  const submitters = seeded.submitters.slice(0, size.units);
  const actors: Actor[] = [];
  for (const s of submitters) actors.push({ unitId: s.unitId, index: s.index, token: await login(api.url, s.username, BENCH_PASSWORD) });
  const floorActors = actors.map((a) => ({ ...a, token: null }));
  const warm = actors.slice(0, Math.min(20, actors.length));
  // warm-up on the last task, so measured runs start from clean rows
  const lastTask = seeded.taskIds.length - 1;
  if (options.warmUp !== false) {
    await phase({ kind: 'api', url: api.url }, warm, lastTask, seeded, { ...size, concurrency: 4 }, pool, 'warm', api);
    if (floor) await phase({ kind: 'floor', url: floor.url }, floorActors.slice(0, warm.length), lastTask - 1, seeded, { ...size, concurrency: 4 }, pool, 'warm', floor);
  }
  const offset = options.taskOffset ?? 0;
  const apiRuns: PhaseFigures[] = [];
  const floorRuns: PhaseFigures[] = [];
  for (let r = 0; r < options.runs; r++) {
    apiRuns.push(await phase({ kind: 'api', url: api.url }, actors, offset + r, seeded, size, pool, `r${r}`, api));
    for (const dir of options.evidenceDirs) await dropBlobs(dir);
    if (!floor) continue;
    floorRuns.push(await phase({ kind: 'floor', url: floor.url }, floorActors, offset + options.runs + r, seeded, size, pool, `r${r}`, floor));
    for (const dir of options.evidenceDirs) await dropBlobs(dir);
  }
  const a = median(apiRuns.map((x) => x.unitsPerSec));
  const f = median(floorRuns.map((x) => x.unitsPerSec));
  const failures = apiRuns.reduce((s, x) => s + x.failures, 0);
  const storedOnce = apiRuns.every((x) => x.storedOnce);
  const lagP99 = Math.max(...apiRuns.map((x) => x.lagP99 ?? 0));
  const mb = median(apiRuns.map((x) => x.mbPerSec));
  const floorMb = median(floorRuns.map((x) => x.mbPerSec));
  return {
    id: 'B1',
    title: 'deadline-day spike',
    sizes: `${size.units} units × (3 PDF files of ${fmt(size.minFileBytes / 1048576, 2)}–${fmt(size.maxFileBytes / 1048576, 2)} MB, log-uniform + saveSubmissionDraft + submitSubmission), ${size.concurrency} units at a time, ${Math.round(size.retryShare * 100)}% of mutations retried with the same idempotency key; ${options.runs} run(s) per side after a ${warm.length}-unit warm-up`,
    loadBefore,
    rows: [
      { metric: 'units completed per second', figure: fmt(a, 2), floor: fmt(f, 2), ratio: a / f, target: '≥ 0.5× floor', met: a / f >= 0.5 },
      { metric: 'upload MB/s', figure: fmt(mb), floor: fmt(floorMb), ratio: mb / floorMb, target: '—', met: null },
      { metric: 'non-2xx / GraphQL errors', figure: String(failures), floor: String(floorRuns.reduce((s, x) => s + x.failures, 0)), target: '0', met: failures === 0 },
      { metric: 'acknowledged submissions stored once (none twice)', figure: `${apiRuns.map((x) => `${x.acknowledged} ack / ${x.duplicates} dup`).join(', ')}`, target: 'each once', met: storedOnce },
      { metric: 'idempotent replays answered with the first result', figure: `${apiRuns.reduce((s, x) => s + x.replayMismatches, 0)} mismatches`, target: '0', met: apiRuns.every((x) => x.replayMismatches === 0) },
      { metric: 'p99 event-loop lag (ms, worst run)', figure: fmt(lagP99, 1), floor: floorRuns.length ? fmt(Math.max(...floorRuns.map((x) => x.lagP99 ?? 0)), 1) : undefined, target: '≤ 50 ms', met: lagP99 <= 50 },
      { metric: 'peak RSS during the spike (MB, VmHWM)', figure: String(Math.max(...apiRuns.map((x) => x.peakRssMb ?? 0))), floor: floorRuns.length ? String(Math.max(...floorRuns.map((x) => x.peakRssMb ?? 0))) : undefined, target: 'reported', met: null },
      { metric: 'p95 time for one unit’s three calls (ms)', figure: fmt(median(apiRuns.map((x) => x.p95UnitMs)), 0), floor: fmt(median(floorRuns.map((x) => x.p95UnitMs)), 0), target: '—', met: null },
    ],
    notes: [
      ...[...apiRuns, ...floorRuns].flatMap((x, i) =>
        Object.entries(x.errors).map(([text, n]) => `${i < apiRuns.length ? 'API' : 'floor'} run ${(i % Math.max(1, apiRuns.length)) + 1}: ${n} × ${text}`),
      ),
      'Logins happen before the timed phase (one per unit, bcrypt cost 4 on the bench accounts); the timed phase is upload → saveSubmissionDraft → submitSubmission per unit.',
      'Floor: `node:http` + busboy hashing each file while writing it to disk and renaming it to its content address, one multi-row INSERT of the evidence rows, and for draft/submit one transaction each with the submission row, transition row, audit row and idempotency row through mysql2 — no authentication, no file-type sniffing, no validation.',
      'Event-loop lag comes from a `--require` preload (perf_hooks.monitorEventLoopDelay, 10 ms resolution) in the API process and, for comparison, in the floor process; peak RSS is VmHWM, reset (clear_refs) before each run. On a shared, overloaded machine the lag includes time the process waited for a core, which the floor’s figure shows.',
    ],
  };
}
