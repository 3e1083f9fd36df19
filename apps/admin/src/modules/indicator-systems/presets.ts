/**
 * The console's only door to the engine's preset registry. Until the API serves stored systems,
 * the indicator-system pages read the presets shipped in @govtrust/indicators; keeping every
 * registry import here means a change in the registry breaks the build in this one file.
 */
import { getIndicatorSystemPreset, getPresetSample, listPresets, type IndicatorSystem, type UnitSubmission } from '@govtrust/indicators';

export function indicatorSystemPresets(): IndicatorSystem[] {
  return listPresets()
    .filter((preset) => preset.kind === 'INDICATOR_SYSTEM')
    .flatMap((preset) => {
      const system = getIndicatorSystemPreset(preset.id);
      return system ? [system] : [];
    });
}

export function findIndicatorSystemPreset(id: string): IndicatorSystem | undefined {
  return getIndicatorSystemPreset(id);
}

export function presetSamples(id: string): UnitSubmission[] {
  return getPresetSample(id) ?? [];
}
