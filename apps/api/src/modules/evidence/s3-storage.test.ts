import net from 'node:net';
import { Readable } from 'node:stream';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { describeEvidenceStorageContract } from '../../../test/utils/evidence-storage-contract';
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from '../../../test/utils/s3rver-fixture';
import { StorageUnavailableError } from './evidence-storage';
import { S3_EVIDENCE_PREFIX, S3_TMP_PREFIX, S3Storage } from './s3-storage';

function storageAt(endpoint: string, bucket: string): S3Storage {
  return new S3Storage({
    endpoint,
    bucket,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts: 1,
    ...S3RVER_CREDENTIALS,
  });
}

async function keysUnder(storage: S3Storage, prefix: string): Promise<string[]> {
  const listed = await storage.client.send(
    new ListObjectsV2Command({ Bucket: storage.bucket, Prefix: prefix }),
  );
  return (listed.Contents ?? []).map((o) => o.Key!);
}

/** a port nothing listens on */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('S3Storage on s3rver', () => {
  let s3: RunningS3rver;
  let bucketNo = 0;
  beforeAll(async () => {
    s3 = await startS3rver();
  });
  afterAll(async () => {
    await s3.close();
  });

  describe('the EvidenceStorage contract', () => {
    let storage: S3Storage;
    beforeEach(async () => {
      // an empty bucket per check, so counts do not depend on order
      storage = storageAt(s3.endpoint, `contract-${++bucketNo}`);
      await storage.client.send(new CreateBucketCommand({ Bucket: storage.bucket }));
    });

    describeEvidenceStorageContract(() => ({
      storage,
      temporaryEntries: () => keysUnder(storage, S3_TMP_PREFIX),
      blobCount: async () => (await keysUnder(storage, S3_EVIDENCE_PREFIX)).length,
    }));
  });

  it('puts committed blobs at evidence/ab/cd/<sha256> and refuses keys outside that shape', async () => {
    const storage = storageAt(s3.endpoint, s3.bucket);
    const blob = await storage.put(Readable.from([Buffer.from('位置')]));
    expect(await keysUnder(storage, S3_EVIDENCE_PREFIX)).toContain(`evidence/${blob.key}`);
    await expect(storage.get('../tmp/x')).rejects.toBeInstanceOf(StorageUnavailableError);
    await storage.remove(blob.key);
  });

  it('reports a wrong bucket as StorageUnavailableError', async () => {
    const storage = storageAt(s3.endpoint, 'no-such-bucket');
    await expect(storage.put(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(storage.exists('00/00/' + '0'.repeat(64))).resolves.toBe(false);
  });

  it('reports an unknown access key (access denied) as StorageUnavailableError', async () => {
    const storage = new S3Storage({
      endpoint: s3.endpoint,
      bucket: s3.bucket,
      region: 'us-east-1',
      forcePathStyle: true,
      maxAttempts: 1,
      accessKeyId: 'NOBODY',
      secretAccessKey: 'wrong',
    });
    await expect(storage.put(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });

  it('reports a closed port as StorageUnavailableError', async () => {
    const storage = storageAt(`http://127.0.0.1:${await closedPort()}`, s3.bucket);
    await expect(storage.put(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(storage.get('00/00/' + '0'.repeat(64))).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.exists('00/00/' + '0'.repeat(64))).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.remove('00/00/' + '0'.repeat(64))).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('fails a commit when the service goes down after staging, and publishes nothing', async () => {
    const own = await startS3rver('down-later');
    try {
      const storage = storageAt(own.endpoint, own.bucket);
      const staged = await storage.stage(Readable.from([Buffer.from('稍后失败')]));
      expect(await keysUnder(storage, S3_TMP_PREFIX)).toHaveLength(1);
      await own.stop();
      await expect(staged.commit()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.stage(Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );

      const again = await startS3rver(own.bucket, own.directory);
      try {
        const revived = storageAt(again.endpoint, again.bucket);
        expect(await keysUnder(revived, S3_EVIDENCE_PREFIX)).toEqual([]);
        // the temporary object could not be deleted while the service was down; a lifecycle rule on tmp/ expires it
        expect(await keysUnder(revived, S3_TMP_PREFIX)).toHaveLength(1);
      } finally {
        await again.close();
      }
    } finally {
      await own.close();
    }
  });
});
