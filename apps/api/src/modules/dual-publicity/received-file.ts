import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { receiveFiles } from '../../common/http/multipart';
import { sanitizeFileName } from '../evidence/file-sniffing';

/** An uploaded file written to a private temporary directory, hashed on the way. */
export interface ReceivedFile {
  path: string;
  fileName: string;
  sha256: string;
  size: number;
  /** the first bytes, to tell XLSX (a zip) from CSV text */
  head: Buffer;
}

const HEAD_BYTES = 8;

/**
 * Streams the one file of a multipart request to disk (never the whole file in memory), with its
 * SHA-256 and first bytes. `cleanup()` removes it; call it whatever happens.
 */
export async function receiveToTempFile(req: Request, maxBytes: number): Promise<{ file: ReceivedFile | null; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'govtrust-dp-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let file: ReceivedFile | null = null;
  try {
    await receiveFiles(req, { fileSize: maxBytes, files: 1 }, async (incoming) => {
      const target = path.join(dir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(incoming.stream, tap, createWriteStream(target));
      file = { path: target, fileName: sanitizeFileName(incoming.fileName), sha256: hash.digest('hex'), size, head };
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { file, cleanup };
}

export function requireFile(file: ReceivedFile | null): ReceivedFile {
  if (!file) throw new AppError(ErrorCode.VALIDATION_FAILED, '请选择要导入的“双公示”记录文件（.csv 或 .xlsx）', { reason: 'NO_FILES' });
  if (file.size === 0) throw new AppError(ErrorCode.FILE_REJECTED, `${file.fileName}：文件是空的`, { reason: 'EMPTY' });
  return file;
}
