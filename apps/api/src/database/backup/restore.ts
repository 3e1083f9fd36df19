import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { appliedMigrations } from './backup';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  decodeRow,
  dumpedEntities,
  manifestChecksum,
  MANIFEST_FILE,
  sha256,
  type BackupManifest,
} from './backup-format';

/** rows per INSERT: well under MariaDB's packet limit and SQLite's bound-variable limit */
const BATCH = 100;

async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupError('BAD_DUMP', `无法读取备份清单 ${MANIFEST_FILE}：${(error as Error).message}`);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError('BAD_DUMP', `不支持的备份格式：${manifest.format} v${manifest.formatVersion}`);
  }
  if (manifestChecksum(manifest) !== manifest.checksum) {
    throw new BackupError('CHECKSUM_MISMATCH', '备份清单校验和不符，备份可能已被改动');
  }
  return manifest;
}

/** Reads every table file and checks its SHA-256 and row count before anything is written. */
async function readTables(
  dir: string,
  manifest: BackupManifest,
): Promise<Map<string, Array<Record<string, unknown>>>> {
  const byTable = new Map<string, Array<Record<string, unknown>>>();
  for (const entry of manifest.tables) {
    if (path.basename(entry.file) !== entry.file)
      throw new BackupError('BAD_DUMP', `备份清单中的文件名无效：${entry.file}`);
    const data = await fs.readFile(path.join(dir, entry.file), 'utf8').catch(() => {
      throw new BackupError('BAD_DUMP', `备份文件缺失：${entry.file}`);
    });
    if (sha256(data) !== entry.sha256) {
      throw new BackupError('CHECKSUM_MISMATCH', `${entry.file} 校验和不符，备份可能已损坏或被改动`);
    }
    const rows = data
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    if (rows.length !== entry.rows)
      throw new BackupError('CHECKSUM_MISMATCH', `${entry.file} 行数与清单不符`);
    byTable.set(entry.table, rows);
  }
  return byTable;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/**
 * Each engine has its own generated migration per change (`AddExportJobs1795882795324` on MariaDB,
 * `AddExportJobs1795882804431` on SQLite): the name without its timestamp is the change itself.
 */
function changes(migrations: readonly string[]): string[] {
  return migrations.map((name) => name.replace(/\d{13}$/, ''));
}

/**
 * Loads a dump made by backupDatabase into `dataSource`, which must be migrated to exactly the
 * dump's migration list and hold no rows. Checks run before the first write; the inserts run in one
 * transaction, so a failure leaves the target empty.
 */
export async function restoreDatabase(
  dataSource: DataSource,
  source: string,
): Promise<{ tables: number; rows: number }> {
  const dir = path.resolve(source);
  const manifest = await readManifest(dir);
  const byTable = await readTables(dir, manifest);

  const migrations = await appliedMigrations(dataSource);
  if (!sameList(changes(migrations), changes(manifest.migrations))) {
    throw new BackupError(
      'MIGRATIONS_DIFFER',
      `目标数据库的迁移（${migrations.length} 个）与备份（${manifest.migrations.length} 个）不一致，请使用相同版本的程序恢复`,
    );
  }
  const metadatas = dumpedEntities(dataSource.entityMetadatas);
  const expected = metadatas.map((m) => m.tableName).sort();
  const dumped = [...byTable.keys()].sort();
  if (!sameList(expected, dumped)) {
    throw new BackupError('BAD_DUMP', `备份中的表（${dumped.join(', ')}）与程序的表不一致`);
  }

  let total = 0;
  await dataSource.transaction(async (manager) => {
    for (const metadata of metadatas) {
      if ((await manager.count(metadata.target)) > 0) {
        throw new BackupError(
          'TARGET_NOT_EMPTY',
          `目标数据库的 ${metadata.tableName} 表已有数据，只能恢复到空数据库`,
        );
      }
    }
    for (const metadata of metadatas) {
      const rows = (byTable.get(metadata.tableName) ?? []).map((row) => decodeRow(metadata, row));
      for (let i = 0; i < rows.length; i += BATCH) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(metadata.target)
          .values(rows.slice(i, i + BATCH))
          .callListeners(false)
          .updateEntity(false)
          .execute();
      }
      total += rows.length;
    }
  });
  return { tables: metadatas.length, rows: total };
}
