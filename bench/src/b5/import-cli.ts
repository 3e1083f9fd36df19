/**
 * One B5 measurement in its own process (so its peak RSS is its own):
 *   import-cli <csv|xlsx|floor-csv|floor-xlsx> <file>
 * env: B5_DATABASE_URL, B5_PERIOD_ID, B5_ENTERED_BY. Prints one JSON line.
 * csv/xlsx run the API's 双公示 importer (apps/api/dist, the files production runs) in-process:
 * DualPublicityImportService.importFile on the file as the upload route leaves it on disk.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { paths } from '../lib/paths';
import { fingerprint, type UnitCounts } from './counts';

const [mode, file] = process.argv.slice(2) as [string, string];
const apiDist = path.join(paths.root, 'apps', 'api', 'dist');

/** The slice of the API this benchmark drives; loaded at run time from the built API. */
interface ImportApi {
  createDataSource(db: { type: 'mysql'; url: string }): Promise<{ initialize(): Promise<unknown>; destroy(): Promise<void> }>;
  AuditService: new (ds: unknown) => unknown;
  DualPublicityImportService: new (
    ds: unknown,
    audit: unknown,
    recompute: { onSubmissionChanged(periodId: string): Promise<void> },
  ) => {
    plan(ctx: unknown, periodId: string): Promise<unknown>;
    importFile(ctx: unknown, plan: unknown, file: { path: string; fileName: string; sha256: string; size: number; head: Buffer }): Promise<{ rows: number; errorCount: number; errors: unknown[]; alreadyImported: boolean }>;
  };
  readFirstSheet(file: string, onRow: (row: number, values: readonly unknown[]) => void): Promise<void>;
  parseDayText(text: string): number | null;
}

function loadApi(): ImportApi {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const load = (p: string) => require(path.join(apiDist, p)) as Record<string, unknown>;
  return {
    ...(load('database/data-source.js') as Pick<ImportApi, 'createDataSource'>),
    ...(load('modules/audit/audit.service.js') as Pick<ImportApi, 'AuditService'>),
    ...(load('modules/dual-publicity/dual-publicity.service.js') as Pick<ImportApi, 'DualPublicityImportService'>),
    ...(load('modules/dual-publicity/utf8-workbook-reader.js') as Pick<ImportApi, 'readFirstSheet'>),
    ...(load('modules/dual-publicity/day-number.js') as Pick<ImportApi, 'parseDayText'>),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** What the upload route computes while it writes the file to disk: its SHA-256, size and first bytes. */
async function received(file: string) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  const handle = await open(file, 'r');
  const head = Buffer.alloc(8);
  await handle.read(head, 0, 8, 0);
  await handle.close();
  return { path: file, fileName: path.basename(file), sha256: hash.digest('hex'), size, head };
}

async function main() {
  const pool = mysql.createPool({ uri: process.env.B5_DATABASE_URL, connectionLimit: 2, timezone: 'Z', infileStreamFactory: (p: string) => createReadStream(p) });
  const periodId = process.env.B5_PERIOD_ID!;
  const api = mode === 'floor-csv' ? null : loadApi();
  // the route runs in a live server: its database connection exists before the upload arrives
  const dataSource = mode === 'csv' || mode === 'xlsx' ? await api!.createDataSource({ type: 'mysql', url: process.env.B5_DATABASE_URL! }) : null;
  await dataSource?.initialize();
  const start = performance.now();
  let rows = 0;
  let rejected = 0;
  let stored: Map<string, UnitCounts>;
  try {
    if (mode === 'csv' || mode === 'xlsx') {
      try {
        // the period's recompute is the scoring benchmark's business (B4); the import is measured here
        const service = new api!.DualPublicityImportService(dataSource, new api!.AuditService(dataSource), { onSubmissionChanged: async () => undefined });
        const ctx = { user: { id: process.env.B5_ENTERED_BY, role: 'CREDIT_OFFICE', unitId: null }, requestId: 'bench-b5', ip: null };
        const plan = await service.plan(ctx, periodId);
        const result = await service.importFile(ctx, plan, await received(file));
        if (result.alreadyImported) throw new Error('the run was answered as a re-upload: the runner must clear the previous import');
        rows = result.rows;
        rejected = result.errorCount;
        if (rejected > 0) throw new Error(`rows refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
      } finally {
        await dataSource!.destroy();
      }
      // read back what was stored, so the fingerprint checks the database, not memory
      const [back] = await pool.query('SELECT u.code, m.`values` FROM monitoring_entry m JOIN unit u ON u.id = m.unitId WHERE m.periodId = ?', [periodId]);
      stored = new Map(
        (back as Array<{ code: string; values: string }>).map((r) => {
          const v = JSON.parse(r.values) as Record<string, { numerator: number; denominator: number }>;
          return [r.code, { reported: v.dp_compliance_rate!.denominator, accepted: v.dp_compliance_rate!.numerator, late: v.dp_late_rate!.numerator }];
        }),
      );
    } else if (mode === 'floor-csv') {
      await pool.query('DROP TABLE IF EXISTS dp_record_floor');
      await pool.query('CREATE TABLE dp_record_floor (id VARCHAR(20), unit_code VARCHAR(64), kind VARCHAR(8), decided DATE, reported DATE, status VARCHAR(8)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4');
      const [result] = await pool.query({ sql: "LOAD DATA LOCAL INFILE ? INTO TABLE dp_record_floor CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES", values: [file] });
      rows = (result as { affectedRows: number }).affectedRows;
      const [agg] = await pool.query("SELECT unit_code AS code, COUNT(*) AS reported, SUM(status = '入库') AS accepted, SUM(DATEDIFF(reported, decided) > 7) AS late FROM dp_record_floor GROUP BY unit_code");
      stored = new Map((agg as Array<{ code: string; reported: number; accepted: string; late: string }>).map((r) => [r.code, { reported: Number(r.reported), accepted: Number(r.accepted), late: Number(r.late) }]));
      await pool.query('DROP TABLE IF EXISTS dp_record_floor');
    } else {
      // the XLSX floor: the same streaming read (with the API's UTF-8 chunk fix), every cell touched, counted without validation
      stored = new Map();
      await api!.readFirstSheet(file, (row, values) => {
        if (row === 1) return;
        rows++;
        const unit = values[2] as string;
        const c = stored.get(unit) ?? { reported: 0, accepted: 0, late: 0 };
        c.reported++;
        if (values[6] === '入库') c.accepted++;
        const d = api!.parseDayText(values[4] as string);
        const r = api!.parseDayText(values[5] as string);
        if (d !== null && r !== null && r - d > 7) c.late++;
        stored.set(unit, c);
      });
    }
  } finally {
    await pool.end();
  }
  const ms = performance.now() - start;
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const totals = [...stored.values()].reduce((s, c) => ({ reported: s.reported + c.reported, accepted: s.accepted + c.accepted, late: s.late + c.late }), { reported: 0, accepted: 0, late: 0 });
  console.log(JSON.stringify({ mode, ms, rows, rejected, units: stored.size, totals, fingerprint: fingerprint(stored), maxRssMb }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
