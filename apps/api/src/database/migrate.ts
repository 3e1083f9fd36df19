import 'reflect-metadata';
import { parseEnv } from '../env';
import { createDataSource } from './data-source';

/**
 * `pnpm db:migrate` applies pending migrations; `pnpm db:migrate -- --revert` undoes the last one.
 * (From source: `npx tsx src/database/migrate.ts [--revert]`.)
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const dataSource = await createDataSource(env.database);
  await dataSource.initialize();
  try {
    if (process.argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('已回滚最近一次迁移');
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `已执行迁移：${applied.map((m) => m.name).join(', ')}` : '数据库已是最新');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
