import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { createAccountFixture, createUnitFixture, Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { minimalJpeg, minimalPdf } from '../utils/sample-files';
import { engines } from '../utils/test-database';
import { startServerOn, startTestServer, type TestServer } from '../utils/test-server';

interface UploadedFile {
  id: string;
  name: string;
  size: number;
  mime: string;
  kind: string;
  sha256: string;
}

interface HttpError {
  error: { code: string; reason?: string; message: string };
}

interface UploadOptions {
  token?: string;
  unitId?: string;
  csrf?: boolean;
  baseUrl?: string;
}

/** 0.25 MB, so an oversize body is cheap to send */
const LIMIT_MB = '0.25';
const LIMIT_BYTES = 0.25 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  try {
    walk(dir);
  } catch {
    return out;
  }
  return out;
}

describe.each(engines)('evidence files on %s', (engine) => {
  let t: TestServer;
  let evidenceDir: string;
  let submitter: string;
  let credit: string;
  let leader: string;
  let otherUnitUser: string;
  let ownUnitId: string;

  beforeAll(async () => {
    evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-evidence-'));
    t = await startTestServer(engine, { EVIDENCE_DIR: evidenceDir, MAX_UPLOAD_MB: LIMIT_MB });
    submitter = await t.loginAs(Role.UNIT_SUBMITTER);
    ownUnitId = t.accountFor(Role.UNIT_SUBMITTER)!.unitId!;
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    leader = await t.loginAs(Role.LEADER);
    const otherUnit = await createUnitFixture(t.dataSource);
    const other = await createAccountFixture(t.dataSource, { role: Role.UNIT_SUBMITTER, unitId: otherUnit.id });
    otherUnitUser = await t.loginAs(other.username);
  });
  afterAll(async () => {
    await t.close();
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  async function upload(files: Array<{ name: string; data: Buffer }>, options: UploadOptions = {}) {
    const form = new FormData();
    for (const file of files) form.append('file', new Blob([new Uint8Array(file.data)]), file.name);
    const headers: Record<string, string> = {};
    if (options.csrf !== false) headers['x-govtrust-upload'] = '1';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const query = options.unitId ? `?unitId=${options.unitId}` : '';
    const response = await fetch(`${options.baseUrl ?? t.url}/files/evidence${query}`, { method: 'POST', body: form, headers });
    const body = (await response.json()) as { files?: UploadedFile[] } & Partial<HttpError>;
    return { status: response.status, body };
  }

  async function download(id: string, token?: string, query = '') {
    const response = await fetch(`${t.url}/files/evidence/${id}${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  const rowCount = () => t.dataSource.getRepository(Evidence).count();

  it('stores a real PDF and JPG and gives them back byte for byte', async () => {
    const pdf = minimalPdf('roundtrip');
    const jpg = minimalJpeg('roundtrip');
    const res = await upload(
      [
        { name: '会议纪要.pdf', data: pdf },
        { name: '签到表.JPG', data: jpg },
      ],
      { token: submitter },
    );
    expect(res.status).toBe(201);
    const [pdfFile, jpgFile] = res.body.files!;
    expect(pdfFile).toMatchObject({ name: '会议纪要.pdf', size: pdf.length, mime: 'application/pdf', kind: 'PDF' });
    expect(jpgFile).toMatchObject({ name: '签到表.JPG', size: jpg.length, mime: 'image/jpeg', kind: 'IMAGE' });

    const row = await t.dataSource.getRepository(Evidence).findOneByOrFail({ id: pdfFile!.id });
    expect(row).toMatchObject({ unitId: ownUnitId, uploadedBy: t.accountFor(Role.UNIT_SUBMITTER)!.id, sha256: pdfFile!.sha256 });
    expect(statSync(path.join(evidenceDir, row.storageKey)).size).toBe(pdf.length);
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'Evidence', entityId: row.id });
    expect(audit).toMatchObject([{ action: 'UPLOAD', unitId: ownUnitId }]);

    const gotPdf = await download(pdfFile!.id, submitter);
    expect(gotPdf.status).toBe(200);
    expect(gotPdf.bytes.equals(pdf)).toBe(true);
    expect(gotPdf.headers.get('content-type')).toBe('application/pdf');
    expect(gotPdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(gotPdf.headers.get('content-disposition')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('会议纪要.pdf')}`,
    );
    const inline = await download(pdfFile!.id, submitter, '?inline=1');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);

    const gotJpg = await download(jpgFile!.id, credit);
    expect(gotJpg.bytes.equals(jpg)).toBe(true);
    expect(gotJpg.headers.get('content-type')).toBe('image/jpeg');
    expect((await download(jpgFile!.id, leader)).status).toBe(200);
  });

  it('refuses a .pdf that is really a JPG and stores nothing', async () => {
    const [rowsBefore, filesBefore] = [await rowCount(), filesUnder(evidenceDir).length];
    const res = await upload([{ name: '伪装.pdf', data: minimalJpeg('liar') }], { token: submitter });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'EXTENSION_MISMATCH' });
    expect(res.body.error!.message).toMatch(/扩展名.*内容是 IMAGE/);
    expect(await rowCount()).toBe(rowsBefore);
    expect(filesUnder(evidenceDir)).toHaveLength(filesBefore);
  });

  it('rejects the whole request when one file of several is bad, keeping nothing of the good one', async () => {
    const [rowsBefore, filesBefore] = [await rowCount(), filesUnder(evidenceDir).length];
    const res = await upload(
      [
        { name: 'good.pdf', data: minimalPdf(`good-${randomBytes(4).toString('hex')}`) },
        { name: 'bad.exe', data: Buffer.from('MZ') },
      ],
      { token: submitter },
    );
    expect(res.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'EXTENSION_NOT_ALLOWED' });
    expect(await rowCount()).toBe(rowsBefore);
    expect(filesUnder(evidenceDir)).toHaveLength(filesBefore);
  });

  it('refuses an oversize upload before reading all of it', async () => {
    const [rowsBefore, filesBefore] = [await rowCount(), filesUnder(evidenceDir).length];
    const total = 64 * 1024 * 1024;
    const result = await streamingUpload(`${t.url}/files/evidence`, submitter, total);
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'TOO_LARGE', message: '文件超过0.25MB上限' });
    // the answer came while the client was still sending
    expect(result.sent).toBeLessThan(total / 4);
    expect(result.sent).toBeGreaterThan(LIMIT_BYTES);
    expect(await rowCount()).toBe(rowsBefore);
    expect(filesUnder(evidenceDir)).toHaveLength(filesBefore);
  });

  it('refuses a declared Content-Length that cannot fit without reading the body', async () => {
    const response = await fetch(`${t.url}/files/evidence`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${submitter}`,
        'x-govtrust-upload': '1',
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: Buffer.alloc(16 * LIMIT_BYTES),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as HttpError).error.reason).toBe('TOO_LARGE');
  });

  it('refuses empty files and requests without files', async () => {
    const empty = await upload([{ name: 'empty.pdf', data: Buffer.alloc(0) }], { token: submitter });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'EMPTY' });
    const none = await upload([], { token: submitter });
    expect(none.status).toBe(400);
    expect(none.body.error?.code).toBe('VALIDATION_FAILED');
  });

  it('stores a path-traversal name as a plain sanitised name inside the storage directory', async () => {
    const res = await upload([{ name: '../../etc/passwd.pdf', data: minimalPdf('traversal') }], { token: submitter });
    expect(res.status).toBe(201);
    expect(res.body.files![0]!.name).toBe('passwd.pdf');
    const row = await t.dataSource.getRepository(Evidence).findOneByOrFail({ id: res.body.files![0]!.id });
    expect(row.originalName).toBe('passwd.pdf');
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(filesUnder(evidenceDir)).toContain(path.join(evidenceDir, row.storageKey));
  });

  it('answers 404 to another unit, 401 without a session, 403 without the upload header', async () => {
    const res = await upload([{ name: 'mine.pdf', data: minimalPdf('mine') }], { token: submitter });
    const id = res.body.files![0]!.id;
    expect((await download(id, otherUnitUser)).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000', otherUnitUser)).status).toBe(404);
    const anonymous = await download(id);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString()).error.code).toBe('UNAUTHENTICATED');

    const rowsBefore = await rowCount();
    const noSession = await upload([{ name: 'x.pdf', data: minimalPdf('anon') }]);
    expect(noSession.status).toBe(401);
    const noHeader = await upload([{ name: 'x.pdf', data: minimalPdf('csrf') }], { token: submitter, csrf: false });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(await rowCount()).toBe(rowsBefore);

    const gql = await t.gql(`query($id: ID!) { evidence(id: $id) { id } }`, { id }, { token: otherUnitUser });
    expect(codeOf(gql)).toBe('NOT_FOUND');
  });

  it('makes the office name the unit, and keeps unit users to their own', async () => {
    const pdf = minimalPdf('office');
    const missing = await upload([{ name: 'o.pdf', data: pdf }], { token: credit });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.code).toBe('VALIDATION_FAILED');
    const ok = await upload([{ name: 'o.pdf', data: pdf }], { token: credit, unitId: ownUnitId });
    expect(ok.status).toBe(201);
    expect((await download(ok.body.files![0]!.id, submitter)).status).toBe(200);
    const foreign = await upload([{ name: 'o.pdf', data: pdf }], { token: otherUnitUser, unitId: ownUnitId });
    expect(foreign.status).toBe(403);
    const leaderUpload = await upload([{ name: 'o.pdf', data: pdf }], { token: leader, unitId: ownUnitId });
    expect(leaderUpload.status).toBe(403);
  });

  it('stores the same content once: two rows, one blob', async () => {
    const data = minimalPdf(`dedupe-${randomBytes(4).toString('hex')}`);
    const filesBefore = filesUnder(evidenceDir).length;
    const first = await upload([{ name: 'a.pdf', data }], { token: submitter });
    const second = await upload([{ name: 'b.pdf', data }], { token: submitter });
    expect(first.body.files![0]!.id).not.toBe(second.body.files![0]!.id);
    expect(first.body.files![0]!.sha256).toBe(second.body.files![0]!.sha256);
    expect(filesUnder(evidenceDir)).toHaveLength(filesBefore + 1);
    const rows = await t.dataSource.getRepository(Evidence).findBy({ sha256: first.body.files![0]!.sha256 });
    expect(rows).toHaveLength(2);
  });

  it('removes a new blob when its row cannot be written, but keeps one another row uses', async () => {
    const record = jest.spyOn(t.api.services.audit, 'record');
    try {
      const fresh = minimalPdf(`insert-fails-${randomBytes(4).toString('hex')}`);
      const [rowsBefore, filesBefore] = [await rowCount(), filesUnder(evidenceDir).length];
      record.mockRejectedValueOnce(new Error('database went away'));
      const failed = await upload([{ name: 'f.pdf', data: fresh }], { token: submitter });
      expect(failed.status).toBe(500);
      expect(failed.body.error?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await rowCount()).toBe(rowsBefore);
      expect(filesUnder(evidenceDir)).toHaveLength(filesBefore);

      const shared = minimalPdf(`shared-${randomBytes(4).toString('hex')}`);
      const kept = await upload([{ name: 's.pdf', data: shared }], { token: submitter });
      record.mockRejectedValueOnce(new Error('database went away'));
      expect((await upload([{ name: 's2.pdf', data: shared }], { token: submitter })).status).toBe(500);
      expect((await download(kept.body.files![0]!.id, submitter)).bytes.equals(shared)).toBe(true);
    } finally {
      record.mockRestore();
    }
  });

  it('soft-deletes an unattached file for its unit, refuses attached ones', async () => {
    const res = await upload(
      [
        { name: 'del.pdf', data: minimalPdf('delete me') },
        { name: 'keep.pdf', data: minimalPdf('attached') },
      ],
      { token: submitter },
    );
    const [toDelete, toAttach] = res.body.files!;
    const del = (id: string, token: string) =>
      fetch(`${t.url}/files/evidence/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });

    expect((await del(toDelete!.id, otherUnitUser)).status).toBe(404);
    expect((await del(toDelete!.id, submitter)).status).toBe(200);
    expect((await download(toDelete!.id, submitter)).status).toBe(404);
    const row = await t.dataSource.getRepository(Evidence).findOneByOrFail({ id: toDelete!.id });
    expect(row.deletedAt).toBeInstanceOf(Date);
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entityId: toDelete!.id, action: 'DELETE' });
    expect(audit).toHaveLength(1);

    const service = t.api.services.evidence;
    await t.dataSource.transaction((manager) => service.assertOwnedBy(manager, [toAttach!.id], ownUnitId));
    const attached = await del(toAttach!.id, submitter);
    expect(attached.status).toBe(409);
    expect(((await attached.json()) as HttpError).error.code).toBe('INVALID_STATE');

    // another unit's id, a deleted id and an unknown id are all refused without saying which exists
    const otherUnit = await createUnitFixture(t.dataSource);
    await expect(
      t.dataSource.transaction((manager) => service.assertOwnedBy(manager, [toAttach!.id], otherUnit.id)),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      t.dataSource.transaction((manager) => service.assertOwnedBy(manager, [toDelete!.id], ownUnitId)),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('lists files for the office with pagination and for a unit user only its own', async () => {
    const LIST = `query($unitId: ID, $first: Int, $after: String) {
      evidenceList(unitId: $unitId, first: $first, after: $after) {
        totalCount nodes { id unitId kind originalName downloadUrl } pageInfo { hasNextPage endCursor }
      }
    }`;
    type ListResult = {
      evidenceList: {
        totalCount: number;
        nodes: Array<{ id: string; unitId: string; downloadUrl: string }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = await t.gql<ListResult>(LIST, { unitId: ownUnitId, first: 2 }, { token: credit });
    expect(first.errors).toBeUndefined();
    const total = first.data!.evidenceList.totalCount;
    expect(total).toBeGreaterThan(3);
    expect(first.data!.evidenceList.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<ListResult>(
      LIST,
      { unitId: ownUnitId, first: 100, after: first.data!.evidenceList.pageInfo.endCursor },
      { token: credit },
    );
    const ids = [...first.data!.evidenceList.nodes, ...next.data!.evidenceList.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(total);
    expect(first.data!.evidenceList.nodes[0]!.downloadUrl).toBe(`/files/evidence/${ids[0]}`);

    const own = await t.gql<ListResult>(LIST, {}, { token: otherUnitUser });
    expect(own.data!.evidenceList.totalCount).toBe(0);
    const foreign = await t.gql(LIST, { unitId: ownUnitId }, { token: otherUnitUser });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
  });

  it('answers STORAGE_UNAVAILABLE for a row whose blob has gone missing', async () => {
    const res = await upload([{ name: 'lost.pdf', data: minimalPdf(`lost-${randomBytes(4).toString('hex')}`) }], {
      token: submitter,
    });
    const row = await t.dataSource.getRepository(Evidence).findOneByOrFail({ id: res.body.files![0]!.id });
    rmSync(path.join(evidenceDir, row.storageKey));
    const got = await download(row.id, submitter);
    expect(got.status).toBe(503);
    expect(JSON.parse(got.bytes.toString()).error.code).toBe('STORAGE_UNAVAILABLE');
  });

  it('answers STORAGE_UNAVAILABLE and writes no row when the storage directory cannot be created', async () => {
    // tests run as root, so chmod would not stop writes: put the directory under a regular file
    const blocker = path.join(mkdtempSync(path.join(os.tmpdir(), 'govtrust-blocked-')), 'not-a-directory');
    writeFileSync(blocker, 'x');
    const broken = await startServerOn(t.db, { EVIDENCE_DIR: path.join(blocker, 'evidence'), MAX_UPLOAD_MB: LIMIT_MB });
    try {
      const rowsBefore = await rowCount();
      const res = await upload([{ name: 'x.pdf', data: minimalPdf('broken storage') }], {
        token: submitter,
        baseUrl: broken.url,
      });
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: expect.stringMatching(/存储/) });
      expect(await rowCount()).toBe(rowsBefore);
    } finally {
      await broken.running.close();
      rmSync(path.dirname(blocker), { recursive: true, force: true });
    }
  });
});

/**
 * Streams a multipart body of `total` bytes in 64 KiB chunks, stopping as soon as the server
 * answers; `sent` tells how much had been written by then.
 */
function streamingUpload(
  url: string,
  token: string,
  total: number,
): Promise<{ status: number; body: HttpError; sent: number }> {
  return new Promise((resolve, reject) => {
    const boundary = `govtrust${randomBytes(8).toString('hex')}`;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'x-govtrust-upload': '1',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const sentAtAnswer = sent;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as HttpError, sent: sentAtAnswer });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}
