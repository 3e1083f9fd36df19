import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

export type TextEncoding = 'UTF-8' | 'GB18030';

/**
 * UTF-8 (with or without a BOM) unless the file's first 64 KB are not valid UTF-8, which is what
 * Excel's “CSV” save gives on a Chinese Windows (GBK, read here as its superset GB18030).
 */
export async function detectEncoding(file: string): Promise<TextEncoding> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    try {
      // stream: a character cut at the end of the sample is not an error
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, bytesRead), { stream: true });
      return 'UTF-8';
    } catch {
      return 'GB18030';
    }
  } finally {
    await handle.close();
  }
}

/** Text chunks of the file; a character whose bytes straddle two reads is carried over, not broken. */
function textStream(file: string, encoding: TextEncoding, highWaterMark: number): Readable {
  if (encoding === 'UTF-8') return createReadStream(file, { encoding: 'utf8', highWaterMark });
  const decoder = new TextDecoder('gb18030');
  async function* decode() {
    for await (const chunk of createReadStream(file, { highWaterMark }) as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }
  return Readable.from(decode());
}

/**
 * Splits one CSV record (RFC 4180 quoting) into `out`; returns false when a quoted field is still
 * open at the end of the text (the record continues on the next line).
 */
export function splitCsvRecord(text: string, out: string[]): boolean {
  out.length = 0;
  if (!text.includes('"')) {
    let start = 0;
    for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', start)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
    out.push(text.slice(start));
    return true;
  }
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return !quoted;
}

/** A line, or a record spanning lines (a quoted field with line breaks), longer than this is refused. */
export const MAX_RECORD_CHARS = 64 * 1024;

export interface CsvReadOptions {
  encoding: TextEncoding;
  /** bytes per read; tests make it tiny to cut characters across reads */
  highWaterMark?: number;
}

export type CsvReadResult = { ok: true } | { ok: false; line: number; reason: 'UNCLOSED_QUOTE' | 'LINE_TOO_LONG' };

/**
 * Streams the records of a CSV file to `onRecord(lineNumber, fields)` (the first line is the
 * header, line 1; `fields` is reused between calls; returning false stops). Holds one read chunk
 * and one record at a time: a line longer than MAX_RECORD_CHARS (a file with no line breaks, a
 * stray quote pulling the rest of the file into one field) is refused, never buffered whole.
 */
export async function readCsv(
  file: string,
  options: CsvReadOptions,
  onRecord: (line: number, fields: string[]) => boolean | void,
): Promise<CsvReadResult> {
  const fields: string[] = [];
  let line = 0;
  let pending: string | null = null;
  let pendingLine = 0;
  let rest = '';
  let stopped = false;

  /** One physical line (without its line break); false when reading should stop. */
  const take = (raw: string): CsvReadResult | boolean => {
    line++;
    let text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (pending !== null) text = `${pending}\n${text}`;
    else pendingLine = line;
    if (!splitCsvRecord(text, fields)) {
      if (text.length > MAX_RECORD_CHARS) return { ok: false, line: pendingLine, reason: 'UNCLOSED_QUOTE' };
      pending = text;
      return true;
    }
    pending = null;
    return onRecord(pendingLine, fields) !== false;
  };

  const stream = textStream(file, options.encoding, options.highWaterMark ?? 1 << 20);
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = rest.length > 0 ? rest + chunk : chunk;
      let start = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
        const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        const taken = take(text.slice(start, end));
        start = i + 1;
        if (taken !== true) {
          if (taken === false) stopped = true;
          else return taken;
          break;
        }
      }
      if (stopped) break;
      rest = text.slice(start);
      if (rest.length > MAX_RECORD_CHARS) return { ok: false, line: line + 1, reason: 'LINE_TOO_LONG' };
    }
    if (!stopped && rest.length > 0) {
      const taken = take(rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest);
      if (taken !== true && taken !== false) return taken;
    }
  } finally {
    stream.destroy();
  }
  return pending === null || stopped ? { ok: true } : { ok: false, line: pendingLine, reason: 'UNCLOSED_QUOTE' };
}
