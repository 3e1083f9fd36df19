import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { adminDir, repoDir } from './paths';

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => (name === 'node_modules' ? newest : Math.max(newest, newestMtime(path.join(entry, name)))), stat.mtimeMs);
}

/** Builds the console with Vite when dist/ is missing or older than any of its sources. */
export function buildAdminIfStale(): void {
  const built = newestMtime(path.join(adminDir, 'dist', 'index.html'));
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts'].map((p) => newestMtime(path.join(adminDir, p))),
    ...['packages/ui/src', 'packages/indicators/src'].map((p) => newestMtime(path.join(repoDir, p))),
  );
  if (built >= sources) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: adminDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}
