import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Role } from '../../common/auth/roles';
import { createUnitFixture } from '../../../test/utils/fixtures';
import { engines } from '../../../test/utils/test-database';
import { startTestServer, type TestServer } from '../../../test/utils/test-server';
import { CREATE_CYCLE, findPeriod, loginUnitUser, type CycleRow } from '../../../test/utils/workflow-fixtures';
import { AuditLog } from '../audit/audit-log.entity';
import { MonitoringEntry } from '../scores/monitoring-entry.entity';
import { ScoreCardRecord } from '../scores/score-card-record.entity';
import type { Unit } from '../units/unit.entity';

/** 双公示 合规率 and 迟报率 entered as platform monitoring, plus a unit-reported item the import leaves alone. */
const system = (key: string, withDualPublicity: boolean) => ({
  id: key,
  version: 1,
  name: '双公示导入测试体系',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 12,
  source: { title: '双公示导入测试文件' },
  grading: [
    { grade: 'RED', label: '红名单', min: 9, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 9, maxInclusive: false },
  ],
  categories: [
    {
      code: 'C1',
      level: 'CATEGORY',
      name: '信息归集',
      maxPoints: 12,
      children: [
        {
          code: 'C1-1',
          level: 'INDICATOR',
          name: withDualPublicity ? '“双公示”信息报送' : '信用承诺',
          maxPoints: 10,
          dataSource: 'PLATFORM_STATISTICS',
          inputs: withDualPublicity
            ? [
                { key: 'dp_compliance_rate', label: '“双公示”信息合规率', type: 'rate', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' },
                { key: 'dp_late_rate', label: '“双公示”信息迟报率', type: 'rate', numeratorLabel: '迟报量', denominatorLabel: '上报数据量', display: 'PERCENT' },
              ]
            : [{ key: 'pledges', label: '信用承诺数', type: 'count' }],
          rule: withDualPublicity
            ? { kind: 'formula', expr: 'dp_compliance_rate * 5 + (1 - dp_late_rate) * 5', zeroDenominator: { policy: 'FULL' } }
            : { kind: 'formula', expr: 'min(pledges, 10)' },
        },
        { code: 'C1-2', level: 'INDICATOR', name: '数据归集', maxPoints: 2, dataSource: 'PLATFORM_STATISTICS', inputs: [{ key: 'records', label: '归集条数', type: 'count' }], rule: { kind: 'formula', expr: 'min(records, 2)' } },
      ],
    },
  ],
});

const SAVE_SYSTEM = `mutation($key: String!, $d: JSON!) { saveIndicatorSystemDraft(key: $key, definition: $d) { version systemVersion } }`;
const PUBLISH_SYSTEM = `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { status } }`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { status } }`;
const MONITOR = `mutation($input: EnterMonitoringValuesInput!) { enterMonitoringValues(input: $input) { id version values } }`;

const HEADER = ['记录编号', '单位编码', '类别', '决定日期', '报送日期', '状态'];
type Row = string[];
interface Counts {
  reported: number;
  accepted: number;
  late: number;
}

/** Deterministic records over the units; `seed` varies the figures between files. */
function makeRows(n: number, codes: string[], seed = 0): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const decided = new Date(Date.UTC(2023, 0, 1 + (i % 80)));
    const reported = new Date(decided.getTime() + ((i * 7 + seed) % 12) * 86_400_000);
    rows.push([`DP${seed}-${i}`, codes[(i * 31 + seed) % codes.length]!, i % 3 ? '行政许可' : '行政处罚', decided.toISOString().slice(0, 10), reported.toISOString().slice(0, 10), (i + seed) % 11 ? '入库' : '退回']);
  }
  return rows;
}

/** The hand count: per unit code, reported / 入库 / more than 7 days between the two dates. */
function handCount(rows: Row[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const [, code, , decided, reported, status] of rows) {
    const c = out.get(code!) ?? { reported: 0, accepted: 0, late: 0 };
    c.reported += 1;
    if (status === '入库') c.accepted += 1;
    if ((Date.parse(reported!) - Date.parse(decided!)) / 86_400_000 > 7) c.late += 1;
    out.set(code!, c);
  }
  return out;
}

const csvOf = (rows: Row[], eol = '\n') => [HEADER, ...rows].map((r) => r.join(',')).join(eol) + eol;

/** Inline strings, as platform exports write them: every row's Chinese text sits in the sheet's XML. */
async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('双公示');
  sheet.addRow(HEADER).commit();
  for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Cells exceljs's own streaming reader breaks (U+FFFD) in this file. */
async function brokenByPlainExceljs(file: Buffer): Promise<number> {
  let broken = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) broken += (row.values as unknown[]).filter((v) => typeof v === 'string' && v.includes('\uFFFD')).length;
  return broken;
}

interface ImportBody {
  rows: number;
  units: number;
  created: number;
  updated: number;
  unchanged: number;
  notInFile: number;
  keys: string[];
  format: string;
  encoding: string | null;
  alreadyImported: boolean;
  errorCount: number;
  errors: Array<{ row: number; column: string; message: string }>;
  error?: { code: string; reason?: string; message: string; missing?: string[] };
}

describe.each(engines)('双公示 import on %s', (engine) => {
  let t: TestServer;
  let office: string;
  let evaluator: string;
  let cycle: CycleRow;
  let plainCycle: CycleRow;
  const units: Unit[] = [];
  const codes = ['DP-A', 'DP-B', 'DP-C'];
  const q1 = () => findPeriod(cycle, 'QUARTER', 1).id;
  const q2 = () => findPeriod(cycle, 'QUARTER', 2).id;

  async function ok<T>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, vars, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function publish(key: string, withDualPublicity: boolean): Promise<CycleRow> {
    const saved = await ok<{ saveIndicatorSystemDraft: { version: number; systemVersion: number } }>(SAVE_SYSTEM, { key, d: system(key, withDualPublicity) }, office);
    await ok(PUBLISH_SYSTEM, { key, v: saved.saveIndicatorSystemDraft.version }, office);
    const created = await ok<{ createCycle: CycleRow }>(CREATE_CYCLE, {
      input: { name: `2023年度${key}`, year: 2023, systemKey: key, systemVersion: saved.saveIndicatorSystemDraft.systemVersion, requiresApproverSignOff: false },
    }, office);
    return created.createCycle;
  }

  async function upload(periodId: string, file: Buffer | string, options: { token?: string | null; name?: string } = {}) {
    const form = new FormData();
    form.append('file', new Blob([typeof file === 'string' ? Buffer.from(file) : new Uint8Array(file)]), options.name ?? '双公示.csv');
    const headers: Record<string, string> = { 'x-govtrust-upload': '1' };
    const token = options.token === undefined ? office : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${t.url}/files/imports/dual-publicity?periodId=${periodId}`, { method: 'POST', body: form, headers });
    return { status: response.status, body: (await response.json()) as ImportBody };
  }

  /** What the database holds for a period, per unit code, read back from the rates. */
  async function stored(periodId: string) {
    const entries = await t.dataSource.getRepository(MonitoringEntry).findBy({ periodId });
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    const out = new Map<string, Counts & { version: number }>();
    for (const e of entries) {
      const compliance = e.values.dp_compliance_rate as { numerator: number; denominator: number } | undefined;
      const late = e.values.dp_late_rate as { numerator: number; denominator: number } | undefined;
      if (!compliance || !late) continue;
      expect(late.denominator).toBe(compliance.denominator);
      out.set(codeOf.get(e.unitId)!, { reported: compliance.denominator, accepted: compliance.numerator, late: late.numerator, version: e.version });
    }
    return out;
  }
  const withoutVersions = (m: Map<string, Counts & { version: number }>) => new Map([...m].map(([k, { version: _v, ...c }]) => [k, c]));
  const importAudits = (periodId: string) => t.dataSource.getRepository(AuditLog).findBy({ entity: 'DualPublicityImport', entityId: periodId });
  const snapshot = async () => ({
    entries: (await t.dataSource.getRepository(MonitoringEntry).find({ order: { id: 'ASC' } })).map((e) => [e.id, e.version, e.values]),
    audits: await t.dataSource.getRepository(AuditLog).count(),
  });

  beforeAll(async () => {
    t = await startTestServer(engine);
    office = await t.loginAs(Role.CREDIT_OFFICE);
    evaluator = await t.loginAs(Role.EVALUATOR);
    cycle = await publish('dp-test', true);
    plainCycle = await publish('dp-plain', false);
    for (const code of codes) units.push(await createUnitFixture(t.dataSource, { code, name: `双公示测试单位${code}` }));
    await ok(OPEN, { id: q1() }, office);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports a CSV: per-unit rates equal a hand count, one audit row, the period recomputed', async () => {
    const rows = makeRows(600, codes);
    const res = await upload(q1(), csvOf(rows));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 600, units: 3, created: 3, updated: 0, format: 'CSV', encoding: 'UTF-8', alreadyImported: false, errorCount: 0, keys: ['dp_compliance_rate', 'dp_late_rate'] });
    expect(withoutVersions(await stored(q1()))).toEqual(handCount(rows));
    const audits = await importAudits(q1());
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ rows: 600, created: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await t.api.services.scores.whenIdle();
    expect(await t.dataSource.getRepository(ScoreCardRecord).countBy({ periodId: q1(), current: true })).toBe(3);
  });

  it('re-uploading the same file writes nothing: no version bump, no second audit row', async () => {
    const before = await snapshot();
    const res = await upload(q1(), csvOf(makeRows(600, codes)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ alreadyImported: true, rows: 600, created: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('reads a BOM and CRLF CSV as the same file content, and an evaluator may import', async () => {
    const rows = makeRows(300, codes, 5);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows, '\r\n'))]);
    const res = await upload(q2(), bom, { token: evaluator });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 300, created: 3 });
    expect(withoutVersions(await stored(q2()))).toEqual(handCount(rows));
  });

  it('imports an XLSX over earlier figures: versions bumped, the units’ other values kept', async () => {
    await ok(MONITOR, { input: { periodId: q1(), unitId: units[0]!.id, values: { records: 2 }, expectedVersion: 1 } }, office);
    // only two units this time: the third keeps its figures from the CSV, and is counted as not in the file
    const first = handCount(makeRows(600, codes));
    const rows = makeRows(400, codes.slice(0, 2), 9);
    const res = await upload(q1(), await xlsxOf(rows), { name: '双公示.xlsx' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'XLSX', rows: 400, units: 2, created: 0, updated: 2, notInFile: 1 });
    const back = await stored(q1());
    expect(withoutVersions(back)).toEqual(new Map([...handCount(rows), ['DP-C', first.get('DP-C')!]]));
    expect(back.get('DP-A')!.version).toBe(3);
    expect(back.get('DP-B')!.version).toBe(2);
    expect(back.get('DP-C')!.version).toBe(1);
    const a = await t.dataSource.getRepository(MonitoringEntry).findOneByOrFail({ periodId: q1(), unitId: units[0]!.id });
    expect(a.values.records).toBe(2);
    expect(await importAudits(q1())).toHaveLength(2);
  });

  it('a hand entry after an import makes the same file worth importing again', async () => {
    const rows = makeRows(400, codes.slice(0, 2), 9);
    const entry = await t.dataSource.getRepository(MonitoringEntry).findOneByOrFail({ periodId: q1(), unitId: units[1]!.id });
    await ok(MONITOR, { input: { periodId: q1(), unitId: units[1]!.id, values: { dp_compliance_rate: { numerator: 1, denominator: 1 } }, expectedVersion: entry.version } }, office);
    const res = await upload(q1(), await xlsxOf(rows), { name: '双公示.xlsx' });
    expect(res.body).toMatchObject({ alreadyImported: false, updated: 1, unchanged: 1, notInFile: 1 });
    expect(withoutVersions(await stored(q1())).get('DP-B')).toEqual(handCount(rows).get('DP-B'));
  });

  it('refuses a file with bad rows with 第N行「列」 errors and writes nothing', async () => {
    const before = await snapshot();
    const rows = makeRows(50, codes, 3);
    rows[4] = ['X-5', 'NO-SUCH', '行政许可', '2023-01-01', '2023-01-02', '入库'];
    rows[9] = ['X-10', 'DP-A', '行政许可', '2023-02-30', '2023-01-02', '待定'];
    const res = await upload(q1(), csvOf(rows));
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe('VALIDATION_FAILED');
    expect(res.body.errorCount).toBe(3);
    expect(res.body.errors.map((e) => e.message)).toEqual([
      '第6行「单位编码」「NO-SUCH」不是系统中的单位编码',
      '第11行「决定日期」「2023-02-30」不是有效日期，应写作 2023-01-05',
      '第11行「状态」「待定」应为“入库”或“退回”',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a missing column, a non-CSV file and an empty file, naming the problem', async () => {
    const before = await snapshot();
    const noStatus = await upload(q1(), '记录编号,单位编码,类别,决定日期,报送日期\nA,DP-A,行政许可,2023-01-01,2023-01-01\n');
    expect(noStatus.status).toBe(415);
    expect(noStatus.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'BAD_HEADER', missing: ['状态'] });
    const pdf = await upload(q1(), Buffer.from('%PDF-1.4\n\0\0binary'), { name: 'x.pdf' });
    expect(pdf.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'NOT_CSV_OR_XLSX' });
    const empty = await upload(q1(), '');
    expect(empty.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'EMPTY' });
    const headerOnly = await upload(q1(), `${HEADER.join(',')}\n`);
    expect(headerOnly.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'NO_ROWS' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses callers without MONITORING_ENTER and anonymous callers, writing nothing', async () => {
    const file = csvOf(makeRows(10, codes, 7));
    const leader = await t.loginAs(Role.LEADER);
    const submitter = (await loginUnitUser(t, Role.UNIT_SUBMITTER, units[0]!.id)).token;
    const before = await snapshot();
    for (const token of [leader, submitter]) {
      const res = await upload(q1(), file, { token });
      expect([res.status, res.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await upload(q1(), file, { token: null });
    expect(anonymous.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a cycle whose system has no 双公示 monitoring inputs, naming what is missing', async () => {
    const res = await upload(findPeriod(plainCycle, 'QUARTER', 1).id, csvOf(makeRows(10, codes)));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'INVALID_STATE', reason: 'NO_DUAL_PUBLICITY_INPUTS' });
    expect(res.body.error!.missing).toEqual(expect.arrayContaining([expect.stringContaining('合规率'), expect.stringContaining('迟报率')]));
    const unknown = await upload('00000000-0000-4000-8000-000000000000', csvOf(makeRows(10, codes)));
    expect(unknown.status).toBe(404);
  });

  it('counts a large XLSX exactly where Chinese characters straddle inflated chunks', async () => {
    const q3 = findPeriod(cycle, 'QUARTER', 3).id;
    const rows = makeRows(25_000, codes, 11);
    const file = await xlsxOf(rows);
    // proof that this file cuts characters at chunk boundaries
    expect(await brokenByPlainExceljs(file)).toBeGreaterThan(0);
    const res = await upload(q3, file, { name: '双公示.xlsx' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 25_000, errorCount: 0 });
    expect(withoutVersions(await stored(q3))).toEqual(handCount(rows));
  }, 60_000);
});
