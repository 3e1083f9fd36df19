import ExcelJS from 'exceljs';
import { readSheetRows } from './xlsx-rows';

const columns = [
  { key: 'code', header: '单位编码', required: true },
  { key: 'name', header: '单位名称', required: true },
  { key: 'phone', header: '联系电话' },
] as const;

async function workbookWith(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readSheetRows', () => {
  it('finds columns by header text in any order and reads every value kind as text', async () => {
    const buffer = await workbookWith([
      ['联系电话', ' *单位编码（必填） ', '单位名称', '备注'],
      [13800000000, 'A-1', { richText: [{ text: '甲' }, { text: '局' }] }, { formula: '1+1', result: 2 }],
      [],
      ['0470-1', { text: 'B-2', hyperlink: 'https://example.com' }, '@乙局', null],
    ]);
    const result = await readSheetRows(buffer, columns, { maxRows: 10 });
    expect(result).toEqual({
      ok: true,
      problems: [],
      rows: [
        { row: 2, values: { code: 'A-1', name: '甲局', phone: '13800000000' }, reported: new Set() },
        { row: 4, values: { code: 'B-2', name: '@乙局', phone: '0470-1' }, reported: new Set() },
      ],
    });
  });

  it('reports formula and error cells in mapped columns and missing required headers', async () => {
    const formula = await workbookWith([
      ['单位编码', '单位名称'],
      ['A-1', { formula: 'UPPER("x")', result: 'X' }],
      ['A-2', { error: '#REF!' }],
    ]);
    const result = await readSheetRows(formula, columns, { maxRows: 10 });
    expect(result.ok && result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^第2行「单位名称」是公式/),
      '第3行「单位名称」包含错误值 #REF!',
    ]);
    const noHeader = await readSheetRows(await workbookWith([['单位编码'], ['A-1']]), columns, { maxRows: 10 });
    expect(noHeader.ok && noHeader.problems).toEqual([
      { row: 1, column: '单位名称', message: '第1行缺少「单位名称」列，请使用导入模板' },
    ]);
  });

  it('refuses more data rows than allowed and bytes that are not a workbook', async () => {
    const many = await workbookWith([['单位编码', '单位名称'], ['A', 'a'], ['B', 'b'], ['C', 'c']]);
    expect(await readSheetRows(many, columns, { maxRows: 2 })).toMatchObject({ ok: false, reason: 'TOO_MANY_ROWS' });
    expect(await readSheetRows(Buffer.from('not a zip'), columns, { maxRows: 2 })).toMatchObject({
      ok: false,
      reason: 'NOT_XLSX',
    });
  });
});
