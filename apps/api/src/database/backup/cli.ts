import 'reflect-metadata';
import { parseEnv } from '../../env';
import { initDataSource } from '../data-source';
import { backupDatabase } from './backup';
import { BackupError } from './backup-format';
import { restoreDatabase } from './restore';

const USAGE = `用法：
  pnpm db:backup <新备份目录>     把当前数据库（DATABASE_URL 或 SQLITE_PATH）导出为 JSON Lines + 清单
  pnpm db:restore <备份目录>      恢复到空数据库（先执行迁移；迁移列表须与备份一致）`;

/** `db:backup <dir>` / `db:restore <dir>` against the database the environment names. */
async function main(): Promise<void> {
  const [command, dir] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !dir) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const env = parseEnv();
  const dataSource = await initDataSource(env.database);
  try {
    if (command === 'backup') {
      const manifest = await backupDatabase(dataSource, dir);
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `已备份 ${manifest.tables.length} 张表、${rows} 行到 ${dir}（校验和 ${manifest.checksum.slice(0, 12)}…）`,
      );
    } else {
      const restored = await restoreDatabase(dataSource, dir);
      console.log(`已恢复 ${restored.tables} 张表、${restored.rows} 行`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof BackupError) {
    console.error(`${command()}失败（${error.code}）：${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});

function command(): string {
  return process.argv[2] === 'restore' ? '恢复' : '备份';
}
