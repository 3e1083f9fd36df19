import { spawn } from 'node:child_process';
import mysql, { type Pool, type PoolOptions } from 'mysql2/promise';
import { paths } from './paths';

export const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root' } as const;

export function databaseUrl(database: string): string {
  return `mysql://${MARIADB.user}@${MARIADB.host}:${MARIADB.port}/${database}`;
}

export function createPool(database?: string, extra: Partial<PoolOptions> = {}): Pool {
  return mysql.createPool({
    ...MARIADB,
    database,
    connectionLimit: 8,
    multipleStatements: false,
    dateStrings: false,
    timezone: 'Z',
    ...extra,
  });
}

export async function recreateDatabase(admin: Pool, name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

export async function dropDatabase(admin: Pool, name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
}

/** Applies the API's own migrations (the built ones: the same code production runs). */
export function migrate(database: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [paths.apiMigrate], {
      env: { ...process.env, DATABASE_URL: databaseUrl(database), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`迁移失败 (${code}): ${output}`))));
  });
}

export type Row = ReadonlyArray<unknown>;

/**
 * Multi-row INSERT in chunks sized to stay well under max_allowed_packet. `columns` are quoted
 * because the schema uses reserved words (`values`, `key`, `rank`, `current`).
 */
export async function bulkInsert(
  pool: Pool,
  table: string,
  columns: readonly string[],
  rows: Iterable<Row>,
  options: { chunkRows?: number; suffix?: string } = {},
): Promise<number> {
  const chunkRows = options.chunkRows ?? 1000;
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?${options.suffix ? ` ${options.suffix}` : ''}`;
  let batch: unknown[][] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await pool.query(head, [batch]);
    total += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push([...row]);
    if (batch.length >= chunkRows) await flush();
  }
  await flush();
  return total;
}

/**
 * SQL statements the API sent for one request: the general log (as a table, briefly) filtered to
 * the connections that have the bench database selected. A global status counter would also count
 * whatever else the server is doing.
 */
export async function countStatements(admin: Pool, database: string, action: () => Promise<void>): Promise<number> {
  await admin.query("SET GLOBAL log_output = 'TABLE'");
  await admin.query('TRUNCATE TABLE mysql.general_log');
  await admin.query('SET GLOBAL general_log = 1');
  try {
    await action();
  } finally {
    await admin.query('SET GLOBAL general_log = 0');
  }
  const [threads] = await admin.query('SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?', [database]);
  const ids = (threads as Array<{ ID: number }>).map((t) => t.ID);
  let count = 0;
  if (ids.length > 0) {
    const [rows] = await admin.query(
      `SELECT COUNT(*) AS n FROM mysql.general_log WHERE thread_id IN (?) AND command_type IN ('Query', 'Execute')
         AND argument NOT LIKE 'SET GLOBAL general_log%'`,
      [ids],
    );
    count = Number((rows as Array<{ n: number }>)[0]?.n ?? 0);
  }
  await admin.query('TRUNCATE TABLE mysql.general_log');
  await admin.query("SET GLOBAL log_output = 'FILE'");
  return count;
}
