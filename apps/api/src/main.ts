import 'reflect-metadata';
import { initDataSource } from './database/data-source';
import { parseEnv } from './env';
import { DEMO_PASSWORD, seedDemoData } from './modules/demo/seed-demo';
import { sweepEvidenceOrphans } from './modules/evidence/orphan-sweep';
import { scheduleDailyWarnings } from './modules/warnings/daily-warnings';
import { createServer, startServer } from './server';

/** Start-up: env → database (+ migrations) → demo data when empty → listen; graceful shutdown. */
async function main(): Promise<void> {
  const env = parseEnv();
  const dataSource = await initDataSource(env.database);
  const engine = env.database.type === 'sqlite' ? `SQLite (${env.database.path})` : dataSource.options.type;

  const seed = env.SEED_DEMO ? await seedDemoData(dataSource, env.bcryptRounds) : null;
  if (env.EVIDENCE_STORAGE === 'local') {
    // before listening, so no upload of this process is in flight; the grace period spares other instances'
    const swept = await sweepEvidenceOrphans(dataSource, env.EVIDENCE_DIR);
    if (swept.partials + swept.blobs > 0) {
      console.log(`已清理佐证材料孤立文件：未完成上传 ${swept.partials} 个，无记录文件 ${swept.blobs} 个`);
    }
  }
  const api = await createServer({ dataSource, env });
  const server = await startServer(api, env.PORT);
  const stopDailyWarnings = scheduleDailyWarnings(api.services.warnings);
  const stopExportJobs = await api.services.exportJobs.startUp();

  console.log(`GovTrust API 已启动（${env.NODE_ENV}，数据库 ${engine}）`);
  console.log(`  信用办管理后台: ${server.url}/admin/`);
  console.log(`  单位填报门户: ${server.url}/submit/`);
  console.log(`  GraphQL: ${server.url}/graphql`);
  console.log(`  健康检查: ${server.url}/health`);
  if (seed?.seeded) {
    console.log(`已写入演示数据：${seed.units} 个单位，${seed.accounts.length} 个账号，密码均为 ${DEMO_PASSWORD}`);
    for (const account of seed.accounts.slice(0, 8)) {
      console.log(`  ${account.username.padEnd(14)} ${account.role.padEnd(15)} ${account.displayName}`);
    }
    console.log(`  …… 其余部门账号为 gh03.submit / gh03.approve 至 gh36.submit / gh36.approve`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopDailyWarnings();
    stopExportJobs();
    console.log(`收到 ${signal}，正在停止：不再接受新请求，等待处理中的请求完成……`);
    const force = setTimeout(() => {
      console.error('等待超时，强制退出');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await server.close();
      await dataSource.destroy();
      console.log('已停止');
    } catch (error) {
      console.error(error);
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('启动失败', error);
  process.exit(1);
});
