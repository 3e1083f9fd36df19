import type ExcelJS from 'exceljs';
import { safeCell, type CellValue } from './safe-cell';

export type Grade = 'RED' | 'BLUE' | 'YELLOW';

/** 红名单 / 蓝名单 / 黄名单 cell fills (light tints, so the text stays readable when printed). */
export const gradeFills: Record<Grade, string> = { RED: 'FFFFC7CE', BLUE: 'FFBDD7EE', YELLOW: 'FFFFEB9C' };
export const gradeNames: Record<Grade, string> = { RED: '红名单', BLUE: '蓝名单', YELLOW: '黄名单' };

export function isGrade(value: unknown): value is Grade {
  return value === 'RED' || value === 'BLUE' || value === 'YELLOW';
}

export interface ColumnSpec<T> {
  header: string;
  /** characters */
  width: number;
  value: (row: T) => CellValue;
  /** e.g. '0.00' for points, '0.00%' for rates */
  numFmt?: string;
  /** the grade whose colour fills this cell */
  grade?: (row: T) => Grade | null;
}

const HEADER_FILL = 'FFD9E1F2';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * One sheet of an export: a merged title row (period label and subject), a bold header row frozen
 * with the title, then one row per item, each committed at once so a streaming workbook holds no
 * more than a row in memory. Every value passes through safeCell. `onRow` follows the rows
 * written, for an export job's progress.
 */
export async function writeTableSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  columns: ReadonlyArray<ColumnSpec<T>>,
  rows: Iterable<T> | AsyncIterable<T>,
  onRow?: () => void,
): Promise<void> {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const titleRow = sheet.addRow([safeCell(title)]);
  titleRow.height = 24;
  titleRow.getCell(1).font = { name: '宋体', size: 14, bold: true };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(1, 1, 1, columns.length);
  titleRow.commit();

  const header = sheet.addRow(columns.map((c) => safeCell(c.header)));
  header.eachCell((cell) => {
    cell.font = { name: '宋体', bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  header.commit();

  for await (const item of rows) {
    const row = sheet.addRow(columns.map((c) => safeCell(c.value(item))));
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = border;
      if (c.numFmt) cell.numFmt = c.numFmt;
      const grade = c.grade?.(item);
      if (grade) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: gradeFills[grade] } };
    });
    row.commit();
    onRow?.();
  }
  sheet.commit();
}
