import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Env } from '../env';
import { entities } from './entities';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';

export type DatabaseConfig = Env['database'];

/**
 * One DataSource shape for both engines. `synchronize` is always off: the schema only changes
 * through the reviewed migrations in migrations/<engine>/.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { entities, synchronize: false, migrationsRun: false, logging: ['error'] as const };
  if (database.type === 'mysql') {
    return {
      ...common,
      type: 'mysql',
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

export function createDataSource(database: DatabaseConfig): DataSource {
  return new DataSource(dataSourceOptions(database));
}

/** Initialise and bring the schema up to date (start-up and tests). */
export async function initDataSource(database: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
