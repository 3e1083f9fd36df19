/**
 * The real preset registry through the CLI: every indicator system's sample scores through
 * `score` (JSON, and the CSV/XLSX templates pre-filled with it give the same cards) and `demo`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIndicatorSystemPreset, getPresetSample, listPresets } from '../presets';
import { cli, makeTempDir } from './__fixtures__/cli-harness';
import { defaultRegistry } from './default-registry';

const systems = listPresets().filter((preset) => preset.kind === 'INDICATOR_SYSTEM');
const withSample = systems.filter((preset) => (getPresetSample(preset.id)?.length ?? 0) > 0);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

it('the CLI knows the registry presets', async () => {
  expect(systems.length).toBeGreaterThan(0);
  const result = await cli(['presets'], dir, defaultRegistry);
  expect(result.code).toBe(0);
  for (const preset of listPresets()) expect(result.out).toContain(preset.id);
});

describe.each(withSample.map((preset) => [preset.id]))('preset %s', (id) => {
  it('scores its sample from JSON, and the same from the CSV and XLSX templates filled with it', async () => {
    const sample = getPresetSample(id) ?? [];
    writeFileSync(join(dir, 'sample.json'), JSON.stringify(sample));
    const scored = await cli(['score', 'sample.json', '--system', id, '--out', 'expected.json'], dir, defaultRegistry);
    expect(scored.err).toBe('');
    expect(scored.code).toBe(0);
    expect(scored.out).toContain(getIndicatorSystemPreset(id)?.name ?? '?');
    const expected = readFileSync(join(dir, 'expected.json'), 'utf8');
    expect((JSON.parse(expected) as unknown[]).length).toBe(sample.length);
    for (const file of ['filled.csv', 'filled.xlsx']) {
      expect((await cli(['template', id, '--sample', '--out', file], dir, defaultRegistry)).code).toBe(0);
      const again = await cli(['score', file, '--system', id, '--out', `${file}.json`], dir, defaultRegistry);
      expect(again.err).toBe('');
      expect(again.code).toBe(0);
      expect(readFileSync(join(dir, `${file}.json`), 'utf8')).toBe(expected);
    }
  }, 30_000);
});

it('demo scores every preset sample', async () => {
  const result = await cli(['demo'], dir, defaultRegistry);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  for (const preset of withSample) expect(result.out).toContain(`（${preset.id}，`);
});
