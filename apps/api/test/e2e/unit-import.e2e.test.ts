import ExcelJS from 'exceljs';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { usccCheckCharacter } from '../../src/modules/units/uscc';
import { createUnitFixture, Role, UnitKind } from '../utils/fixtures';
import { minimalPdf } from '../utils/sample-files';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { buildZip } from '../utils/zip-builder';

interface ImportBody {
  created: number;
  updated: number;
  dryRun: boolean;
  errors: Array<{ row: number; column: string; message: string }>;
  error?: { code: string; reason?: string; message: string };
}

type Cell = ExcelJS.CellValue;

const validUscc = (() => {
  const first17 = '12150785MB0000001';
  return first17 + usccCheckCharacter(first17);
})();

/** An .xlsx-named zip whose worksheet inflates to 80 MB of zeros (about 80 KB on the wire). */
const zipBomb = buildZip([
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024) },
]);

async function fillTemplate(template: Buffer, rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('单位')!;
  rows.forEach((values, index) => {
    const row = sheet.getRow(3 + index);
    values.forEach((value, col) => {
      row.getCell(col + 1).value = value;
    });
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(engines)('unit import on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let template: Buffer;

  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    const region = await createUnitFixture(t.dataSource, { kind: UnitKind.REGION, code: 'NMG', name: '内蒙古自治区' });
    const city = await createUnitFixture(t.dataSource, { kind: UnitKind.LEAGUE_CITY, code: 'HLBE', parentId: region.id });
    await createUnitFixture(t.dataSource, { kind: UnitKind.COUNTY, code: 'GH', name: '根河市', parentId: city.id });
  });
  afterAll(async () => {
    await t.close();
  });

  async function postImport(file: Buffer, options: { token?: string; query?: string; name?: string; csrf?: boolean } = {}) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), options.name ?? '单位导入.xlsx');
    const headers: Record<string, string> = {};
    if (options.csrf !== false) headers['x-govtrust-upload'] = '1';
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${t.url}/files/imports/units${options.query ?? ''}`, { method: 'POST', body: form, headers });
    return { status: response.status, body: (await response.json()) as ImportBody };
  }

  const unitCount = () => t.dataSource.getRepository(Unit).count();
  const auditCount = () => t.dataSource.getRepository(AuditLog).count();

  it('serves a template with Chinese headers, a kind dropdown and an example row that re-imports cleanly', async () => {
    const response = await fetch(`${t.url}/files/templates/units.xlsx`, { headers: { authorization: `Bearer ${credit}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    template = Buffer.from(await response.arrayBuffer());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('单位')!;
    expect((sheet.getRow(1).values as Cell[]).slice(1)).toEqual([
      '单位编码',
      '单位名称',
      '单位类型',
      '上级单位编码',
      '单位类别',
      '统一社会信用代码',
      '联系人',
      '联系电话',
    ]);
    expect(sheet.getCell('A2').value).toBe('GH-FGW');
    const validation = sheet.getCell('C100').dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    expect(validation.formulae?.[0]).toContain('盟市');

    const before = await unitCount();
    const again = await postImport(template, { token: credit });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: 0, updated: 0, errors: [], dryRun: false });
    expect(await unitCount()).toBe(before);

    expect((await fetch(`${t.url}/files/templates/units.xlsx`)).status).toBe(401);
  });

  it('validates every row and writes nothing when rows 3 and 5 are wrong', async () => {
    const file = await fillTemplate(template, [
      ['E-B', '乙局', '单位', 'GH'],
      ['E-A', '甲局', '部门', 'GH'],
      ['E-D', '丁局', '部门', 'GH', '', '12345'],
      ['E-C', '丙局', '部门', 'GH'],
    ]);
    const [units, audits] = [await unitCount(), await auditCount()];
    const res = await postImport(file, { token: credit });
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe('VALIDATION_FAILED');
    expect(res.body).toMatchObject({ created: 0, updated: 0 });
    expect(res.body.errors).toEqual([
      { row: 3, column: '单位类型', message: expect.stringMatching(/^第3行「单位类型」「单位」不是有效的单位类型/) },
      { row: 5, column: '统一社会信用代码', message: expect.stringMatching(/^第5行「统一社会信用代码」统一社会信用代码应为18位/) },
    ]);
    expect(await unitCount()).toBe(units);
    expect(await auditCount()).toBe(audits);
  });

  it('reports missing fields, unknown parents and duplicate codes in the file', async () => {
    const file = await fillTemplate(template, [
      ['F-A', '', '部门', 'GH'],
      ['F-B', '乙局', '部门', 'GH'],
      ['F-C', '丙局', '部门', 'NOPE'],
      ['F-B', '重复', '部门', 'GH'],
    ]);
    const res = await postImport(file, { token: credit });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '单位名称'],
      [5, '上级单位编码'],
      [6, '单位编码'],
    ]);
    expect(res.body.errors[0]!.message).toBe('第3行「单位名称」不能为空');
    expect(res.body.errors[1]!.message).toContain('上级单位「NOPE」不存在');
    expect(res.body.errors[2]!.message).toBe('第6行「单位编码」「F-B」与第4行重复');
    expect(await t.dataSource.getRepository(Unit).existsBy({ code: 'F-B' })).toBe(false);
  });

  it('refuses a formula cell, naming its row and column', async () => {
    const file = await fillTemplate(template, [
      ['G-A', { formula: 'CONCATENATE("甲","局")', result: '甲局' } as Cell, '部门', 'GH'],
    ]);
    const res = await postImport(file, { token: credit });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ row: 3, column: '单位名称', message: expect.stringContaining('第3行「单位名称」是公式') }]);
    expect(await t.dataSource.getRepository(Unit).existsBy({ code: 'G-A' })).toBe(false);
  });

  it('refuses non-XLSX content and a zip bomb as FILE_REJECTED', async () => {
    const pdf = await postImport(minimalPdf('not a sheet'), { token: credit, name: 'units.xlsx' });
    expect(pdf.status).toBe(415);
    expect(pdf.body.error).toMatchObject({ code: 'FILE_REJECTED' });
    const named = await postImport(minimalPdf('not a sheet'), { token: credit, name: 'units.pdf' });
    expect(named.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'NOT_XLSX' });
    const bomb = await postImport(zipBomb, { token: credit, name: 'units.xlsx' });
    expect(bomb.status).toBe(415);
    expect(bomb.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'ZIP_REJECTED' });
    expect(bomb.body.error!.message).toMatch(/压缩炸弹/);
  });

  it('dry-runs, then creates every unit with audit rows; text starting with = stays text', async () => {
    const file = await fillTemplate(template, [
      ['H-A', '甲局', '部门', 'GH', 'A类部门、综合部门', validUscc, '李四', '13800000000'],
      ['H-T', '某镇', '乡镇（街道）', 'GH'],
      ['H-C', '新旗', '旗县', 'HLBE'],
      ['H-B', '乙局', 'DEPARTMENT', 'H-C', 'B类部门'],
      ['H-F', '=1+1', '部门', 'GH'],
    ]);
    const [units, audits] = [await unitCount(), await auditCount()];
    const dry = await postImport(file, { token: credit, query: '?dryRun=1' });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ created: 5, updated: 0, errors: [], dryRun: true });
    expect(await unitCount()).toBe(units);
    expect(await auditCount()).toBe(audits);

    const res = await postImport(file, { token: credit });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 5, updated: 0, errors: [], dryRun: false });
    const repo = t.dataSource.getRepository(Unit);
    const a = await repo.findOneByOrFail({ code: 'H-A' });
    const gh = await repo.findOneByOrFail({ code: 'GH' });
    expect(a).toMatchObject({
      kind: UnitKind.DEPARTMENT,
      parentId: gh.id,
      classes: ['A类部门', '综合部门'],
      uscc: validUscc,
      contacts: [{ name: '李四', phone: '13800000000' }],
    });
    const c = await repo.findOneByOrFail({ code: 'H-C' });
    expect(await repo.findOneByOrFail({ code: 'H-B' })).toMatchObject({ parentId: c.id, kind: UnitKind.DEPARTMENT });
    expect(await repo.findOneByOrFail({ code: 'H-T' })).toMatchObject({ kind: UnitKind.TOWNSHIP });
    expect((await repo.findOneByOrFail({ code: 'H-F' })).name).toBe('=1+1');
    const created = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'Unit', entityId: a.id });
    expect(created).toMatchObject([{ action: 'CREATE', actorRole: Role.CREDIT_OFFICE }]);
    const summary = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'UnitImport' });
    expect(summary).toHaveLength(1);
    expect(summary[0]!.after).toMatchObject({ fileName: '单位导入.xlsx', mode: 'create', created: 5, updated: 0 });
    expect(await auditCount()).toBe(audits + 6);
  });

  it('refuses existing codes unless mode=upsert, which updates them with audit rows', async () => {
    const file = await fillTemplate(template, [['H-A', '甲局（更名）', '部门', 'GH']]);
    const create = await postImport(file, { token: credit });
    expect(create.status).toBe(422);
    expect(create.body.errors[0]!.message).toMatch(/^第3行「单位编码」「H-A」已存在/);

    const upsert = await postImport(file, { token: credit, query: '?mode=upsert' });
    expect(upsert.body).toEqual({ created: 0, updated: 1, errors: [], dryRun: false });
    const unit = await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'H-A' });
    expect(unit).toMatchObject({ name: '甲局（更名）', classes: ['A类部门', '综合部门'], uscc: validUscc, version: 2 });
    const update = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'Unit', entityId: unit.id, action: 'UPDATE' });
    expect(update).toHaveLength(1);

    const cycle = await fillTemplate(template, [['H-C', '新旗', '旗县', 'H-B']]);
    const refused = await postImport(cycle, { token: credit, query: '?mode=upsert' });
    expect(refused.body.errors[0]).toMatchObject({ row: 3, column: '上级单位编码' });
  });

  it('keeps unit users, evaluators and cross-site forms out', async () => {
    const file = await fillTemplate(template, [['K-A', '甲局', '部门', 'GH']]);
    const [submitterToken, evaluatorToken] = [await t.loginAs(Role.UNIT_SUBMITTER), await t.loginAs(Role.EVALUATOR)];
    const units = await unitCount();
    const submitter = await postImport(file, { token: submitterToken });
    expect(submitter.status).toBe(403);
    expect(submitter.body.error?.code).toBe('FORBIDDEN');
    expect((await postImport(file, { token: evaluatorToken })).status).toBe(403);
    expect((await postImport(file, { token: credit, csrf: false })).status).toBe(403);
    expect((await postImport(file)).status).toBe(401);
    expect(await unitCount()).toBe(units);
  });
});
