import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** total bytes of all entries once inflated */
  maxUncompressedBytes: number;
  maxEntries: number;
}

/** An .xlsx of 5,000 rows inflates to a few MB; far more than that is a zip bomb, not a unit list. */
export const XLSX_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 64 * 1024 * 1024, maxEntries: 2_000 };

export type ZipProblem = 'NOT_A_ZIP' | 'ZIP64' | 'ENCRYPTED' | 'UNSUPPORTED_COMPRESSION' | 'TOO_MANY_ENTRIES' | 'TOO_LARGE' | 'CORRUPT';

export type ZipCheck = { ok: true; entries: number; uncompressedBytes: number } | { ok: false; problem: ZipProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Walks a zip's central directory and really inflates every entry against a byte budget, before a
 * spreadsheet library (which would inflate everything in memory) ever sees the file. Sizes declared
 * in the headers are not trusted: inflation stops one byte past the budget, and an entry whose real
 * size differs from its declared size is refused.
 */
export function checkZip(buffer: Buffer, limits: ZipLimits = XLSX_ZIP_LIMITS): ZipCheck {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return { ok: false, problem: 'NOT_A_ZIP' };
  const entryCount = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    return { ok: false, problem: 'ZIP64' };
  }
  if (entryCount > limits.maxEntries) return { ok: false, problem: 'TOO_MANY_ENTRIES' };
  if (directoryOffset + directorySize > eocd) return { ok: false, problem: 'CORRUPT' };

  let budget = limits.maxUncompressedBytes;
  let offset = directoryOffset;
  try {
    for (let i = 0; i < entryCount; i += 1) {
      if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) return { ok: false, problem: 'CORRUPT' };
      const flags = buffer.readUInt16LE(offset + 8);
      const method = buffer.readUInt16LE(offset + 10);
      const compressedSize = buffer.readUInt32LE(offset + 20);
      const declaredSize = buffer.readUInt32LE(offset + 24);
      const nameLength = buffer.readUInt16LE(offset + 28);
      const extraLength = buffer.readUInt16LE(offset + 30);
      const commentLength = buffer.readUInt16LE(offset + 32);
      const localOffset = buffer.readUInt32LE(offset + 42);
      offset += 46 + nameLength + extraLength + commentLength;

      if (flags & 0x1) return { ok: false, problem: 'ENCRYPTED' };
      if (compressedSize === 0xffffffff || declaredSize === 0xffffffff) return { ok: false, problem: 'ZIP64' };
      if (declaredSize > budget) return { ok: false, problem: 'TOO_LARGE' };
      if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL) {
        return { ok: false, problem: 'CORRUPT' };
      }
      const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
      if (dataStart + compressedSize > buffer.length) return { ok: false, problem: 'CORRUPT' };
      const data = buffer.subarray(dataStart, dataStart + compressedSize);

      let actualSize: number;
      if (method === 0) actualSize = data.length;
      else if (method === 8) actualSize = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
      else return { ok: false, problem: 'UNSUPPORTED_COMPRESSION' };
      if (actualSize > budget) return { ok: false, problem: 'TOO_LARGE' };
      if (actualSize !== declaredSize) return { ok: false, problem: 'CORRUPT' };
      budget -= actualSize;
    }
  } catch (error) {
    // zlib refuses output past maxOutputLength with a RangeError; anything else is a broken stream
    return { ok: false, problem: (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'TOO_LARGE' : 'CORRUPT' };
  }
  return { ok: true, entries: entryCount, uncompressedBytes: limits.maxUncompressedBytes - budget };
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the very end
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i -= 1) {
    if (buffer.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
