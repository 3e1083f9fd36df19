import { miniSampleRows, miniSystem } from './__fixtures__/mini-system';
import { buildColumns } from './columns';
import { UserError } from './errors';
import type { RawCell } from './input-record';
import { readTable } from './read-table';

const headers = buildColumns(miniSystem).map((c) => c.header);
const keys = buildColumns(miniSystem).map((c) => c.key);

function errorOf(rows: RawCell[][]): UserError {
  try {
    readTable(rows, miniSystem);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('readTable', () => {
  it('reads the header scheme with and without the key row to the same submissions', () => {
    const withKeys = readTable([headers, keys, ...miniSampleRows], miniSystem);
    const withoutKeys = readTable([headers, ...miniSampleRows], miniSystem);
    expect(withKeys.map((r) => r.submission)).toEqual(withoutKeys.map((r) => r.submission));
    expect(withKeys.map((r) => r.rowLabel)).toEqual(['第3行', '第4行', '第5行']);
    const u3 = withKeys[2]?.submission;
    expect(u3).toEqual({
      unit: { id: 'U3', name: '丙县（示范区）', kind: 'COUNTY', classes: ['A'] },
      values: { sgs: { numerator: '97', denominator: '100' }, dishonest: '1', systems: [], commitment: true, level: 'B' },
    });
    // the choice field does not apply to a unit without class A, so it is not read
    expect(withKeys[0]?.submission.values).not.toHaveProperty('level');
  });

  it('trusts the key row over edited header text', () => {
    const edited = headers.map((h) => (h === '失信被执行人数量' ? '失信数（改过的表头）' : h));
    const records = readTable([edited, keys, ...miniSampleRows], miniSystem);
    expect(records[0]?.submission.values.dishonest).toBe('2');
  });

  it('matches hand-typed headers regardless of spaces, bracket width and dash kind', () => {
    const typed = headers.map((h) => h.replace('（', '(').replace('）', ')').replace('-', ' － '));
    expect(typed).toContain('合规率 － 入库数据量');
    expect(readTable([typed, ...miniSampleRows], miniSystem)).toHaveLength(3);
  });

  it('names the missing column', () => {
    const drop = headers.indexOf('合规率-上报数据量');
    const rows = [headers, ...miniSampleRows].map((row) => row.filter((_, i) => i !== drop));
    const error = errorOf(rows);
    expect(error.details).toContain('第1行：缺少列「合规率-上报数据量」');
  });

  it('names row and column of a non-numeric cell and of a formula-looking cell', () => {
    const rows = [headers, ...miniSampleRows.map((r) => [...r])];
    (rows[1] as string[])[6] = '两起';
    (rows[2] as string[])[4] = '=1+1';
    const error = errorOf(rows);
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^第2行「失信被执行人数量」：必须是数字/),
        expect.stringMatching(/^第3行「合规率-入库数据量」：必须是数字.*公式/),
      ]),
    );
  });

  it('refuses an unknown unit kind and a kind the system does not evaluate', () => {
    const rows = [headers, ...miniSampleRows.map((r) => [...r])];
    (rows[1] as string[])[2] = '火星';
    (rows[2] as string[])[2] = '部门';
    const error = errorOf(rows);
    expect(error.details[0]).toMatch(/^第2行「单位类型」：无法识别单位类型“火星”/);
    expect(error.details[1]).toMatch(/^第3行「单位类型」：该指标体系不评价“部门”/);
  });

  it('refuses a duplicate unit id and an unknown unit class', () => {
    const rows = [headers, ...miniSampleRows.map((r) => [...r])];
    (rows[2] as string[])[0] = 'U2';
    (rows[3] as string[])[3] = 'Z';
    const error = errorOf(rows);
    expect(error.details).toEqual([
      '第3行「单位编码」：单位编码“U2”与第2行重复',
      expect.stringMatching(/^第4行「单位类别」：无法识别单位类别“Z”/),
    ]);
  });

  it('wants both parts of a rate', () => {
    const rows = [headers, ...miniSampleRows.map((r) => [...r])];
    (rows[1] as string[])[5] = '';
    expect(errorOf(rows).details).toEqual(['第2行「合规率-上报数据量」：必填（分子和分母须同时填写）']);
  });

  it('reports an empty sheet and a sheet with only headers', () => {
    expect(errorOf([]).message).toContain('文件为空');
    expect(errorOf([headers, keys, ['', '']]).message).toContain('没有任何单位数据');
  });

  it('skips blank rows but keeps spreadsheet row numbers', () => {
    const records = readTable([headers, [], ...miniSampleRows], miniSystem);
    expect(records.map((r) => r.rowLabel)).toEqual(['第3行', '第4行', '第5行']);
  });
});

describe('readTable exemptions', () => {
  it('takes text in a 免责说明 column as an exemption and then does not need the exempted inputs', () => {
    const rows = miniSampleRows.map((r) => [...r]);
    const row = rows[0] as string[];
    row[4] = '';
    row[5] = '';
    row[11] = '本单位无行政处罚职能';
    const records = readTable([headers, keys, ...rows], miniSystem);
    expect(records[0]?.submission.exemptions).toEqual({ 'C1.1': '本单位无行政处罚职能' });
    expect(records[0]?.submission.values).not.toHaveProperty('sgs');
    expect(records[1]?.submission).not.toHaveProperty('exemptions');
  });

  it('does not require the optional 免责说明 column', () => {
    const drop = headers.indexOf('免责说明-双公示合规率');
    const records = readTable([headers, ...miniSampleRows].map((row) => row.filter((_, i) => i !== drop)), miniSystem);
    expect(records).toHaveLength(3);
  });
});
