import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { apiDir } from './paths';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The real API (tsx, the API's own tsconfig), seeded with the demo data, on `port`. */
export function startApi(env: Record<string, string>): ChildProcess {
  const child = spawn('npx', ['tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: 'development', SEED_DEMO: 'true', BCRYPT_ROUNDS: '4', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', (code) => {
    if (code) process.stderr.write(`[e2e] API exited with ${code}\n${log}\n`);
  });
  return child;
}

export async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`API not healthy at ${baseUrl} after ${timeoutMs} ms`);
}

/** Stops the API's process group (npx → tsx → node) and waits for it. */
export async function stopApi(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 60 && alive(); i += 1) await new Promise((r) => setTimeout(r, 250));
  if (alive()) process.kill(-pid, 'SIGKILL');
}
