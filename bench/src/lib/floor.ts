import path from 'node:path';
import { databaseUrl } from './db';
import { paths } from './paths';
import { startServer, type ServerProcess } from './processes';

export const FLOOR_PORT = 4620 + Number(process.env.BENCH_INSTANCE ?? 0);

/** The bare node:http floor server (src/floors/floor-server.ts) on the same database as the API. */
export function startFloor(database: string): Promise<ServerProcess> {
  return startServer({
    name: 'floor',
    nodeArgs: ['--require', require.resolve('tsx/cjs')],
    script: path.join(paths.bench, 'src', 'floors', 'floor-server.ts'),
    port: FLOOR_PORT,
    healthPath: '/health',
    env: {
      NODE_ENV: 'production',
      FLOOR_PORT: String(FLOOR_PORT),
      FLOOR_DATABASE_URL: databaseUrl(database),
      FLOOR_EVIDENCE_DIR: path.join(paths.work, `floor-evidence-${database}`),
    },
  });
}
