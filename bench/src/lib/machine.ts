import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Pool } from 'mysql2/promise';

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  mariadb: string;
  os: string;
  pinning: string;
}

export function canPin(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return os.cpus().length >= 2;
  } catch {
    return false;
  }
}

export async function machineInfo(pool: Pool): Promise<MachineInfo> {
  const [rows] = await pool.query('SELECT VERSION() AS v');
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    mariadb: (rows as Array<{ v: string }>)[0]?.v ?? 'unknown',
    os: `${os.type()} ${os.release()}`,
    pinning: canPin()
      ? 'servers (API and floors) on core 1 (`taskset -c 1`), load generators on core 0; MariaDB unpinned'
      : 'no pinning (taskset missing or a single core)',
  };
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}
