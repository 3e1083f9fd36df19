import type { DataSource } from 'typeorm';
import { createTestDatabase, engines, type TestDatabase } from '../utils/test-database';

const tables = ['account', 'session', 'unit', 'audit_log'];

async function existingTables(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const found: string[] = [];
    for (const table of tables) if (await runner.hasTable(table)) found.push(table);
    return found;
  } finally {
    await runner.release();
  }
}

describe.each(engines)('migrations on %s', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('go up, all the way down, and up again', async () => {
    const { dataSource } = db;
    const total = dataSource.migrations.length;
    expect(total).toBeGreaterThan(0);
    expect(await existingTables(dataSource)).toEqual([]);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(total);
    expect(await existingTables(dataSource)).toEqual(tables);
    expect(await dataSource.showMigrations()).toBe(false);

    for (let i = 0; i < total; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await existingTables(dataSource)).toEqual([]);
    expect(await dataSource.showMigrations()).toBe(true);

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(total);
    expect(await existingTables(dataSource)).toEqual(tables);
  });

  it('leave no difference between the entities and the schema', async () => {
    // the migrations are the schema: a pending diff means an entity changed without a migration
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
