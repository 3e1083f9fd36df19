import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
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
