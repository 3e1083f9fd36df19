import type { Readable } from 'node:stream';

/**
 * Where evidence bytes live. Blobs are content-addressed (the key derives from the SHA-256), so the
 * same file uploaded twice is stored once and a key never changes meaning.
 *
 * Writing is two-phase so the caller can hold a lock on the key between making the blob visible
 * and inserting the row that points at it: `stage` streams and hashes into a temporary place,
 * `commit` makes the blob visible under its key (or discards the copy when the key already holds
 * it). LocalDiskStorage is the only implementation today; an S3-compatible one would stage to a
 * temporary object (or multipart upload) and commit by copy-if-absent.
 */
export interface EvidenceStorage {
  /** Streams `source` to temporary storage while hashing; nothing is visible under a key yet. */
  stage(source: Readable): Promise<StagedBlob>;
  /** stage + commit in one call */
  put(source: Readable): Promise<StoredBlob>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the blob; a missing blob is not an error. */
  remove(key: string): Promise<void>;
}

export interface StoredBlob {
  sha256: string;
  size: number;
  key: string;
}

export interface StagedBlob extends StoredBlob {
  /** Makes the blob visible under `key`; `created` is false when it was already there (dedupe). */
  commit(): Promise<{ created: boolean }>;
  /** Drops the temporary copy (after a rejected upload); safe to call more than once. */
  discard(): Promise<void>;
}

/** The storage backend failed (directory missing or not writable, disk full, blob missing). */
export class StorageUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** `abcdef…` → `ab/cd/abcdef…`: two directory levels keep each directory small. */
export function keyForSha256(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
