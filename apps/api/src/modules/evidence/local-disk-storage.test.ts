import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StorageUnavailableError } from './evidence-storage';
import { LocalDiskStorage } from './local-disk-storage';

function sha(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

describe('LocalDiskStorage', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'govtrust-storage-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores content under its SHA-256, reads it back and dedupes', async () => {
    const blob = await new LocalDiskStorage(root).put(Readable.from([Buffer.from('证明'), Buffer.from('材料')]));
    const digest = sha('证明材料');
    expect(blob).toEqual({ sha256: digest, size: Buffer.byteLength('证明材料'), key: `${digest.slice(0, 2)}/${digest.slice(2, 4)}/${digest}` });
    const storage = new LocalDiskStorage(root);
    expect(await text(await storage.get(blob.key))).toBe('证明材料');
    const again = await storage.stage(Readable.from([Buffer.from('证明材料')]));
    expect(await again.commit()).toEqual({ created: false });
    expect(readdirSync(path.join(root, '.tmp'))).toEqual([]);
    await storage.remove(blob.key);
    expect(await storage.exists(blob.key)).toBe(false);
    await expect(storage.remove(blob.key)).resolves.toBeUndefined();
  });

  it('leaves no temporary file when the source fails mid-way, and none visible before commit', async () => {
    const storage = new LocalDiskStorage(root);
    async function* failing() {
      yield Buffer.from('half');
      throw new Error('client went away');
    }
    await expect(storage.stage(Readable.from(failing()))).rejects.toThrow('client went away');
    expect(readdirSync(path.join(root, '.tmp'))).toEqual([]);
    const staged = await storage.stage(Readable.from([Buffer.from('later')]));
    expect(await storage.exists(staged.key)).toBe(false);
    await staged.discard();
    expect(readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('reports an unusable directory and refuses keys that leave the root', async () => {
    const file = path.join(root, 'plain-file');
    writeFileSync(file, 'x');
    const storage = new LocalDiskStorage(path.join(file, 'evidence'));
    await expect(storage.put(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(new LocalDiskStorage(root).get('../../etc/passwd')).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
