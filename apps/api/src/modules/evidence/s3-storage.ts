import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  keyForSha256,
  StorageUnavailableError,
  type EvidenceStorage,
  type StagedBlob,
  type StoredBlob,
} from './evidence-storage';

export interface S3StorageOptions {
  /** absent → AWS itself; MinIO, OSS (S3 mode), Ceph … need their URL */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `host/bucket/key` instead of `bucket.host/key`; most self-hosted services need it */
  forcePathStyle: boolean;
  /** SDK attempts per request (default 3); tests lower it so a dead endpoint fails fast */
  maxAttempts?: number;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;
/** lib-storage's minimum; parts are buffered one at a time per queue slot, never the whole file */
const PART_SIZE = 5 * 1024 * 1024;

/** Objects under this prefix are uploads not yet committed (a lifecycle rule may expire them). */
export const S3_TMP_PREFIX = 'tmp/';
/** Final objects live at `evidence/ab/cd/<sha256>`; the row's storage key stays `ab/cd/<sha256>`. */
export const S3_EVIDENCE_PREFIX = 'evidence/';

function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

/**
 * Content-addressed blobs in an S3-compatible bucket. An upload streams (multipart for large
 * files) to `tmp/<uuid>` while it is hashed; commit copies it to its content address unless that
 * object already exists, then deletes the temporary object. Storage keys are the same as
 * LocalDiskStorage's, so rows stay valid when blobs are moved between backends.
 */
export class S3Storage implements EvidenceStorage {
  readonly client: S3Client;
  readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: options.maxAttempts ?? 3,
      // the SDK's default CRC trailers (aws-chunked bodies) are not understood by many S3-compatible services
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000 },
    });
  }

  /** The object name of a storage key. */
  objectKey(key: string): string {
    // keys come from our own rows, but are never trusted to address anything else in the bucket
    if (!keyPattern.test(key)) throw new StorageUnavailableError(`无效的存储键：${key}`);
    return `${S3_EVIDENCE_PREFIX}${key}`;
  }

  async stage(source: Readable): Promise<StagedBlob> {
    const tmpKey = `${S3_TMP_PREFIX}${randomUUID()}`;
    const hash = createHash('sha256');
    let size = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    let sourceError: unknown = null;
    const reading = pipeline(source, hashing).catch((error: unknown) => {
      sourceError ??= error;
      throw error;
    });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: tmpKey, Body: hashing },
      partSize: PART_SIZE,
      queueSize: 2,
      leavePartsOnError: false,
    });
    try {
      await Promise.all([reading, upload.done()]);
    } catch (error) {
      // whichever side failed first, stop the other: an unread source would otherwise stall
      hashing.destroy();
      await reading.catch(() => undefined);
      await upload.abort().catch(() => undefined);
      await this.deleteQuietly(tmpKey);
      if (sourceError !== null && !isDestroyedByUs(sourceError)) throw sourceError;
      throw new StorageUnavailableError('无法写入对象存储（服务不可达、无权限或存储桶不存在）', error);
    }
    const sha256 = hash.digest('hex');
    const key = keyForSha256(sha256);
    let settled = false;
    return {
      sha256,
      size,
      key,
      commit: async () => {
        if (settled) throw new Error('staged blob already committed or discarded');
        settled = true;
        return this.publish(tmpKey, key);
      },
      discard: async () => {
        settled = true;
        await this.deleteQuietly(tmpKey);
      },
    };
  }

  async put(source: Readable): Promise<StoredBlob> {
    const staged = await this.stage(source);
    await staged.commit();
    return { sha256: staged.sha256, size: staged.size, key: staged.key };
  }

  async get(key: string): Promise<Readable> {
    const objectKey = this.objectKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (!(response.Body instanceof Readable)) throw new Error('GetObject returned no stream body');
      return response.Body;
    } catch (error) {
      throw new StorageUnavailableError(`佐证材料文件缺失或不可读：${key}`, error);
    }
  }

  async exists(key: string): Promise<boolean> {
    return this.objectExists(this.objectKey(key));
  }

  async remove(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      // S3 answers 204 for a missing key too
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    } catch (error) {
      if (!isNotFound(error)) throw new StorageUnavailableError(`无法删除佐证材料文件：${key}`, error);
    }
  }

  private async objectExists(objectKey: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw new StorageUnavailableError(`无法访问对象存储：${objectKey}`, error);
    }
  }

  /** Callers hold the key's lock (EvidenceService), so head-then-copy does not race itself. */
  private async publish(tmpKey: string, key: string): Promise<{ created: boolean }> {
    const finalKey = this.objectKey(key);
    try {
      if (await this.objectExists(finalKey)) {
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: tmpKey }));
        return { created: false };
      }
      await this.client.send(
        new CopyObjectCommand({ Bucket: this.bucket, Key: finalKey, CopySource: `${this.bucket}/${tmpKey}` }),
      );
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: tmpKey }));
      return { created: true };
    } catch (error) {
      await this.deleteQuietly(tmpKey);
      throw new StorageUnavailableError(`无法保存佐证材料文件 ${key}`, error);
    }
  }

  private async deleteQuietly(objectKey: string): Promise<void> {
    await this.client
      .send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }))
      .catch(() => undefined);
  }
}

/** `pipeline` reports our own destroy() of the hashing stream as a premature close, not the source's fault. */
function isDestroyedByUs(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE'
  );
}
