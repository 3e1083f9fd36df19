#!/usr/bin/env node
// Runs every workspace's jest suite through turbo, then prints one line that sums them all:
// "N passed, N failed". Each workspace's `test` script writes test-results/jest.json (jest --json).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const groups = ['apps', 'packages', 'tooling'];
const resultFiles = groups.flatMap((group) => {
  const dir = join(root, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => join(dir, name, 'test-results', 'jest.json'));
});

for (const file of resultFiles) rmSync(file, { force: true });

const extra = process.argv.slice(2);
// turbo from the workspace's own install: pnpm itself need not be on PATH (npx -y pnpm@… test)
const turboBin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
// two at a time: the API suite and the jsdom suites each want a whole core
const turbo = spawnSync(turboBin, ['run', 'test', '--continue', '--concurrency=2', ...extra], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

let passed = 0;
let failed = 0;
let suitesFailedToRun = 0;
for (const file of resultFiles) {
  if (!existsSync(file)) continue;
  const result = JSON.parse(readFileSync(file, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  suitesFailedToRun += result.numRuntimeErrorTestSuites ?? 0;
}
if (suitesFailedToRun > 0) console.log(`${suitesFailedToRun} test suite(s) failed to run`);
console.log(`${passed} passed, ${failed + suitesFailedToRun} failed`);
process.exit(turbo.status ?? 1);
