import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { StorageUnavailableError, type EvidenceStorage } from '../../src/modules/evidence/evidence-storage';
import { type LocalDiskStorage } from '../../src/modules/evidence/local-disk-storage';
import { sweepEvidenceOrphans } from '../../src/modules/evidence/orphan-sweep';
import { Role } from '../utils/fixtures';
import { minimalPdf } from '../utils/sample-files';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The real disk storage with one step failing as a full or read-only disk would make it fail. */
function failing(real: LocalDiskStorage, step: 'stage' | 'commit', afterFiles = 0): EvidenceStorage {
  let seen = 0;
  return {
    put: (source) => real.put(source),
    get: (key) => real.get(key),
    exists: (key) => real.exists(key),
    remove: (key) => real.remove(key),
    stage: async (source: Readable) => {
      const staged = await real.stage(source);
      if (seen++ < afterFiles) return staged;
      if (step === 'stage') {
        await staged.discard();
        throw new StorageUnavailableError('写入佐证材料失败（磁盘空间不足或目录不可写）', diskFull());
      }
      return {
        ...staged,
        commit: async () => {
          await staged.discard();
          throw new StorageUnavailableError(`无法保存佐证材料文件 ${staged.key}`, diskFull());
        },
      };
    },
  };
}

describe.each(engines)('evidence storage faults on %s', (engine) => {
  let t: TestServer;
  let dir: string;
  let real: LocalDiskStorage;
  let token: string;
  let service: { storage: EvidenceStorage };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-storage-fault-'));
    t = await startTestServer(engine, { EVIDENCE_DIR: dir });
    token = await t.loginAs(Role.UNIT_SUBMITTER);
    service = t.api.services.evidence as unknown as { storage: EvidenceStorage };
    real = service.storage as LocalDiskStorage;
  });
  afterEach(() => {
    service.storage = real;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function upload(names: string[]) {
    const form = new FormData();
    for (const name of names)
      form.append(
        'file',
        new Blob([new Uint8Array(minimalPdf(`${name}-${randomBytes(4).toString('hex')}`))]),
        name,
      );
    const response = await fetch(`${t.url}/files/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}`, 'x-govtrust-upload': '1' },
    });
    return {
      status: response.status,
      body: (await response.json()) as { error?: { code: string; message: string } },
    };
  }
  const rows = () => t.dataSource.getRepository(Evidence).count();

  it.each([
    ['the disk fills while a file is written', 'stage' as const, 0],
    ['the second of two files cannot be published', 'commit' as const, 1],
  ])('answers STORAGE_UNAVAILABLE when %s, keeping no row and no file', async (_case, step, afterFiles) => {
    const before = { rows: await rows(), files: filesUnder(dir) };
    service.storage = failing(real, step, afterFiles);
    const res = await upload(['第一份.pdf', '第二份.pdf']);
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      message: expect.stringMatching(/存储/),
    });
    expect(await rows()).toBe(before.rows);
    expect(filesUnder(dir)).toEqual(before.files);
  });

  it('serves again once the storage is back', async () => {
    const res = await upload(['恢复后.pdf']);
    expect(res.status).toBe(201);
  });

  it('sweeps crash leftovers: stale partial uploads and blobs without a row, nothing else', async () => {
    const kept = await upload(['保留.pdf']);
    expect(kept.status).toBe(201);
    const hour = 60 * 60 * 1000;
    const old = new Date(Date.now() - 2 * hour);
    const write = (rel: string, data: string, mtime?: Date) => {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
      if (mtime) utimesSync(file, mtime, mtime);
    };
    const orphan = 'ab'.repeat(32);
    const young = 'cd'.repeat(32);
    write(`.tmp/crashed.part`, 'half an upload', old);
    write(`.tmp/in-progress.part`, 'an upload right now');
    write(`ab/ab/${orphan}`, 'published, row never committed', old);
    write(`cd/cd/${young}`, 'published a moment ago, row on its way');
    // every referenced blob counts as old too: only the missing row may decide
    for (const row of await t.dataSource.getRepository(Evidence).find())
      utimesSync(path.join(dir, row.storageKey), old, old);
    const before = filesUnder(dir);

    const swept = await sweepEvidenceOrphans(t.dataSource, dir, { graceMs: hour });
    expect(swept).toEqual({ partials: 1, blobs: 1 });
    expect(filesUnder(dir)).toEqual(
      before.filter((f) => f !== '.tmp/crashed.part' && f !== `ab/ab/${orphan}`),
    );
    for (const row of await t.dataSource.getRepository(Evidence).find()) {
      const got = await fetch(`${t.url}/files/evidence/${row.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(got.status).toBe(200);
      await got.arrayBuffer();
    }
  });
});
