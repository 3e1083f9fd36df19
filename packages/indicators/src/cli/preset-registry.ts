/**
 * The slice of the preset registry (src/presets/index.ts) the CLI uses. Commands take it as a
 * dependency so tests can score against a small fixture system.
 */
import type { IndicatorSystem, TaskListPreset, UnitSubmission } from '../model';
import type { PresetSummary } from '../presets';

export type { PresetSummary };

export interface PresetRegistry {
  listPresets(): PresetSummary[];
  getIndicatorSystemPreset(id: string): IndicatorSystem | undefined;
  getTaskListPreset(id: string): TaskListPreset | undefined;
  getPresetSample(id: string): UnitSubmission[] | undefined;
}
