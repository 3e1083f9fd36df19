import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Env } from '../env';
import { entities } from './entities';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';

export type DatabaseConfig = Env['database'];

/**
 * TypeORM reads MariaDB's information_schema correctly only with `type: 'mariadb'` (otherwise every
 * nullable column looks changed to the schema diff), so a mysql:// URL asks the server what it is.
 */
export async function detectMysqlFlavor(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as Array<{ version: string }>)[0]?.version ?? '');
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/**
 * One DataSource shape for both engines. `synchronize` is always off: the schema only changes
 * through the reviewed migrations in migrations/<engine>/ (MySQL and MariaDB share one folder).
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { entities, synchronize: false, migrationsRun: false, logging: ['error' as const] };
  if (database.type !== 'sqlite') {
    return {
      ...common,
      type: database.type,
      url: database.url,
      charset: 'utf8mb4_unicode_ci',
      // JS Dates are written and read as UTC regardless of the server's zone
      timezone: 'Z',
      migrations: mysqlMigrations,
      extra: { connectionLimit: 10 },
    };
  }
  if (database.path !== ':memory:') mkdirSync(path.dirname(path.resolve(database.path)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    migrations: sqliteMigrations,
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/** A DataSource (not initialised) for the configured engine, MySQL vs MariaDB resolved. */
export async function createDataSource(database: DatabaseConfig): Promise<DataSource> {
  const resolved: DatabaseConfig =
    database.type === 'mysql' ? { ...database, type: await detectMysqlFlavor(database.url) } : database;
  return new DataSource(dataSourceOptions(resolved));
}

/** Initialise and bring the schema up to date (start-up and tests). */
export async function initDataSource(database: DatabaseConfig): Promise<DataSource> {
  const dataSource = await createDataSource(database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
