import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const submitDir = path.resolve(__dirname, '../..');
const workspaceDir = path.resolve(submitDir, '../..');

/** Newest modification time of a file, or of the files under a folder (skipping build output). */
function newest(dir: string): number {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function stale(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => existsSync(source) && newest(source) > built);
}

/**
 * The e2e test drives the portal as the API serves it (apps/submit/dist at /submit/) and starts the
 * API from source with tsx, which loads the engine's build. Both are rebuilt here when missing or
 * older than their sources, so the test never runs against yesterday's bundle.
 */
export default function globalSetup(): void {
  const indicatorsDir = path.join(workspaceDir, 'packages/indicators');
  if (stale(path.join(indicatorsDir, 'dist/index.js'), [path.join(indicatorsDir, 'src')])) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: indicatorsDir, stdio: 'inherit' });
  }
  const sources = ['src', 'index.html', 'vite.config.mts'].map((name) => path.join(submitDir, name));
  sources.push(path.join(workspaceDir, 'packages/ui/src'));
  if (stale(path.join(submitDir, 'dist/index.html'), sources)) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: submitDir, stdio: 'inherit' });
  }
}
