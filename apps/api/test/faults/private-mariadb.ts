import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';

const run = promisify(execFile);

export interface PrivateMariaDb {
  /** mysql://root@127.0.0.1:<port> (no database) */
  url: string;
  port: number;
  /** stops the server; `crash` sends SIGKILL (no clean shutdown, InnoDB recovers on start) */
  stop(options?: { crash?: boolean }): Promise<void>;
  start(): Promise<void>;
  /** stops the server and deletes its data directory */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(probe: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const connection = await createConnection({ uri: url, connectTimeout: 1000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

async function findBinary(name: string): Promise<string> {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const candidate = path.join(dir, name);
    try {
      await run('test', ['-x', candidate]);
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error(`${name} not found`);
}

/**
 * A MariaDB server of the test's own (its own data directory and port), so a test may stop and
 * crash it without touching the shared server other suites use. Started and stopped with
 * start-stop-daemon, as an operator's init script would.
 */
export async function startPrivateMariaDb(): Promise<PrivateMariaDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-mariadb-'));
  const datadir = path.join(dir, 'data');
  const pidfile = path.join(dir, 'mariadbd.pid');
  const socket = path.join(dir, 'mariadbd.sock');
  const port = await freePort();
  const url = `mysql://root@127.0.0.1:${port}`;
  const mariadbd = await findBinary('mariadbd');
  // --no-defaults: the host's my.cnf (user=mysql, its own datadir) must not leak in
  await run(await findBinary('mariadb-install-db'), [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--user=root',
  ]);
  const daemonArgs = [
    '--',
    '--no-defaults',
    `--datadir=${datadir}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${socket}`,
    `--pid-file=${path.join(dir, 'server.pid')}`,
    '--user=root',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    `--log-error=${path.join(dir, 'error.log')}`,
  ];
  let running = false;

  const db: PrivateMariaDb = {
    url,
    port,
    start: async () => {
      await run('start-stop-daemon', [
        '--start',
        '--background',
        '--pidfile',
        pidfile,
        '--make-pidfile',
        '--exec',
        mariadbd,
        ...daemonArgs,
      ]);
      running = true;
      await waitUntil(() => answers(url), 30_000, 'private MariaDB up');
    },
    stop: async ({ crash = false } = {}) => {
      if (!running) return;
      await run('start-stop-daemon', [
        '--stop',
        '--pidfile',
        pidfile,
        '--remove-pidfile',
        '--retry',
        crash ? 'KILL/10' : 'TERM/30/KILL/5',
        ...(crash ? ['--signal', 'KILL'] : []),
      ]);
      running = false;
      await waitUntil(async () => !(await answers(url)), 10_000, 'private MariaDB down');
    },
    destroy: async () => {
      await db.stop({ crash: true }).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await db.start();
  return db;
}
