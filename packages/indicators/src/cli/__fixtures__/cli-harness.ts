/** Shared by the CLI's tests: a temp directory per test and the CLI run as a function. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniRegistry, miniSampleRows, miniSystem } from './mini-system';
import type { PresetRegistry } from '../preset-registry';
import { run } from '../run';
import { templateCsv } from '../write-template';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], cwd: string, registry: PresetRegistry = miniRegistry): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    { stdout: (text) => (out += text), stderr: (text) => (err += text) },
    { registry, cwd },
  );
  return { code, out, err };
}

export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'govtrust-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Writes the mini system's sample as a template CSV, with `edit` applied to the data rows. */
export function writeSampleCsv(dir: string, name = 'input.csv', edit?: (rows: string[][]) => void): string {
  const rows = miniSampleRows.map((row) => [...row]);
  edit?.(rows);
  const path = join(dir, name);
  writeFileSync(path, templateCsv(miniSystem, rows));
  return path;
}
