/** Picks the reader by file extension. */
import type { IndicatorSystem } from '../model';
import { UserError } from './errors';
import type { InputRecord, ReadOptions } from './input-record';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readXlsx } from './read-xlsx';

export async function readInput(path: string, system: IndicatorSystem, options: ReadOptions): Promise<InputRecord[]> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(path, system, options);
  if (lower.endsWith('.xlsx')) return readXlsx(path, system, options);
  if (lower.endsWith('.json')) return readJson(path, system, options);
  if (lower.endsWith('.xls')) throw new UserError(`不支持旧版 .xls 文件：${path}，请在 Excel 中另存为 .xlsx`);
  throw new UserError(`不支持的输入文件类型：${path}（可用：.csv、.xlsx、.json）`);
}
