import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { decodeUtf8, readFirstSheet, XlsxTooLarge } from './utf8-workbook-reader';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'utf8-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(chunks: Buffer[]): Promise<string> {
  async function* source() {
    yield* chunks;
  }
  let text = '';
  for await (const part of decodeUtf8(source())) text += part;
  return text;
}

/** Rows of Chinese text, enough for many inflated chunks: some boundary falls inside a character. */
async function writeRecords(file: string, rows: number, sharedStrings: boolean) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: sharedStrings, useStyles: false });
  const sheet = workbook.addWorksheet('双公示');
  sheet.addRow(['记录编号', '单位编码', '类别', '状态']).commit();
  for (let i = 0; i < rows; i++) sheet.addRow([`记录${i}`, `单位${i % 97}`, i % 3 ? '行政许可' : '行政处罚', i % 7 ? '入库' : '退回']).commit();
  sheet.commit();
  await workbook.commit();
}

async function readPlain(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) rows.push((row.values as string[]).slice(1));
  return rows;
}

async function readFixed(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  await readFirstSheet(file, (_n, values) => {
    rows.push((values as string[]).slice(1));
  });
  return rows;
}

function expected(rows: number): string[][] {
  const out = [['记录编号', '单位编码', '类别', '状态']];
  for (let i = 0; i < rows; i++) out.push([`记录${i}`, `单位${i % 97}`, i % 3 ? '行政许可' : '行政处罚', i % 7 ? '入库' : '退回']);
  return out;
}

describe('Utf8WorkbookReader', () => {
  it('carries a character cut between two chunks over to the next chunk', async () => {
    const bytes = Buffer.from('入库', 'utf8');
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)])).toBe('入库');
  });

  it.each([
    ['sheet', false, { maxSheetBytes: 20_000, maxSharedStringsBytes: 1e9 }],
    ['shared strings', true, { maxSheetBytes: 1e9, maxSharedStringsBytes: 20_000 }],
  ])('stops inflating a %s past its byte budget (a zip bomb is refused, not parsed)', async (_name, shared, limits) => {
    const file = path.join(dir, `budget-${String(shared)}.xlsx`);
    await writeRecords(file, 2_000, shared);
    let rows = 0;
    await expect(readFirstSheet(file, () => void rows++, limits)).rejects.toBeInstanceOf(XlsxTooLarge);
    expect(rows).toBeLessThan(2_000);
    // the same file within the default budget reads whole
    rows = 0;
    await readFirstSheet(file, () => void rows++);
    expect(rows).toBe(2_001);
  });

  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])('reads every Chinese cell of a large sheet intact (%s), where exceljs alone breaks some', async (_name, shared) => {
    const file = path.join(dir, `records-${String(shared)}.xlsx`);
    const rows = shared ? 60_000 : 30_000;
    await writeRecords(file, rows, shared);
    const plain = await readPlain(file);
    // proof that this file really cuts characters at chunk boundaries
    expect(plain.flat().filter((cell) => typeof cell === 'string' && cell.includes('\uFFFD')).length).toBeGreaterThan(0);
    expect(await readFixed(file)).toEqual(expected(rows));
  }, 60_000);
});
