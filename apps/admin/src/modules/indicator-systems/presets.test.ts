import { scoreUnit, validateValues } from '@govtrust/indicators';
import { findIndicatorSystemPreset, indicatorSystemPresets, presetSamples } from './presets';
import { fieldsForUnit } from './utils/previewFields';
import { summarizeSystem } from './utils/systemSummary';

describe('the preset registry as the console uses it', () => {
  const systems = indicatorSystemPresets();

  it('lists the indicator systems and finds each by id', () => {
    expect(systems.length).toBeGreaterThan(0);
    for (const system of systems) expect(findIndicatorSystemPreset(system.id)).toBe(system);
    expect(findIndicatorSystemPreset('no-such-system')).toBeUndefined();
  });

  it.each(indicatorSystemPresets().map((s) => [s.id, s] as const))('%s: summarises and previews its first sample', (_id, system) => {
    const summary = summarizeSystem(system);
    expect(summary.name).toBe(system.name);
    expect(summary.sourceText).toContain(system.source.title);
    expect(summary.indicatorCount).toBeGreaterThan(0);

    const [sample] = presetSamples(system.id);
    if (!sample) return; // a preset without samples previews from a blank unit
    const fields = fieldsForUnit(system, sample.unit);
    expect(validateValues(fields, sample.values).filter((p) => p.code !== 'REQUIRED')).toEqual([]);
    const card = scoreUnit(system, sample);
    expect(card.unit.id).toBe(sample.unit.id);
    expect(Number(card.total)).toBeGreaterThanOrEqual(0);
  });
});
