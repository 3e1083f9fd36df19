import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role, UnitKind } from '../utils/fixtures';
import { hostileString, postFile } from '../utils/hostile-input';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { buildZip } from '../utils/zip-builder';

/** reading, checking and refusing one file, however hostile — a hang detector, not a speed target
 * (speed lives in `pnpm bench`), so generous enough for a loaded machine */
const CALL_BUDGET_MS = 30_000;
const KINDS = ['自治区', '盟市', '旗县', '乡镇', '部门'];

interface ImportBody {
  created?: number;
  errors?: Array<{ row: number; column: string; message: string }>;
  error?: { code: string; reason?: string; message: string };
}

/** Cells of a unit-import row: plausible values, hostile text, formulas, numbers, dates, blanks. */
const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  hostileString,
  fc.constantFrom('GH', 'GH-FGW', '部门', '旗县', '市发改委', '0470-5212345', 'A类部门、综合部门'),
  fc.constantFrom<ExcelJS.CellValue>(
    { formula: 'CONCATENATE("甲","局")', result: '甲局' } as ExcelJS.CellValue,
    { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' } as ExcelJS.CellValue,
    { formula: 'cmd|" /C calc"!A0' } as ExcelJS.CellValue,
  ),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.constant(null),
);
const rowOf = fc.oneof(
  // the right columns with hostile contents
  fc.tuple(
    fc.stringMatching(/^[A-Z]{2}-[A-Z0-9]{2,6}$/),
    hostileString,
    fc.constantFrom(...KINDS),
    fc.constantFrom('GH', 'NOPE', ''),
    cell,
    cell,
    cell,
    cell,
  ),
  fc.array(cell, { minLength: 1, maxLength: 10 }),
);

/**
 * Zip bombs and broken zips named .xlsx: small on the wire, huge or malformed once opened. Labelled,
 * so a failure names the case instead of printing the bytes.
 */
const labelled = (kind: string, data: Buffer) => ({
  kind,
  data,
  toString: () => `${kind} (${data.length} bytes)`,
});
const bomb = fc.oneof(
  fc.integer({ min: 65, max: 128 }).map((mb) =>
    labelled(
      `${mb} MB sheet`,
      buildZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024) },
      ]),
    ),
  ),
  fc.integer({ min: 9, max: 12 }).map((n) =>
    // every entry is modest, together they pass the budget
    labelled(
      `${n} sheets of 8 MB`,
      buildZip(
        Array.from({ length: n }, (_, i) => ({
          name: `xl/worksheets/sheet${i}.xml`,
          data: Buffer.alloc(8 * 1024 * 1024),
        })),
      ),
    ),
  ),
  fc
    .integer({ min: 2_001, max: 2_100 })
    .map((n) =>
      labelled(
        `${n} entries`,
        buildZip(Array.from({ length: n }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('<x/>') }))),
      ),
    ),
  fc
    .integer({ min: 1, max: 1_000 })
    .map((declared) =>
      labelled(
        `declares ${declared} bytes, inflates to 4 MB`,
        buildZip([
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * 1024 * 1024), declaredSize: declared },
        ]),
      ),
    ),
  fc.uint8Array({ minLength: 1, maxLength: 4_000 }).map((bytes) => {
    const zip = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    return labelled('zip header then garbage', Buffer.concat([zip.subarray(0, 30), Buffer.from(bytes)]));
  }),
);

/** Not spreadsheets at all: CSV (with formula injection), HTML, random bytes. */
const csvRows = fc.array(
  fc.array(fc.oneof(hostileString, fc.constantFrom('=1+1', '@SUM(A1)', '+cmd|" /C calc"!A0')), {
    maxLength: 8,
  }),
  { maxLength: 20 },
);
const notXlsx: fc.Arbitrary<{ name: string; data: Buffer }> = fc.oneof(
  fc
    .tuple(fc.constantFrom('单位.csv', '单位.xlsx'), csvRows)
    .map(([name, rows]) => ({ name, data: Buffer.from(rows.map((r) => r.join(',')).join('\n')) })),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ name: '单位.xlsx', data: Buffer.from(bytes) })),
  fc.constant({ name: '单位.xlsx', data: Buffer.from('<html><script>alert(1)</script></html>') }),
);

describe.each(engines)('fuzzing spreadsheet imports on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let template: Buffer;

  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    const region = await createUnitFixture(t.dataSource, {
      kind: UnitKind.REGION,
      code: 'NMG',
      name: '内蒙古自治区',
    });
    const city = await createUnitFixture(t.dataSource, {
      kind: UnitKind.LEAGUE_CITY,
      code: 'HLBE',
      parentId: region.id,
    });
    await createUnitFixture(t.dataSource, {
      kind: UnitKind.COUNTY,
      code: 'GH',
      name: '根河市',
      parentId: city.id,
    });
    const res = await fetch(`${t.url}/files/templates/units.xlsx`, {
      headers: { authorization: `Bearer ${credit}` },
    });
    template = Buffer.from(await res.arrayBuffer());
  });
  afterAll(async () => {
    await t.close();
  });

  async function postImport(data: Buffer, name = '单位导入.xlsx') {
    const started = Date.now();
    const res = await postFile(
      `${t.url}/files/imports/units`,
      { name, data },
      {
        authorization: `Bearer ${credit}`,
        'x-govtrust-upload': '1',
      },
    );
    expect(Date.now() - started).toBeLessThan(CALL_BUDGET_MS);
    expect(res.status).toBeLessThan(500);
    return { status: res.status, body: JSON.parse(res.body) as ImportBody };
  }
  const counts = async () => ({
    units: await t.dataSource.getRepository(Unit).count(),
    audit: await t.dataSource.getRepository(AuditLog).count(),
  });

  async function filled(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('单位')!;
    rows.forEach((values, index) => {
      const row = sheet.getRow(3 + index);
      values.forEach((value, col) => (row.getCell(col + 1).value = value));
      row.commit();
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('imports rows only when every row is valid, naming each bad cell in Chinese otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowOf, { minLength: 1, maxLength: 6 }), async (rows) => {
        const before = await counts();
        const res = await postImport(await filled(rows as ExcelJS.CellValue[][]));
        if (res.status === 200) {
          expect((await counts()).units).toBe(before.units + res.body.created!);
          return;
        }
        expect(res.status).toBe(422);
        expect(res.body.error?.code).toBe('VALIDATION_FAILED');
        expect(res.body.errors!.length).toBeGreaterThan(0);
        for (const e of res.body.errors!) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(await counts()).toEqual(before);
      }),
      { numRuns: 20, seed: 21 },
    );
  }, 120_000);

  it('refuses zip bombs and broken zips quickly as FILE_REJECTED, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(bomb, async ({ data }) => {
        const before = await counts();
        const res = await postImport(data);
        expect(res.body.error?.code).toBe('FILE_REJECTED');
        expect(await counts()).toEqual(before);
      }),
      { numRuns: 6, seed: 22 },
    );
  }, 120_000);

  it('refuses CSV, HTML and random bytes as FILE_REJECTED, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(notXlsx, async ({ name, data }) => {
        const before = await counts();
        const res = await postImport(data, name);
        expect(['FILE_REJECTED', 'VALIDATION_FAILED']).toContain(res.body.error?.code);
        expect(res.body.error?.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(await counts()).toEqual(before);
      }),
      { numRuns: 20, seed: 23 },
    );
  }, 60_000);
});
