import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectEncoding, readCsv, splitCsvRecord, type TextEncoding } from './csv-rows';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csv-rows-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function records(content: Buffer, encoding?: TextEncoding, highWaterMark?: number) {
  const file = path.join(dir, `f${Math.random()}.csv`);
  await writeFile(file, content);
  const enc = encoding ?? (await detectEncoding(file));
  const out: Array<[number, string[]]> = [];
  const result = await readCsv(file, { encoding: enc, highWaterMark }, (line, fields) => {
    out.push([line, [...fields]]);
  });
  return { enc, out, result };
}

const text = '记录编号,单位编码,类别,决定日期,报送日期,状态\nA1,U1,行政许可,2023-01-01,2023-01-02,入库\r\nA2,U2,行政处罚,2023-01-01,2023-01-09,退回\n';

describe('CSV records', () => {
  it('reads UTF-8 with and without a BOM to the same fields', async () => {
    const plain = await records(Buffer.from(text));
    const bom = await records(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(plain.enc).toBe('UTF-8');
    expect(bom.out).toEqual(plain.out);
    expect(plain.out[0]![1][0]).toBe('记录编号');
    expect(plain.out[2]).toEqual([3, ['A2', 'U2', '行政处罚', '2023-01-01', '2023-01-09', '退回']]);
  });

  it('keeps every Chinese character whole when its bytes are cut across reads', async () => {
    // 7-byte reads: almost every 3-byte character straddles two reads
    const small = await records(Buffer.from(text), 'UTF-8', 7);
    expect(small.out).toEqual((await records(Buffer.from(text))).out);
    expect(JSON.stringify(small.out)).not.toContain('\uFFFD');
  });

  it('detects GB18030 (Excel’s CSV on a Chinese Windows) and decodes it across reads', async () => {
    const gbk = Buffer.from(
      [0xbc, 0xc7, 0xc2, 0xbc, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc8, 0xeb, 0xbf, 0xe2, 0x0a], // 记录编号,入库\n
    );
    const read = await records(gbk, undefined, 3);
    expect(read.enc).toBe('GB18030');
    expect(read.out).toEqual([[1, ['记录编号', '入库']]]);
  });

  it('reads quoted fields, doubled quotes and a line break inside quotes', async () => {
    const read = await records(Buffer.from('a,b\n"x,1","say ""hi"""\n"two\nlines",z\n'));
    expect(read.out).toEqual([
      [1, ['a', 'b']],
      [2, ['x,1', 'say "hi"']],
      [3, ['two\nlines', 'z']],
    ]);
    expect(read.result).toEqual({ ok: true });
    const open = await records(Buffer.from('a,b\n"never closed,x\nmore\n'));
    expect(open.result).toEqual({ ok: false, line: 2, reason: 'UNCLOSED_QUOTE' });
  });

  it('refuses a line too long to be a record without holding it (a file with no line breaks)', async () => {
    const read = await records(Buffer.concat([Buffer.from('a,b\nx,y\n'), Buffer.alloc(200_000, 0x61)]), 'UTF-8', 16 * 1024);
    expect(read.result).toEqual({ ok: false, line: 3, reason: 'LINE_TOO_LONG' });
    expect(read.out).toHaveLength(2);
  });

  it('splits without quotes by commas, keeping empty fields', () => {
    const out: string[] = [];
    expect(splitCsvRecord(',a,,', out)).toBe(true);
    expect(out).toEqual(['', 'a', '', '']);
  });
});
