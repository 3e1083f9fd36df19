import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { backupDatabase } from '../../src/database/backup/backup';
import {
  dumpedEntities,
  encodeRow,
  MANIFEST_FILE,
  type BackupManifest,
} from '../../src/database/backup/backup-format';
import { restoreDatabase } from '../../src/database/backup/restore';
import { createSubmissionWorld, submitFgwTask } from '../utils/submission-world';
import { createTestDatabase, engines, type Engine, type TestDatabase } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const run = promisify(execFile);
const apiRoot = path.resolve(__dirname, '../..');

/** Every entity table as encoded rows in primary-key order. */
async function snapshot(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const metadata of dumpedEntities(dataSource.entityMetadatas)) {
    const qb = dataSource.createQueryBuilder(metadata.target, 'r');
    for (const primary of metadata.primaryColumns) qb.addOrderBy(`r.${primary.propertyPath}`, 'ASC');
    out[metadata.tableName] = (await qb.getMany()).map((entity) => encodeRow(metadata, entity));
  }
  return out;
}

async function rowCount(dataSource: DataSource): Promise<number> {
  let total = 0;
  for (const metadata of dumpedEntities(dataSource.entityMetadatas))
    total += await dataSource.manager.count(metadata.target);
  return total;
}

describe.each(engines)('db:backup and db:restore from %s', (engine) => {
  let t: TestServer;
  let dir: string;
  let dump: string;
  let manifest: BackupManifest;
  const targets: TestDatabase[] = [];

  beforeAll(async () => {
    t = await startTestServer(engine);
    const world = await createSubmissionWorld(t);
    await submitFgwTask(t.gql, world, await world.submitterOf('GH-FGW'));
    dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-backup-'));
    dump = path.join(dir, 'dump');
    manifest = await backupDatabase(t.dataSource, dump);
  }, 60_000);
  afterAll(async () => {
    for (const target of targets) await target.drop();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function emptyTarget(targetEngine: Engine): Promise<TestDatabase> {
    const target = await createTestDatabase(targetEngine);
    targets.push(target);
    return target;
  }

  it('writes one JSON-lines file per entity table and a manifest with counts and checksums', async () => {
    const tables = dumpedEntities(t.dataSource.entityMetadatas).map((m) => m.tableName);
    expect(manifest.tables.map((x) => x.table)).toEqual(tables);
    const submissions = manifest.tables.find((x) => x.table === 'submission')!;
    expect(submissions.rows).toBe(1);
    expect(manifest.tables.find((x) => x.table === 'unit')!.rows).toBeGreaterThan(30);
    const lines = readFileSync(path.join(dump, submissions.file), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ state: 'SUBMITTED' });
    expect(manifest.migrations.length).toBeGreaterThan(0);
    // no temporary directory is left beside the dump
    expect(readdirSync(dir)).toEqual(['dump']);
  });

  it.each(engines)(
    'restores into an empty migrated %s database, equal table by table',
    async (targetEngine) => {
      const target = await emptyTarget(targetEngine);
      const restored = await restoreDatabase(target.dataSource, dump);
      expect(restored.rows).toBe(manifest.tables.reduce((sum, x) => sum + x.rows, 0));
      expect(await snapshot(target.dataSource)).toEqual(await snapshot(t.dataSource));
    },
  );

  it('refuses a database that already holds data, writing nothing', async () => {
    const target = await emptyTarget(engine);
    await restoreDatabase(target.dataSource, dump);
    const before = await rowCount(target.dataSource);
    await expect(restoreDatabase(target.dataSource, dump)).rejects.toMatchObject({
      code: 'TARGET_NOT_EMPTY',
    });
    expect(await rowCount(target.dataSource)).toBe(before);
  });

  it('refuses a dump whose table file or manifest was altered', async () => {
    const target = await emptyTarget(engine);
    const tampered = path.join(dir, 'tampered');
    await backupDatabase(t.dataSource, tampered);
    const unitFile = path.join(tampered, 'unit.jsonl');
    writeFileSync(unitFile, readFileSync(unitFile, 'utf8').replace('根河市', '根河县'));
    await expect(restoreDatabase(target.dataSource, tampered)).rejects.toMatchObject({
      code: 'CHECKSUM_MISMATCH',
    });

    const edited = path.join(dir, 'edited');
    await backupDatabase(t.dataSource, edited);
    const m = JSON.parse(readFileSync(path.join(edited, MANIFEST_FILE), 'utf8')) as BackupManifest;
    m.tables[0]!.rows += 1;
    writeFileSync(path.join(edited, MANIFEST_FILE), JSON.stringify(m));
    await expect(restoreDatabase(target.dataSource, edited)).rejects.toMatchObject({
      code: 'CHECKSUM_MISMATCH',
    });
    expect(await rowCount(target.dataSource)).toBe(0);
  });

  it('refuses a database whose migrations differ from the dump', async () => {
    const target = await emptyTarget(engine);
    await target.dataSource.undoLastMigration({ transaction: 'each' });
    await expect(restoreDatabase(target.dataSource, dump)).rejects.toMatchObject({
      code: 'MIGRATIONS_DIFFER',
    });
  });

  it('refuses to overwrite an existing backup directory', async () => {
    await expect(backupDatabase(t.dataSource, dump)).rejects.toMatchObject({ code: 'TARGET_EXISTS' });
  });

  if (engine === 'sqlite') {
    it('works from the command line against SQLITE_PATH', async () => {
      const cliDump = path.join(dir, 'cli-dump');
      const source = t.db.config as { path: string };
      const cli = [path.join(apiRoot, 'node_modules/.bin/tsx'), 'src/database/backup/cli.ts'];
      const { DATABASE_URL: _mysql, ...inherited } = process.env;
      const envFor = (sqlite: string) => ({ ...inherited, SQLITE_PATH: sqlite, SEED_DEMO: 'false' });
      const backup = await run(cli[0]!, [cli[1]!, 'backup', cliDump], {
        cwd: apiRoot,
        env: envFor(source.path),
      });
      expect(backup.stdout).toMatch(/已备份 \d+ 张表/);
      const restoredPath = path.join(dir, 'restored.sqlite');
      const restore = await run(cli[0]!, [cli[1]!, 'restore', cliDump], {
        cwd: apiRoot,
        env: envFor(restoredPath),
      });
      expect(restore.stdout).toMatch(/已恢复 \d+ 张表/);
      const again = run(cli[0]!, [cli[1]!, 'restore', cliDump], { cwd: apiRoot, env: envFor(restoredPath) });
      await expect(again).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('TARGET_NOT_EMPTY'),
      });
    }, 150_000);
  }
});
