/**
 * The real binary once, as a child process: shebang entry, exit code and stdout/stderr wiring.
 * TypeScript runs through tsx (installed for apps/api); the rest of the CLI is tested through run().
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { miniSystem } from './__fixtures__/mini-system';
import { listDir, makeTempDir, writeSampleCsv } from './__fixtures__/cli-harness';

const repoRoot = resolve(__dirname, '../../../..');
const tsx = [join(repoRoot, 'node_modules/.bin/tsx'), join(repoRoot, 'apps/api/node_modules/.bin/tsx')].find(existsSync);
const main = join(__dirname, 'main.ts');

describe('govtrust-score as a process', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('finds tsx to run the TypeScript entry', () => {
    expect(tsx).toBeDefined();
  });

  it('scores a CSV and exits 0, and exits 1 with a Chinese message on a bad cell', () => {
    writeFileSync(join(dir, 'system.json'), JSON.stringify(miniSystem));
    writeSampleCsv(dir);
    const ok = spawnSync(tsx as string, [main, 'score', 'input.csv', '--system', 'system.json'], { cwd: dir, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\s+1\s+甲县\s+20\.00/m);

    writeSampleCsv(dir, 'bad.csv', (rows) => ((rows[0] as string[])[6] = '=1+1'));
    const bad = spawnSync(tsx as string, [main, 'score', 'bad.csv', '--system', 'system.json', '--out', 'r.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('第3行「失信被执行人数量」');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(listDir(dir)).toEqual(['bad.csv', 'input.csv', 'system.json']);
  }, 60_000);

  it('runs demo over the preset registry and exits 0', () => {
    const demo = spawnSync(tsx as string, [main, 'demo'], { cwd: dir, encoding: 'utf8' });
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('名次');
    expect(demo.stdout).toMatch(/共演示 [1-9]\d* 个指标体系/);
  }, 60_000);
});
