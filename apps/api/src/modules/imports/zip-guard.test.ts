import ExcelJS from 'exceljs';
import { buildZip } from '../../../test/utils/zip-builder';
import { checkZip } from './zip-guard';

const limits = { maxUncompressedBytes: 1024 * 1024, maxEntries: 10 };

describe('checkZip', () => {
  it('accepts a real workbook and a small hand-made zip', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('单位').addRow(['单位编码', '单位名称']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(checkZip(xlsx)).toMatchObject({ ok: true });
    const zip = buildZip([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'b.txt', data: Buffer.from('stored'), method: 0 },
    ]);
    expect(checkZip(zip, limits)).toEqual({ ok: true, entries: 2, uncompressedBytes: 11 });
  });

  it('refuses a bomb even when its headers lie about the size', () => {
    const zeros = Buffer.alloc(2 * 1024 * 1024);
    expect(checkZip(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]), limits)).toEqual({
      ok: false,
      problem: 'TOO_LARGE',
    });
    expect(
      checkZip(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 100 }]), limits),
    ).toEqual({ ok: false, problem: 'TOO_LARGE' });
    const half = Buffer.alloc(600 * 1024);
    expect(checkZip(buildZip([{ name: 'a', data: half }, { name: 'b', data: half }]), limits)).toEqual({
      ok: false,
      problem: 'TOO_LARGE',
    });
  });

  it('refuses a size mismatch, too many entries and non-zip bytes', () => {
    expect(checkZip(buildZip([{ name: 'a', data: Buffer.from('abc'), declaredSize: 2 }]), limits)).toEqual({
      ok: false,
      problem: 'CORRUPT',
    });
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }));
    expect(checkZip(buildZip(many), limits)).toEqual({ ok: false, problem: 'TOO_MANY_ENTRIES' });
    expect(checkZip(Buffer.from('%PDF-1.4 not a zip'), limits)).toEqual({ ok: false, problem: 'NOT_A_ZIP' });
    const truncated = buildZip([{ name: 'a', data: Buffer.from('abc') }]);
    truncated.writeUInt32LE(0, 0);
    expect(checkZip(truncated, limits)).toEqual({ ok: false, problem: 'CORRUPT' });
  });
});
