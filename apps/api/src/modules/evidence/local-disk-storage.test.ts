import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describeEvidenceStorageContract } from '../../../test/utils/evidence-storage-contract';
import { StorageUnavailableError } from './evidence-storage';
import { LocalDiskStorage } from './local-disk-storage';

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

describe('LocalDiskStorage', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'govtrust-storage-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describeEvidenceStorageContract(() => {
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    return {
      storage: new LocalDiskStorage(root),
      temporaryEntries: async () => readdirSync(path.join(root, '.tmp')),
      blobCount: async () => filesUnder(root).filter((f) => !f.includes(`${path.sep}.tmp${path.sep}`)).length,
    };
  });

  it('hashes a many-chunk upload as it writes it, and keeps a failing upload\'s own error with no partial file left', async () => {
    const storage = new LocalDiskStorage(root);
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, i));
    const whole = Buffer.concat(chunks);
    const staged = await storage.stage(Readable.from(chunks));
    expect(staged.size).toBe(whole.length);
    expect(staged.sha256).toBe(createHash('sha256').update(whole).digest('hex'));
    await staged.commit();
    expect(readFileSync(path.join(root, ...staged.key.split('/'))).equals(whole)).toBe(true);

    const source = new PassThrough();
    source.write(Buffer.alloc(300 * 1024, 1));
    const refused = new Error('文件超过1MB上限');
    setTimeout(() => source.destroy(refused), 5);
    await expect(storage.stage(source)).rejects.toBe(refused);
    expect(readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('keeps the error of an upload that fails while its file is still being opened', async () => {
    const storage = new LocalDiskStorage(root);
    const source = new PassThrough();
    source.write(Buffer.alloc(64 * 1024, 2));
    const aborted = new Error('上传已中断');
    const staging = storage.stage(source);
    // before stage() has opened its file: nothing has been piped yet
    source.destroy(aborted);
    await expect(staging).rejects.toBe(aborted);
    expect(readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('reports an unusable directory and refuses keys that leave the root', async () => {
    const file = path.join(root, 'plain-file');
    writeFileSync(file, 'x');
    const storage = new LocalDiskStorage(path.join(file, 'evidence'));
    await expect(storage.put(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(new LocalDiskStorage(root).get('../../etc/passwd')).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});
