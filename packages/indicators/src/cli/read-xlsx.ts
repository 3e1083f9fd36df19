/** XLSX input: the sheet 填报 (the template's) or else the first sheet, header scheme of columns.ts. */
import ExcelJS from 'exceljs';
import type { IndicatorSystem } from '../model';
import { UserError } from './errors';
import type { InputRecord, RawCell, ReadOptions } from './input-record';
import { readInputBytes } from './read-file';
import { readTable } from './read-table';
import { INPUT_SHEET_NAME } from './template-layout';

function rawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { formula: String(formula) };
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

export function worksheetRows(sheet: ExcelJS.Worksheet): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: RawCell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(rawCell(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

export async function readXlsx(path: string, system: IndicatorSystem, options: ReadOptions = {}): Promise<InputRecord[]> {
  const bytes = readInputBytes(path);
  if (bytes.length === 0) throw new UserError(`文件为空：${path}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`无法读取 Excel 文件：${path}（文件已损坏或不是 .xlsx 格式）`);
  }
  const sheet = workbook.getWorksheet(INPUT_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw new UserError(`Excel 文件中没有工作表：${path}`);
  return readTable(worksheetRows(sheet), system, options);
}
