import { createHash } from 'node:crypto';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Bumped when the layout of a dump changes; restore refuses other versions. */
export const BACKUP_FORMAT = 'govtrust-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface BackupTable {
  /** table name in both engines (entities name their tables explicitly) */
  table: string;
  file: string;
  rows: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** engine the dump came from; a dump restores into either engine */
  sourceEngine: string;
  /** applied migrations in order; the target must have the same changes (names without timestamps) */
  migrations: string[];
  tables: BackupTable[];
  /** SHA-256 over format, migrations and tables, so an edited manifest is caught too */
  checksum: string;
}

/** Restore refused (or backup impossible): `code` says why, `message` is for the operator. */
export class BackupError extends Error {
  constructor(
    readonly code:
      'CHECKSUM_MISMATCH' | 'MIGRATIONS_DIFFER' | 'TARGET_NOT_EMPTY' | 'BAD_DUMP' | 'TARGET_EXISTS',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function manifestChecksum(
  manifest: Pick<BackupManifest, 'formatVersion' | 'migrations' | 'tables'>,
): string {
  return sha256(
    JSON.stringify({
      formatVersion: manifest.formatVersion,
      migrations: manifest.migrations,
      tables: manifest.tables,
    }),
  );
}

/** Tables in a stable order, so two dumps of the same data are byte-identical. */
export function dumpedEntities(metadatas: readonly EntityMetadata[]): EntityMetadata[] {
  return metadatas
    .filter((m) => m.tableType === 'regular')
    .sort((a, b) => a.tableName.localeCompare(b.tableName));
}

function isDateTime(column: ColumnMetadata): boolean {
  return column.type === 'datetime' || column.type === 'timestamp' || column.type === Date;
}

/**
 * One entity as a JSON object keyed by property: hydrated values (not raw driver values), so a dump
 * of MariaDB restores into SQLite and back; datetimes as ISO strings.
 */
export function encodeRow(metadata: EntityMetadata, entity: object): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    const value: unknown = column.getEntityValue(entity);
    row[column.propertyPath] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return row;
}

export function decodeRow(metadata: EntityMetadata, row: Record<string, unknown>): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (!(column.propertyPath in row)) {
      throw new BackupError('BAD_DUMP', `备份文件中的 ${metadata.tableName} 缺少字段 ${column.propertyPath}`);
    }
    const value = row[column.propertyPath];
    entity[column.propertyName] = isDateTime(column) && typeof value === 'string' ? new Date(value) : value;
  }
  return entity;
}
