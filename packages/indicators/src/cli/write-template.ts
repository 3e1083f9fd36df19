/**
 * The input template for an indicator system (header scheme in columns.ts): XLSX with a 填报
 * sheet (row 1 headers, row 2 field keys, drop-downs for 是/否, options and unit kinds) and a
 * 填写说明 sheet; or CSV in UTF-8 with BOM so Excel opens it without mojibake.
 */
import ExcelJS from 'exceljs';
import type { IndicatorSystem } from '../model';
import { buildColumns, columnHint, type Column } from './columns';
import { isNumericColumn } from './sample-rows';
import { FIRST_DATA_ROW, GUIDE_SHEET_NAME, INPUT_SHEET_NAME, TEMPLATE_ROWS } from './template-layout';
import { unitKindLabel } from './unit-kinds';

const BOM = '\uFEFF';

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function templateCsv(system: IndicatorSystem, rows: string[][] = []): string {
  const columns = buildColumns(system);
  const lines = [columns.map((c) => c.header), columns.map((c) => c.key), ...rows];
  return BOM + lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A drop-down list for the column, when its values are a short fixed set. */
function listOf(column: Column, system: IndicatorSystem): string[] | undefined {
  const target = column.target;
  if (target.kind === 'unitKind') return system.unitKinds.map(unitKindLabel);
  if (target.kind === 'option') return ['是', '否'];
  if (target.kind === 'value' && target.field.type === 'boolean') return ['是', '否'];
  if (target.kind === 'value' && target.field.type === 'choice') return target.field.options.map((o) => o.code);
  return undefined;
}

function columnLetter(index: number): string {
  let letter = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** `rows` pre-fill the data rows (the preset's sample), numbers stored as Excel numbers. */
export function templateWorkbook(system: IndicatorSystem, rows: string[][] = []): ExcelJS.Workbook {
  const columns = buildColumns(system);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govtrust-score';
  const sheet = workbook.addWorksheet(INPUT_SHEET_NAME);
  sheet.addRow(columns.map((c) => c.header));
  sheet.addRow(columns.map((c) => c.key));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };
  rows.forEach((row, index) => {
    sheet.getRow(FIRST_DATA_ROW + index).values = row.map((cell, column) => {
      const spec = columns[column];
      return spec && isNumericColumn(spec) && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1, xSplit: 2 }];
  // unit codes such as 001 must stay text, or Excel drops the leading zeros
  sheet.getColumn(1).numFmt = '@';
  columns.forEach((column, index) => {
    const letter = columnLetter(index + 1);
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, column.header.length * 2 + 2));
    sheet.getCell(`${letter}2`).note = '字段键，供程序识别列，请勿修改';
    const list = listOf(column, system);
    if (!list) return;
    for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + TEMPLATE_ROWS; row += 1) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
      };
    }
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET_NAME);
  guide.addRow(['列名', '字段键', '填写要求', '说明']);
  guide.getRow(1).font = { bold: true };
  for (const column of columns) {
    const target = column.target;
    const help = 'field' in target ? (target.field.help ?? '') : '';
    guide.addRow([column.header, column.key, columnHint(column, system), help]);
  }
  guide.addRow([]);
  guide.addRow([`指标体系：${system.name}（${system.id} 第${system.version}版），来源：${system.source.title}`]);
  guide.addRow(['第2行是字段键，请勿修改或删除；数据从第3行开始填写。比率请分别填写分子和分母，不要填写百分比。']);
  guide.getColumn(1).width = 36;
  guide.getColumn(2).width = 28;
  guide.getColumn(3).width = 48;
  guide.getColumn(4).width = 48;
  return workbook;
}

export async function templateXlsxBuffer(system: IndicatorSystem, rows: string[][] = []): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(system, rows).xlsx.writeBuffer());
}
