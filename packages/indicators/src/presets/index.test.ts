import { scoreUnits, validateSystem } from '../index';
import {
  getIndicatorSystemPreset,
  getPresetSample,
  getTaskListPreset,
  listIndicatorSystemPresets,
  listPresets,
} from './index';

describe('preset registry', () => {
  it('lists the six indicator systems and two task lists of the seeds, with unique ids', () => {
    const presets = listPresets();
    expect(presets.filter((p) => p.kind === 'INDICATOR_SYSTEM').map((p) => p.id)).toEqual([
      'nmg-quarterly-2022',
      'nmg-annual-2022',
      'tongbai-township-2023',
      'tongbai-department-2023',
      'huaian-2022',
      'genhe-assessment-2023',
    ]);
    expect(presets.filter((p) => p.kind === 'TASK_LIST').map((p) => p.id)).toEqual([
      'genhe-tasks-2023',
      'nmg-integrity-tasks-2017',
    ]);
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    for (const preset of presets) expect(preset.source.seedFile).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it.each(listIndicatorSystemPresets().map((system) => [system.id]))(
    '%s loads, validates without errors and ranks its sample',
    (id) => {
      const system = getIndicatorSystemPreset(id);
      expect(system).toBeDefined();
      if (!system) return;
      expect(validateSystem(system).filter((problem) => problem.severity === 'ERROR')).toEqual([]);
      const sample = getPresetSample(id) ?? [];
      expect(sample.length).toBeGreaterThanOrEqual(5);
      const cards = scoreUnits(system, sample);
      expect(cards).toHaveLength(sample.length);
      expect(cards[0]?.rank).toBe(1);
      for (const card of cards) {
        expect(Number(card.total)).toBeGreaterThanOrEqual(0);
        expect(Number(card.total)).toBeLessThanOrEqual(Number(system.totalPoints));
      }
    },
  );

  it('returns undefined for unknown ids instead of throwing', () => {
    expect(getIndicatorSystemPreset('nope')).toBeUndefined();
    expect(getTaskListPreset('nope')).toBeUndefined();
    expect(getPresetSample('nope')).toBeUndefined();
  });

  it('finds the Genhe task list with its 36 departments', () => {
    expect(getTaskListPreset('genhe-tasks-2023')?.units).toHaveLength(36);
  });
});
