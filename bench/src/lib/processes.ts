import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { canPin } from './machine';
import { paths } from './paths';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  /** event-loop delay since the previous call (ms), from the preload */
  loopLag(): Promise<{ p50: number; p99: number; max: number; samples: number }>;
  /** forgets the peak RSS so far (VmHWM), so the next peakRssMb() covers one phase */
  resetPeakRss(): void;
  peakRssMb(): number;
  stop(): Promise<void>;
  output(): string;
}

const running = new Set<ServerProcess>();

export interface StartOptions {
  name: string;
  /** node arguments before the script (e.g. --import tsx) */
  nodeArgs?: string[];
  script: string;
  env: Record<string, string>;
  port: number;
  /** GET this path until it answers 2xx */
  healthPath: string;
  cpuProfDir?: string;
}

/** Starts a server pinned to core 1 (where possible) with the event-loop preload. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const lagFile = path.join(paths.work, `${options.name}-loop-lag.json`);
  const stale = await fetch(`http://127.0.0.1:${options.port}${options.healthPath}`).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`${options.name}: 端口 ${options.port} 已被占用`);
  mkdirSync(paths.work, { recursive: true });
  const nodeArgs = [
    '--require',
    paths.loopLagPreload,
    ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
    ...(options.nodeArgs ?? []),
    options.script,
  ];
  const [command, args] = canPin()
    ? ['taskset', ['-c', '1', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command as string, args as string[], {
    env: { ...process.env, ...options.env, BENCH_LOOP_LAG_FILE: lagFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${options.port}`;
  const server: ServerProcess = {
    name: options.name,
    url,
    pid: child.pid!,
    child,
    output: () => log,
    async loopLag() {
      writeFileSync(lagFile, '');
      child.kill('SIGUSR2');
      for (let i = 0; i < 100; i++) {
        await sleep(20);
        const text = existsSync(lagFile) ? readFileSync(lagFile, 'utf8') : '';
        if (text) return JSON.parse(text) as { p50: number; p99: number; max: number; samples: number };
      }
      throw new Error(`${options.name}: no event-loop figures`);
    },
    resetPeakRss() {
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        // kernels without clear_refs: the peak then covers the whole process life (stated in RESULTS.md)
      }
    },
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return Math.round(kb / 1024);
    },
    async stop() {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timeout = sleep(20_000).then(() => 'timeout');
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  running.add(server);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} 启动失败：\n${log}`);
    try {
      const res = await fetch(url + options.healthPath);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} 60 秒内未就绪：\n${log}`);
    }
    await sleep(100);
  }
  return server;
}

/** Stops every server still running (on success and on failure). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop().catch(() => undefined)));
}

export function latestProfile(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  return files.length ? path.join(dir, files.sort().at(-1)!) : null;
}

/** The last lines each running server wrote, for the log when a benchmark fails (a 500's cause is only there). */
export function runningServerOutput(lines = 15): string {
  return [...running].map((s) => `--- ${s.name}\n${s.output().trimEnd().split('\n').slice(-lines).join('\n')}`).join('\n');
}
