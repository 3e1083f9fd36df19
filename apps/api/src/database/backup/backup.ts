import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  dumpedEntities,
  encodeRow,
  manifestChecksum,
  MANIFEST_FILE,
  sha256,
  type BackupManifest,
  type BackupTable,
} from './backup-format';

const PAGE = 1000;

export async function appliedMigrations(
  dataSource: DataSource,
  runner: EntityManager = dataSource.manager,
): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const rows: Array<{ name: string }> = await runner.query(`SELECT name FROM ${table} ORDER BY id`);
  return rows.map((r) => r.name);
}

async function writeDurably(file: string, data: string): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Dumps every entity table as JSON lines plus a manifest (row counts, per-file SHA-256, migration
 * list) into the new directory `target`. All reads run in one transaction (a consistent snapshot on
 * MariaDB's REPEATABLE READ and SQLite alike); files go to a sibling temporary directory that is
 * renamed into place at the end, so `target` either holds a complete dump or does not exist.
 */
export async function backupDatabase(dataSource: DataSource, target: string): Promise<BackupManifest> {
  const finalDir = path.resolve(target);
  if (
    await fs.stat(finalDir).then(
      () => true,
      () => false,
    )
  ) {
    throw new BackupError('TARGET_EXISTS', `备份目录已存在：${finalDir}（请指定新目录）`);
  }
  await fs.mkdir(path.dirname(finalDir), { recursive: true });
  const tmpDir = `${finalDir}.partial-${randomBytes(4).toString('hex')}`;
  await fs.mkdir(tmpDir, { mode: 0o700 });
  try {
    const manifest = await dataSource.transaction(async (manager) => {
      const migrations = await appliedMigrations(dataSource, manager);
      const tables: BackupTable[] = [];
      for (const metadata of dumpedEntities(dataSource.entityMetadatas)) {
        const lines: string[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const qb = manager.createQueryBuilder(metadata.target, 'r');
          for (const primary of metadata.primaryColumns) qb.addOrderBy(`r.${primary.propertyPath}`, 'ASC');
          const page = await qb.offset(offset).limit(PAGE).getMany();
          for (const entity of page) lines.push(JSON.stringify(encodeRow(metadata, entity)));
          if (page.length < PAGE) break;
        }
        const data = lines.length ? `${lines.join('\n')}\n` : '';
        const file = `${metadata.tableName}.jsonl`;
        await writeDurably(path.join(tmpDir, file), data);
        tables.push({ table: metadata.tableName, file, rows: lines.length, sha256: sha256(data) });
      }
      const body = { formatVersion: BACKUP_FORMAT_VERSION, migrations, tables };
      return {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        sourceEngine: String(dataSource.options.type),
        ...body,
        checksum: manifestChecksum(body),
      } satisfies BackupManifest;
    });
    await writeDurably(path.join(tmpDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(tmpDir, finalDir);
    const parent = await fs.open(path.dirname(finalDir), 'r');
    await parent.sync().finally(() => parent.close());
    return manifest;
  } catch (error) {
    await fs.rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
}
