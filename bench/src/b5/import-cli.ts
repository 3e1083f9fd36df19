/**
 * One B5 measurement in its own process (so its peak RSS is its own):
 *   import-cli <csv|xlsx|floor-csv|floor-xlsx> <file>
 * env: B5_DATABASE_URL, B5_CYCLE_ID, B5_PERIOD_ID, B5_ENTERED_BY. Prints one JSON line.
 */
import './exceljs-utf8';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { createReadStream } from 'node:fs';
import { aggregateCsv, aggregateXlsx, fingerprint, rateValues, type UnitCounts } from './dual-publicity';

const [mode, file] = process.argv.slice(2) as [string, string];

async function main() {
  const pool = mysql.createPool({ uri: process.env.B5_DATABASE_URL, connectionLimit: 2, timezone: 'Z', infileStreamFactory: (p: string) => createReadStream(p) });
  const start = performance.now();
  let rows = 0;
  let rejected = 0;
  let stored: Map<string, UnitCounts>;
  try {
    if (mode === 'csv' || mode === 'xlsx') {
      const [units] = await pool.query('SELECT code, id FROM unit WHERE archivedAt IS NULL');
      const idByCode = new Map((units as Array<{ code: string; id: string }>).map((u) => [u.code, u.id]));
      const agg = mode === 'csv' ? await aggregateCsv(file, new Set(idByCode.keys())) : await aggregateXlsx(file, new Set(idByCode.keys()));
      rows = agg.rows;
      rejected = agg.rejected;
      const now = new Date();
      const values = [...agg.byUnit.entries()].map(([code, c]) => [randomUUID(), now, now, 1, process.env.B5_CYCLE_ID, process.env.B5_PERIOD_ID, idByCode.get(code), JSON.stringify(rateValues(c)), process.env.B5_ENTERED_BY]);
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        for (let i = 0; i < values.length; i += 500) {
          await conn.query(
            'INSERT INTO monitoring_entry (id, createdAt, updatedAt, version, cycleId, periodId, unitId, `values`, enteredBy) VALUES ? ON DUPLICATE KEY UPDATE `values` = VALUES(`values`), updatedAt = VALUES(updatedAt), version = version + 1, enteredBy = VALUES(enteredBy)',
            [values.slice(i, i + 500)],
          );
        }
        await conn.commit();
      } finally {
        conn.release();
      }
      // read back what was stored, so the fingerprint checks the database, not memory
      const [back] = await pool.query('SELECT u.code, m.`values` FROM monitoring_entry m JOIN unit u ON u.id = m.unitId WHERE m.periodId = ?', [process.env.B5_PERIOD_ID]);
      stored = new Map(
        (back as Array<{ code: string; values: string }>).map((r) => {
          const v = JSON.parse(r.values) as ReturnType<typeof rateValues>;
          return [r.code, { reported: v.dp_reported, accepted: v.dp_compliance_rate.numerator, late: v.dp_late_rate.numerator }];
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
      const agg = await aggregateXlsx(file, null);
      rows = agg.rows;
      stored = agg.byUnit;
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
