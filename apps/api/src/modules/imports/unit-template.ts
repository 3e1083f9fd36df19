import ExcelJS from 'exceljs';
import { kindDropdown, UNIT_IMPORT_MAX_ROWS, unitColumns, unitExampleRow } from './unit-import.columns';

export const UNIT_TEMPLATE_SHEET = '单位';

interface WithDataValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * The downloadable 单位导入模板: headers with notes, every column formatted as text (so codes like
 * 001 and phone numbers keep their leading zeros), a dropdown for 单位类型, one example row in
 * grey, and a 填写说明 sheet.
 */
export async function buildUnitTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GovTrust 政务诚信监测评估平台';
  const sheet = workbook.addWorksheet(UNIT_TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = unitColumns.map((c) => ({ key: c.key, width: c.width, style: { numFmt: '@' } }));

  const header = sheet.getRow(1);
  unitColumns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = { bold: true, color: { argb: column.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  header.height = 22;

  const example = sheet.getRow(2);
  unitColumns.forEach((column, index) => {
    const cell = example.getCell(index + 1);
    cell.value = unitExampleRow[column.key];
    cell.font = { italic: true, color: { argb: 'FF808080' } };
  });

  const kindColumn = String.fromCharCode(65 + unitColumns.findIndex((c) => c.key === 'kind'));
  (sheet as unknown as WithDataValidations).dataValidations.add(`${kindColumn}2:${kindColumn}${UNIT_IMPORT_MAX_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${kindDropdown.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '单位类型',
    error: '请从下拉列表中选择：自治区、盟市、旗县、乡镇、部门',
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 18 }, { width: 80 }];
  help.addRow(['列名', '填写要求']).font = { bold: true };
  for (const column of unitColumns) help.addRow([column.header, column.note]);
  help.addRow([]);
  help.addRow(['说明', `每个文件最多${UNIT_IMPORT_MAX_ROWS}行；不要使用公式，公式单元格会被拒绝。`]);
  help.addRow(['说明', '第2行为示例，原样保留时导入会自动忽略，可直接覆盖为实际数据。']);
  help.addRow(['说明', '文件中任何一行有错误时，整个文件都不会导入；请按错误提示修改后重新上传。']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
