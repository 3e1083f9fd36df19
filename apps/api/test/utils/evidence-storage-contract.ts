import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { EvidenceStorage } from '../../src/modules/evidence/evidence-storage';

export interface StorageUnderTest {
  storage: EvidenceStorage;
  /** uploads not yet committed (temporary files / objects) */
  temporaryEntries(): Promise<string[]>;
  /** committed blobs */
  blobCount(): Promise<number>;
}

function sha(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The behaviour every EvidenceStorage must have, shared by the local-disk and the S3 tests.
 * `setup` runs before each check and must give an empty store.
 */
export function describeEvidenceStorageContract(setup: () => StorageUnderTest) {
  it('stores content under its SHA-256, reads it back byte for byte and dedupes', async () => {
    const { storage, temporaryEntries, blobCount } = setup();
    const blob = await storage.put(Readable.from([Buffer.from('证明'), Buffer.from('材料')]));
    const digest = sha('证明材料');
    expect(blob).toEqual({
      sha256: digest,
      size: Buffer.byteLength('证明材料'),
      key: `${digest.slice(0, 2)}/${digest.slice(2, 4)}/${digest}`,
    });
    expect((await buffer(await storage.get(blob.key))).toString('utf8')).toBe('证明材料');
    expect(await storage.exists(blob.key)).toBe(true);

    const again = await storage.stage(Readable.from([Buffer.from('证明材料')]));
    expect(again.key).toBe(blob.key);
    expect(await again.commit()).toEqual({ created: false });
    expect(await temporaryEntries()).toEqual([]);
    expect(await blobCount()).toBe(1);

    await storage.remove(blob.key);
    expect(await storage.exists(blob.key)).toBe(false);
    expect(await blobCount()).toBe(0);
    await expect(storage.remove(blob.key)).resolves.toBeUndefined();
  });

  it('round-trips a binary file larger than one upload part unchanged', async () => {
    const { storage, temporaryEntries } = setup();
    const data = randomBytes(6 * 1024 * 1024 + 123);
    const chunks = Array.from({ length: Math.ceil(data.length / 65_536) }, (_, i) =>
      data.subarray(i * 65_536, (i + 1) * 65_536),
    );
    const staged = await storage.stage(Readable.from(chunks));
    expect(staged).toMatchObject({ sha256: sha(data), size: data.length });
    expect(await staged.commit()).toEqual({ created: true });
    expect((await buffer(await storage.get(staged.key))).equals(data)).toBe(true);
    expect(await temporaryEntries()).toEqual([]);
  });

  it('leaves nothing behind when the source fails mid-way, and nothing visible before commit', async () => {
    const { storage, temporaryEntries, blobCount } = setup();
    async function* failing() {
      yield Buffer.from('half');
      throw new Error('client went away');
    }
    await expect(storage.stage(Readable.from(failing()))).rejects.toThrow('client went away');
    expect(await temporaryEntries()).toEqual([]);

    const staged = await storage.stage(Readable.from([Buffer.from('later')]));
    expect(await storage.exists(staged.key)).toBe(false);
    await staged.discard();
    expect(await temporaryEntries()).toEqual([]);
    expect(await blobCount()).toBe(0);
  });
}
