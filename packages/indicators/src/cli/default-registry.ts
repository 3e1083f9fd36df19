/** The presets the installed CLI scores against: the package's registry (src/presets). */
import { getIndicatorSystemPreset, getPresetSample, getTaskListPreset, listPresets } from '../presets';
import type { PresetRegistry } from './preset-registry';

export const defaultRegistry: PresetRegistry = {
  listPresets,
  getIndicatorSystemPreset,
  getTaskListPreset,
  getPresetSample,
};
