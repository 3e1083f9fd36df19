import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { Evidence } from './evidence.entity';

export interface OrphanSweepResult {
  /** half-written uploads left in `.tmp/` by a crash or a lost connection */
  partials: number;
  /** blobs no evidence row points at (a crash between publishing the blob and committing its row) */
  blobs: number;
}

const blobName = /^[0-9a-f]{64}$/;

async function entries(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}

async function olderThan(file: string, cutoff: number): Promise<boolean> {
  try {
    return (await fs.stat(file)).mtimeMs < cutoff;
  } catch {
    return false;
  }
}

/**
 * Removes files under the local evidence root that nothing will ever point at. Only files older than
 * `graceMs` are touched: an upload in progress owns its temporary file and, until its row commits,
 * its blob. Soft-deleted rows still reference their blob and keep it.
 */
export async function sweepEvidenceOrphans(
  dataSource: DataSource,
  root: string,
  { graceMs = 60 * 60 * 1000, now = Date.now() }: { graceMs?: number; now?: number } = {},
): Promise<OrphanSweepResult> {
  const cutoff = now - graceMs;
  const result: OrphanSweepResult = { partials: 0, blobs: 0 };
  const tmpDir = path.join(root, '.tmp');
  for (const name of await entries(tmpDir)) {
    const file = path.join(tmpDir, name);
    if (name.endsWith('.part') && (await olderThan(file, cutoff))) {
      await fs.rm(file, { force: true });
      result.partials++;
    }
  }
  const repo = dataSource.getRepository(Evidence);
  for (const first of await entries(root)) {
    if (!/^[0-9a-f]{2}$/.test(first)) continue;
    for (const second of await entries(path.join(root, first))) {
      if (!/^[0-9a-f]{2}$/.test(second)) continue;
      for (const name of await entries(path.join(root, first, second))) {
        if (!blobName.test(name) || !name.startsWith(first + second)) continue;
        const file = path.join(root, first, second, name);
        if (!(await olderThan(file, cutoff))) continue;
        if (await repo.existsBy({ storageKey: `${first}/${second}/${name}` })) continue;
        await fs.rm(file, { force: true });
        result.blobs++;
      }
    }
  }
  return result;
}
