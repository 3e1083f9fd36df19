/** CSV input (UTF-8, with or without BOM) in the header scheme of columns.ts. */
import { parse } from 'csv-parse/sync';
import type { IndicatorSystem } from '../model';
import { UserError } from './errors';
import type { InputRecord, ReadOptions } from './input-record';
import { decodeUtf8, readInputBytes } from './read-file';
import { readTable } from './read-table';

export function parseCsvText(text: string): string[][] {
  try {
    // Cells stay text: "=1+1" is never evaluated, and the column's type decides what it may hold.
    return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new UserError(`CSV 格式错误${lines ? `（第${lines}行附近）` : ''}：${(error as Error).message}`);
  }
}

export function readCsv(path: string, system: IndicatorSystem, options: ReadOptions = {}): InputRecord[] {
  const text = decodeUtf8(readInputBytes(path), path);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new UserError(`文件为空：${path}`);
  return readTable(parseCsvText(text), system, options);
}
