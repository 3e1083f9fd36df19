import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource, type DatabaseConfig } from '../../src/database/data-source';

export type Engine = 'mysql' | 'sqlite';
/** `describe.each(engines)` runs a suite on MariaDB and on SQLite. */
export const engines: Engine[] = ['mysql', 'sqlite'];

export interface TestDatabase {
  engine: Engine;
  config: DatabaseConfig;
  dataSource: DataSource;
  /** destroy the pool and drop the database / delete the file (call in afterAll) */
  drop(): Promise<void>;
}

const mysqlBase = (process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/+$/, '');

/**
 * A fresh database per test file: `govtrust_t_<random>` on MariaDB (TEST_DATABASE_URL, default
 * mysql://root@127.0.0.1:3306) or a temp SQLite file. Migrations are applied unless `migrate` is false.
 */
export async function createTestDatabase(engine: Engine, { migrate = true } = {}): Promise<TestDatabase> {
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (engine === 'mysql') {
    const name = `govtrust_t_${randomBytes(6).toString('hex')}`;
    const admin = await createConnection(mysqlBase);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    config = { type: 'mysql', url: `${mysqlBase}/${name}` }; // flavour detected by createDataSource
    cleanup = async () => {
      const conn = await createConnection(mysqlBase);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-t-'));
    config = { type: 'sqlite', path: path.join(dir, 'test.sqlite') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  return {
    engine,
    config,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await cleanup();
    },
  };
}
