/**
 * The floors: what the same work costs with nothing but node:http, busboy and mysql2 (no
 * framework, no GraphQL, no ORM, no authentication). Started as its own process, pinned like the API.
 *   POST /json                     B2: the JSON the API returns for `{ __typename }`
 *   GET  /ranking?...              B3: the ranking page from one hand-written SQL query
 *   POST /files/evidence?unitId=   B1: files to disk (content-addressed, SHA-256) + evidence rows
 *   POST /submission/draft|submit  B1: the submission rows, transition, audit and idempotency rows
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import mysql from 'mysql2/promise';

const port = Number(process.env.FLOOR_PORT ?? 4620);
const evidenceDir = process.env.FLOOR_EVIDENCE_DIR ?? '/tmp/floor-evidence';
const pool = mysql.createPool({ uri: process.env.FLOOR_DATABASE_URL, connectionLimit: 10, timezone: 'Z' });
const TYPENAME = JSON.stringify({ data: { __typename: 'Query' } });

function send(res: ServerResponse, status: number, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

// the page is chosen from the narrow columns (rank, unit name) first, so only its 100 cards' JSON is read
const RANKING_SQL = `
SELECT c.unitId, c.total, c.maxTotal, c.grade, c.\`rank\`, c.provisional, page.unitName,
       JSON_EXTRACT(c.card, '$.categories[*].code') AS codes,
       JSON_EXTRACT(c.card, '$.categories[*].name') AS names,
       JSON_EXTRACT(c.card, '$.categories[*].maxPoints') AS maxima,
       JSON_EXTRACT(c.card, '$.categories[*].points') AS points,
       p.total AS previousTotal, p.\`rank\` AS previousRank, page.totalCount
  FROM (SELECT s.id, u.name AS unitName, COUNT(*) OVER () AS totalCount
          FROM score_card s JOIN unit u ON u.id = s.unitId
         WHERE s.periodId = ? AND s.current = 1 AND s.unitKind = ?
         ORDER BY s.\`rank\` IS NULL, s.\`rank\`, u.name
         LIMIT ?) page
  JOIN score_card c ON c.id = page.id
  LEFT JOIN score_card p ON p.periodId = ? AND p.current = 1 AND p.unitId = c.unitId
 ORDER BY c.\`rank\` IS NULL, c.\`rank\`, page.unitName`;

interface RankingSqlRow {
  unitId: string;
  total: string;
  maxTotal: string;
  grade: string | null;
  rank: number | null;
  provisional: number;
  unitName: string;
  codes: string | string[];
  names: string | string[];
  maxima: string | string[];
  points: string | string[];
  previousTotal: string | null;
  previousRank: number | null;
  totalCount: number;
}

function centsDelta(a: string, b: string): string {
  const cents = Math.round(Number(a) * 100) - Math.round(Number(b) * 100);
  return `${cents > 0 ? '+' : ''}${(cents / 100).toFixed(2)}`;
}

async function ranking(url: URL, res: ServerResponse) {
  const first = Number(url.searchParams.get('first') ?? 100);
  const [rows] = await pool.query(RANKING_SQL, [url.searchParams.get('periodId'), url.searchParams.get('unitKind'), first, url.searchParams.get('previousPeriodId')]);
  const list = rows as RankingSqlRow[];
  const nodes = list.map((r) => {
    // mysql2 hands JSON-typed results over parsed; MariaDB's JSON_EXTRACT may also come back as text
    const [codes, names, maxima, points] = [r.codes, r.names, r.maxima, r.points].map((j) => (typeof j === 'string' ? JSON.parse(j) : j) as string[]);
    return {
      rank: r.rank,
      unitId: r.unitId,
      unitName: r.unitName,
      total: r.total,
      maxTotal: r.maxTotal,
      grade: r.grade,
      provisional: r.provisional === 1,
      categories: codes!.map((code, i) => ({ code, name: names![i], maxPoints: maxima![i], points: points![i] })),
      previousTotal: r.previousTotal,
      pointsChange: r.previousTotal == null ? null : centsDelta(r.total, r.previousTotal),
      previousRank: r.previousRank,
      rankChange: r.previousRank != null && r.rank != null ? r.previousRank - r.rank : null,
    };
  });
  send(res, 200, { data: { ranking: { totalCount: Number(list[0]?.totalCount ?? 0), nodes } } });
}

/** Hashes while writing to a temporary file, then renames it to its content address. */
async function storeFile(stream: NodeJS.ReadableStream): Promise<{ sha256: string; size: number; key: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const tmpDir = path.join(evidenceDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  await pipeline(
    stream,
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
    createWriteStream(tmp),
  );
  const sha256 = hash.digest('hex');
  const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  await mkdir(path.join(evidenceDir, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
  await rename(tmp, path.join(evidenceDir, key));
  return { sha256, size, key };
}

async function upload(req: IncomingMessage, url: URL, res: ServerResponse) {
  const unitId = url.searchParams.get('unitId')!;
  const stored: Array<Promise<{ sha256: string; size: number; key: string; name: string }>> = [];
  await new Promise<void>((resolve, reject) => {
    const bb = busboy({ headers: req.headers, limits: { fileSize: 20 * 1024 * 1024, files: 10 } });
    bb.on('file', (_field, stream, info) => {
      stored.push(storeFile(stream).then((blob) => ({ ...blob, name: info.filename ?? 'file.pdf' })));
    });
    bb.on('close', resolve);
    bb.on('error', reject);
    req.pipe(bb);
  });
  const files = await Promise.all(stored);
  const now = new Date();
  const rows = files.map((f) => [randomUUID(), now, unitId, unitId, f.sha256, f.size, 'application/pdf', 'PDF', f.name, f.key, null, null]);
  await pool.query(
    'INSERT INTO evidence (id, createdAt, unitId, uploadedBy, sha256, size, mime, kind, originalName, storageKey, attachedAt, deletedAt) VALUES ?',
    [rows],
  );
  send(res, 201, { files: rows.map((r) => ({ id: r[0] })) });
}

async function draft(req: IncomingMessage, res: ServerResponse) {
  const input = await readJson(req);
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [done] = await conn.query('SELECT resultId FROM idempotency_key WHERE actorId = ? AND `key` = ? AND operation = ?', [input.unitId, input.idempotencyKey, 'saveSubmissionDraft']);
    const previous = (done as Array<{ resultId: string }>)[0];
    if (previous) {
      await conn.commit();
      return send(res, 200, { id: previous.resultId, version: 1 });
    }
    const id = randomUUID();
    const now = new Date();
    const [assignment] = await conn.query('SELECT id FROM task_assignment WHERE taskId = ? AND unitId = ?', [input.taskId, input.unitId]);
    await conn.query(
      "INSERT INTO submission (id, createdAt, updatedAt, version, unitId, taskId, assignmentId, periodId, state, `values`, evidenceIds, submittedAt, late, lateDays, lateWorkingDays, returnCount, authorRole, authorId, lastReason) VALUES (?, ?, ?, 1, ?, ?, ?, ?, 'DRAFT', ?, ?, NULL, 0, 0, 0, 0, 'UNIT', ?, NULL)",
      [id, now, now, input.unitId, input.taskId, (assignment as Array<{ id: string }>)[0]?.id, input.periodId, JSON.stringify(input.values), JSON.stringify(input.evidenceIds), input.unitId],
    );
    await conn.query('UPDATE evidence SET attachedAt = ? WHERE id IN (?) AND attachedAt IS NULL', [now, input.evidenceIds]);
    await conn.query("INSERT INTO submission_transition (id, createdAt, submissionId, seq, fromState, toState, actorId, role) VALUES (?, ?, ?, 1, 'NOT_STARTED', 'DRAFT', ?, 'UNIT_SUBMITTER')", [randomUUID(), now, id, input.unitId]);
    await conn.query("INSERT INTO audit_log (id, createdAt, actorId, actorRole, unitId, entity, entityId, action, `after`) VALUES (?, ?, ?, 'UNIT_SUBMITTER', ?, 'Submission', ?, 'CREATE', ?)", [randomUUID(), now, input.unitId, input.unitId, id, JSON.stringify(input.values)]);
    await conn.query("INSERT INTO idempotency_key (id, createdAt, actorId, `key`, operation, resultId) VALUES (?, ?, ?, ?, 'saveSubmissionDraft', ?)", [randomUUID(), now, input.unitId, input.idempotencyKey, id]);
    await conn.commit();
    send(res, 200, { id, version: 1 });
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
}

async function submit(req: IncomingMessage, res: ServerResponse) {
  const input = await readJson(req);
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [done] = await conn.query('SELECT resultId FROM idempotency_key WHERE actorId = ? AND `key` = ? AND operation = ?', [input.unitId, input.idempotencyKey, 'submitSubmission']);
    if ((done as unknown[]).length > 0) {
      await conn.commit();
      return send(res, 200, { id: input.submissionId, state: 'SUBMITTED' });
    }
    const now = new Date();
    const [result] = await conn.query("UPDATE submission SET state = 'SUBMITTED', submittedAt = ?, updatedAt = ?, version = version + 1 WHERE id = ? AND version = ?", [now, now, input.submissionId, input.expectedVersion]);
    if ((result as { affectedRows: number }).affectedRows !== 1) {
      await conn.rollback();
      return send(res, 409, { error: 'CONFLICT' });
    }
    await conn.query("INSERT INTO submission_transition (id, createdAt, submissionId, seq, fromState, toState, actorId, role) VALUES (?, ?, ?, 2, 'DRAFT', 'SUBMITTED', ?, 'UNIT_SUBMITTER')", [randomUUID(), now, input.submissionId, input.unitId]);
    await conn.query("INSERT INTO audit_log (id, createdAt, actorId, actorRole, unitId, entity, entityId, action) VALUES (?, ?, ?, 'UNIT_SUBMITTER', ?, 'Submission', ?, 'SUBMIT')", [randomUUID(), now, input.unitId, input.unitId, input.submissionId]);
    await conn.query("INSERT INTO idempotency_key (id, createdAt, actorId, `key`, operation, resultId) VALUES (?, ?, ?, ?, 'submitSubmission', ?)", [randomUUID(), now, input.unitId, input.idempotencyKey, input.submissionId]);
    await conn.commit();
    send(res, 200, { id: input.submissionId, state: 'SUBMITTED' });
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  const route = `${req.method} ${url.pathname}`;
  const handle = async () => {
    switch (route) {
      case 'GET /health':
        return send(res, 200, { ok: true });
      case 'POST /json':
        req.resume();
        return send(res, 200, TYPENAME);
      case 'GET /ranking':
        return ranking(url, res);
      case 'POST /files/evidence':
        return upload(req, url, res);
      case 'POST /submission/draft':
        return draft(req, res);
      case 'POST /submission/submit':
        return submit(req, res);
      default:
        return send(res, 404, { error: 'NOT_FOUND' });
    }
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: String(error) });
  });
});

async function main() {
  await rm(path.join(evidenceDir, 'tmp'), { recursive: true, force: true });
  await mkdir(path.join(evidenceDir, 'tmp'), { recursive: true });
  server.listen(port, '127.0.0.1');
}

process.once('SIGTERM', () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
});

void main();
