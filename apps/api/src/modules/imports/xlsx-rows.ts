import ExcelJS from 'exceljs';

/** One problem in an import file; `row` is the Excel row number (1 = header row). */
export interface ImportProblem {
  row: number;
  /** the column's Chinese header, e.g. 单位编码 */
  column: string;
  message: string;
}

export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  required?: boolean;
}

export interface SheetRow<K extends string> {
  row: number;
  values: Record<K, string>;
  /** columns whose cell was already reported (formula, error value); their value reads as empty */
  reported: ReadonlySet<K>;
}

export type SheetReadResult<K extends string> =
  | { ok: true; rows: SheetRow<K>[]; problems: ImportProblem[] }
  | { ok: false; reason: 'NOT_XLSX' | 'NO_SHEET' | 'TOO_MANY_ROWS'; message: string };

export function rowProblem(row: number, column: string, text: string): ImportProblem {
  return { row, column, message: `第${row}行「${column}」${text}` };
}

/** Header text as typed by people: `*单位编码（必填）` and `单位编码 ` both mean 单位编码. */
function normaliseHeader(raw: string): string {
  return raw
    .replace(/[（(]\s*(必填|选填|可选)\s*[)）]/g, '')
    .replace(/[*＊\s]/g, '')
    .trim();
}

type CellText = { kind: 'text'; text: string } | { kind: 'formula' } | { kind: 'error'; error: string };

/**
 * What a cell holds, as text. Formulas are never evaluated, and their cached results are not
 * trusted either (a result is whatever the last program that saved the file wrote there): a
 * formula cell is reported. Text that starts with = + - @ is kept as typed.
 */
export function cellText(cell: ExcelJS.Cell): CellText {
  if (cell.type === ExcelJS.ValueType.Formula) return { kind: 'formula' };
  const value = cell.value;
  if (value === null || value === undefined) return { kind: 'text', text: '' };
  if (typeof value === 'string') return { kind: 'text', text: value.trim() };
  if (typeof value === 'number') return { kind: 'text', text: Number.isFinite(value) ? String(value) : '' };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? '是' : '否' };
  if (value instanceof Date) return { kind: 'text', text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((part) => part.text).join('').trim() };
  if ('text' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return { kind: 'text', text: text.trim() };
    if (text && typeof text === 'object' && 'richText' in text) {
      return { kind: 'text', text: (text as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('').trim() };
    }
  }
  return { kind: 'text', text: '' };
}

/**
 * Reads the first sheet (or the one named `sheetName`) of an .xlsx as text rows keyed by column:
 * row 1 names the columns by their Chinese headers (any order), empty rows are skipped, at most
 * `maxRows` data rows. Missing required headers, formula cells and error cells become problems.
 */
export async function readSheetRows<K extends string>(
  buffer: Buffer,
  columns: readonly SheetColumn<K>[],
  { sheetName, maxRows }: { sheetName?: string; maxRows: number },
): Promise<SheetReadResult<K>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'NOT_XLSX', message: '无法读取该 Excel 文件，请使用 .xlsx 格式另存后重新上传' };
  }
  const sheet = (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: 'NO_SHEET', message: 'Excel 文件中没有工作表' };

  const problems: ImportProblem[] = [];
  const byHeader = new Map(columns.map((c) => [c.header, c]));
  const positions = new Map<K, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell);
    if (text.kind !== 'text') return;
    const column = byHeader.get(normaliseHeader(text.text));
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.key)) {
      problems.push({ row: 1, column: column.header, message: `第1行缺少「${column.header}」列，请使用导入模板` });
    }
  }
  if (problems.length > 0) return { ok: true, rows: [], problems };

  const rows: SheetRow<K>[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const values = {} as Record<K, string>;
    const reported = new Set<K>();
    let filled = false;
    for (const column of columns) {
      const col = positions.get(column.key);
      const text = col === undefined ? { kind: 'text' as const, text: '' } : cellText(row.getCell(col));
      if (text.kind === 'formula') {
        problems.push(rowProblem(rowNumber, column.header, '是公式，导入只接受直接输入的值，请将公式单元格复制后“粘贴为数值”'));
        values[column.key] = '';
        reported.add(column.key);
        filled = true;
      } else if (text.kind === 'error') {
        problems.push(rowProblem(rowNumber, column.header, `包含错误值 ${text.error}`));
        values[column.key] = '';
        reported.add(column.key);
        filled = true;
      } else {
        values[column.key] = text.text;
        if (text.text !== '') filled = true;
      }
    }
    if (!filled) return;
    if (rows.length >= maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ row: rowNumber, values, reported });
  });
  if (tooMany) {
    return { ok: false, reason: 'TOO_MANY_ROWS', message: `一次最多导入${maxRows}行，请拆分文件后分批导入` };
  }
  return { ok: true, rows, problems };
}
