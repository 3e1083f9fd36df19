import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  keyForSha256,
  StorageUnavailableError,
  type EvidenceStorage,
  type StagedBlob,
  type StoredBlob,
} from './evidence-storage';

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

function isNodeError(error: unknown, code: string): boolean {
  // not `instanceof Error`: errors from node:fs may come from another realm (jest's vm)
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}

/**
 * Content-addressed blobs under EVIDENCE_DIR (`ab/cd/abcdef…`). An upload is streamed to
 * `.tmp/` inside the root while it is hashed — the same file system as its final place, so the
 * rename that publishes it is atomic — fsynced, then renamed; a reader never sees half a file.
 */
export class LocalDiskStorage implements EvidenceStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async stage(source: Readable): Promise<StagedBlob> {
    const tmpDir = path.join(this.root, '.tmp');
    const tmpPath = path.join(tmpDir, `${randomUUID()}.part`);
    // listened to before the first await: an upload refused or aborted while the file opens keeps
    // its own error, and an 'error' event with no listener would be thrown as an uncaught exception
    let sourceError: unknown = null;
    source.on('error', (error: unknown) => {
      sourceError ??= error;
    });
    let handle: fs.FileHandle;
    try {
      // the directory is there after the first upload: one open per file, a mkdir only when missing
      handle = await fs.open(tmpPath, 'wx', 0o640).catch(async (error: unknown) => {
        if (!isNodeError(error, 'ENOENT')) throw error;
        await fs.mkdir(tmpDir, { recursive: true });
        return fs.open(tmpPath, 'wx', 0o640);
      });
    } catch (error) {
      source.resume(); // let the producer finish; the caller reports the storage failure
      throw new StorageUnavailableError(`无法写入佐证材料目录 ${this.root}`, error);
    }
    const hash = createHash('sha256');
    let size = 0;
    // the write stream gathers the chunks that arrive while one write is in flight into one writev,
    // and fsyncs (flush) before it closes the file. Its default 16 KiB high-water mark is kept: a
    // larger one lets a fast upload push more bytes through per event-loop turn (longer lag spikes)
    const sink = handle.createWriteStream({ flush: true });
    // hashed as each chunk goes to the file: no copy, no promise per chunk
    source.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    try {
      await pipeline(source, sink);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(tmpPath, { force: true }).catch(() => undefined);
      // a failing source (a refused or aborted upload) keeps its own error; anything else is the disk
      if (sourceError) throw sourceError;
      throw new StorageUnavailableError('写入佐证材料失败（磁盘空间不足或目录不可写）', error);
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
        return this.publish(tmpPath, key);
      },
      discard: async () => {
        settled = true;
        await fs.rm(tmpPath, { force: true }).catch(() => undefined);
      },
    };
  }

  async put(source: Readable): Promise<StoredBlob> {
    const staged = await this.stage(source);
    await staged.commit();
    return { sha256: staged.sha256, size: staged.size, key: staged.key };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await fs.open(file, 'r');
      return createReadStream('', { fd: handle, autoClose: true });
    } catch (error) {
      throw new StorageUnavailableError(`佐证材料文件缺失或不可读：${key}`, error);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await fs.unlink(this.pathOf(key));
    } catch (error) {
      if (!isNodeError(error, 'ENOENT')) throw new StorageUnavailableError(`无法删除佐证材料文件：${key}`, error);
    }
  }

  private async publish(tmpPath: string, key: string): Promise<{ created: boolean }> {
    const finalPath = this.pathOf(key);
    try {
      if (await this.exists(key)) {
        await fs.rm(tmpPath, { force: true });
        return { created: false };
      }
      await fs.mkdir(path.dirname(finalPath), { recursive: true });
      await fs.rename(tmpPath, finalPath);
      await this.syncDirectory(path.dirname(finalPath));
      return { created: true };
    } catch (error) {
      await fs.rm(tmpPath, { force: true }).catch(() => undefined);
      throw new StorageUnavailableError(`无法保存佐证材料文件 ${key}`, error);
    }
  }

  /** The rename is durable only once the directory entry is on disk. */
  private async syncDirectory(dir: string): Promise<void> {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  private pathOf(key: string): string {
    // keys come from our own rows, but a key is never trusted to stay inside the root
    if (!keyPattern.test(key)) throw new StorageUnavailableError(`无效的存储键：${key}`);
    return path.join(this.root, ...key.split('/'));
  }
}
