import { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';

export interface MultipartLimits {
  /** bytes per file; the request is refused as soon as one more byte arrives */
  fileSize: number;
  files: number;
}

export interface IncomingFile {
  fieldName: string;
  /** as sent by the client: never trusted as a path */
  fileName: string;
  stream: Readable;
}

export function tooLargeError(limitBytes: number): AppError {
  const mb = Math.round((limitBytes / (1024 * 1024)) * 100) / 100;
  return new AppError(ErrorCode.FILE_REJECTED, `文件超过${mb}MB上限`, { reason: 'TOO_LARGE', limitBytes });
}

/**
 * Parses a multipart/form-data request with busboy and hands each file to `onFile`, one at a
 * time, in order. A file over `fileSize` or one file too many fails the request at once (the
 * request is unpiped, so nothing more is parsed); `onFile` must consume or destroy its stream.
 * Resolves with the number of files after the last `onFile` has finished.
 */
export function receiveFiles(
  req: Request,
  limits: MultipartLimits,
  onFile: (file: IncomingFile) => Promise<void>,
): Promise<number> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    return Promise.reject(
      new AppError(ErrorCode.VALIDATION_FAILED, '请使用 multipart/form-data 方式上传文件', { reason: 'NOT_MULTIPART' }),
    );
  }
  const declared = Number(req.headers['content-length']);
  // a declared body that cannot fit is refused before one byte is read
  if (Number.isFinite(declared) && declared > limits.files * limits.fileSize + 1024 * 1024) {
    return Promise.reject(tooLargeError(limits.fileSize));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // browsers send UTF-8 file names; busboy's default would read them as latin1
      defParamCharset: 'utf8',
      // highWaterMark/fileHwm stay at the 16 KiB defaults on purpose: with 256 KiB the parser took
      // in far more of a fast socket before pausing it, so each event-loop turn hashed and wrote
      // more, and the p99 event-loop lag of 50 concurrent uploads (bench B1) went from 30 to 77 ms
      limits: { fileSize: limits.fileSize, files: limits.files, fields: 20, fieldSize: 4096, parts: limits.files + 20 },
    });
  } catch {
    return Promise.reject(new AppError(ErrorCode.VALIDATION_FAILED, '上传请求格式不正确', { reason: 'BAD_MULTIPART' }));
  }

  return new Promise<number>((resolve, reject) => {
    let count = 0;
    let failed = false;
    let chain: Promise<void> = Promise.resolve();

    let active: Readable | null = null;

    // settles only after the file being handled has cleaned up (its temporary copy removed)
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      parser.removeAllListeners('file');
      if (active && !active.destroyed) active.destroy(error instanceof Error ? error : undefined);
      void chain.then(() => reject(error));
    };

    parser.on('file', (fieldName, stream, info) => {
      if (failed) {
        stream.resume();
        return;
      }
      count += 1;
      // a file stream fails only through fail() below (or busboy's own 'error'), which rejects the
      // request; between its consumers (head sniffing, then storage) it must not crash the process
      stream.on('error', () => undefined);
      stream.once('limit', () => {
        const error = tooLargeError(limits.fileSize);
        stream.destroy(error);
        fail(error);
      });
      const file: IncomingFile = { fieldName, fileName: info.filename ?? '', stream };
      chain = chain
        .then(async () => {
          if (failed) return void stream.resume();
          active = stream;
          try {
            await onFile(file);
          } finally {
            active = null;
          }
        })
        .catch(fail);
    });
    parser.on('filesLimit', () =>
      fail(
        new AppError(ErrorCode.FILE_REJECTED, `一次最多上传${limits.files}个文件`, {
          reason: 'TOO_MANY_FILES',
          limitFiles: limits.files,
        }),
      ),
    );
    parser.on('partsLimit', () =>
      fail(new AppError(ErrorCode.VALIDATION_FAILED, '上传请求包含的内容过多', { reason: 'TOO_MANY_PARTS' })),
    );
    parser.on('error', () => fail(new AppError(ErrorCode.VALIDATION_FAILED, '上传请求格式不正确', { reason: 'BAD_MULTIPART' })));
    parser.on('close', () => {
      void chain.then(() => {
        if (!failed) resolve(count);
      });
    });
    req.on('aborted', () => fail(new AppError(ErrorCode.VALIDATION_FAILED, '上传已中断', { reason: 'ABORTED' })));
    req.pipe(parser);
  });
}

/**
 * Reads the first `bytes` of a stream (fewer if it ends first) and puts them back with
 * `unshift`, so the head can be checked before anything is stored and `body` is the same stream,
 * whole: no replaying wrapper stream, no promise per chunk for the rest of the file (a stream that
 * ends within `bytes` is handed on as a new stream of what was read).
 */
export async function splitHead(stream: Readable, bytes: number): Promise<{ head: Buffer; body: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      length += chunk.length;
      continue;
    }
    if (!(await moreToRead(stream))) {
      ended = true;
      break;
    }
  }
  const buffered = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  const head = buffered.subarray(0, bytes);
  // a stream that has ended cannot take data back: a small file is replayed from memory
  if (ended) return { head, body: Readable.from(length > 0 ? [buffered] : [], { objectMode: false }) };
  if (length > 0) stream.unshift(buffered);
  return { head, body: stream };
}

/** Waits until `stream` has data to read (true) or has ended (false); rejects when it fails. */
function moreToRead(stream: Readable): Promise<boolean> {
  if (stream.readableEnded) return Promise.resolve(false);
  if (stream.errored) return Promise.reject(stream.errored);
  if (stream.destroyed) return Promise.reject(new Error('stream destroyed before it ended'));
  return new Promise<boolean>((resolve, reject) => {
    const settle = (outcome: () => void) => () => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      outcome();
    };
    const onReadable = settle(() => resolve(true));
    const onEnd = settle(() => resolve(false));
    const onError = (error: Error) => settle(() => reject(error))();
    const onClose = settle(() =>
      stream.readableEnded ? resolve(false) : reject(stream.errored ?? new Error('stream closed before it ended')),
    );
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/**
 * For an answer sent before the request body was read (a refused upload): the rest of the body
 * is discarded, never parsed or stored, and the connection is cut after `lingerMs` if the client
 * keeps sending. The short linger lets the client read the answer first; closing at once would
 * reset the connection and many clients would lose the error response.
 */
export function abandonRequestBody(req: Request, res: Response, lingerMs = 1000): void {
  if (req.complete) return;
  res.once('finish', () => {
    if (req.complete) return;
    const timer = setTimeout(() => req.socket.destroy(), lingerMs);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    req.resume();
  });
}
