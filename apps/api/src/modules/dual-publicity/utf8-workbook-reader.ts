import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/**
 * Decodes a byte stream to text with a StringDecoder, which carries a character whose UTF-8 bytes
 * straddle two chunks over to the next chunk.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new XlsxTooLarge();
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** An entry of the file inflates past its budget: a zip bomb, or far more than a 双公示 file. */
export class XlsxTooLarge extends Error {
  constructor() {
    super('xlsx entry too large');
  }
}

/**
 * Inflated bytes the reader accepts. A million records written as inline strings are about 400 MB
 * of sheet XML; shared strings are held in memory, so their budget is what fits the 400 MB process.
 */
export interface XlsxLimits {
  maxSheetBytes: number;
  maxSharedStringsBytes: number;
}
export const XLSX_LIMITS: XlsxLimits = { maxSheetBytes: 1024 * 1024 * 1024, maxSharedStringsBytes: 64 * 1024 * 1024 };

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: SharedStringsEntry): AsyncGenerator<unknown>;
}

type SharedStringsEntry = Readable & AsyncIterable<Buffer | string>;

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * exceljs 4.4's streaming reader decodes every inflated zip chunk to text on its own
 * (lib/utils/parse-sax.js: `bufferToString(chunk)`), so a Chinese character cut by a chunk boundary
 * becomes U+FFFD (入库 → ��库, about one row in 5,000 of a 双公示 file). Its SAX step passes
 * strings through untouched, so this reader hands it text already decoded across chunk boundaries:
 * the worksheets through decodeUtf8, the shared strings through the entry stream's own decoder.
 * Both count what they inflate against XLSX_LIMITS, so a zip bomb is refused, not parsed for hours.
 * A subclass rather than a patch of exceljs's module cache, so it works whatever loaded exceljs first.
 */
export class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(
    input: string,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
    private readonly limits: XlsxLimits = XLSX_LIMITS,
  ) {
    super(input, options);
  }

  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return base._parseWorksheet.call(this, decodeUtf8(iterator, this.limits.maxSheetBytes), sheetNo);
  }

  _parseSharedStrings(entry: SharedStringsEntry): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    let total = 0;
    entry.on('data', (text: string) => {
      total += text.length;
      if (total > this.limits.maxSharedStringsBytes) entry.destroy(new XlsxTooLarge());
    });
    return base._parseSharedStrings.call(this, entry);
  }
}

/**
 * Streams the rows of the first worksheet to `onRow(rowNumber, values)`; `values` is exceljs's
 * row.values (index 1 = column A). Only one row is held at a time.
 */
export async function readFirstSheet(
  file: string,
  onRow: (row: number, values: readonly unknown[]) => boolean | void,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<void> {
  const reader = new Utf8WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' }, limits);
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (onRow(row.number, row.values as unknown[]) === false) return;
      }
      // the first worksheet only: a second sheet (notes, a pivot) is not records
      return;
    }
  } finally {
    // leaving early must not leave the file open
    (reader as unknown as { stream?: { destroy?: () => void } }).stream?.destroy?.();
  }
}
