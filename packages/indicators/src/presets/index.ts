/**
 * The preset registry: every indicator system and task list encoded from the policy documents in
 * the seeds, with sample inputs for the CLI demo and the admin console's live preview.
 */
import type { IndicatorSystem, TaskListPreset, UnitSubmission } from '../model';
import { genheAssessment2023 } from './genhe-assessment-2023';
import { genheTasks2023 } from './genhe-tasks-2023';
import { huaian2022 } from './huaian-2022';
import { nmgAnnual2022 } from './nmg-annual-2022';
import { nmgIntegrityTasks2017 } from './nmg-integrity-tasks-2017';
import { nmgQuarterly2022 } from './nmg-quarterly-2022';
import { tongbaiDepartment2023 } from './tongbai-department-2023';
import { tongbaiTownship2023 } from './tongbai-township-2023';
import genheAssessmentSample from './samples/genhe-assessment-2023.json';
import huaianSample from './samples/huaian-2022.json';
import nmgAnnualSample from './samples/nmg-annual-2022.json';
import nmgQuarterlySample from './samples/nmg-quarterly-2022.json';
import tongbaiDepartmentSample from './samples/tongbai-department-2023.json';
import tongbaiTownshipSample from './samples/tongbai-township-2023.json';

export {
  genheAssessment2023,
  genheTasks2023,
  huaian2022,
  nmgAnnual2022,
  nmgIntegrityTasks2017,
  nmgQuarterly2022,
  tongbaiDepartment2023,
  tongbaiTownship2023,
};
export { genheDepartments } from './genhe-departments';
export type { GenheDepartment } from './genhe-departments';

export interface PresetSummary {
  id: string;
  name: string;
  kind: 'INDICATOR_SYSTEM' | 'TASK_LIST';
  source: { title: string; docNumber?: string; seedFile?: string; annex?: string };
}

/** In the order the seeds' README lists them. */
const INDICATOR_SYSTEMS: readonly IndicatorSystem[] = [
  nmgQuarterly2022,
  nmgAnnual2022,
  tongbaiTownship2023,
  tongbaiDepartment2023,
  huaian2022,
  genheAssessment2023,
];

const TASK_LISTS: readonly TaskListPreset[] = [genheTasks2023, nmgIntegrityTasks2017];

// Samples are JSON so the CLI, the demo and the admin preview share them; the preset tests check
// every value against the system's input fields.
const SAMPLES: Record<string, unknown> = {
  [nmgQuarterly2022.id]: nmgQuarterlySample,
  [nmgAnnual2022.id]: nmgAnnualSample,
  [tongbaiTownship2023.id]: tongbaiTownshipSample,
  [tongbaiDepartment2023.id]: tongbaiDepartmentSample,
  [huaian2022.id]: huaianSample,
  [genheAssessment2023.id]: genheAssessmentSample,
};

export function listPresets(): PresetSummary[] {
  const summary = (
    kind: PresetSummary['kind'],
    preset: IndicatorSystem | TaskListPreset,
  ): PresetSummary => ({ id: preset.id, name: preset.name, kind, source: preset.source });
  return [
    ...INDICATOR_SYSTEMS.map((system) => summary('INDICATOR_SYSTEM', system)),
    ...TASK_LISTS.map((list) => summary('TASK_LIST', list)),
  ];
}

export function listIndicatorSystemPresets(): readonly IndicatorSystem[] {
  return INDICATOR_SYSTEMS;
}

export function getIndicatorSystemPreset(id: string): IndicatorSystem | undefined {
  return INDICATOR_SYSTEMS.find((system) => system.id === id);
}

export function getTaskListPreset(id: string): TaskListPreset | undefined {
  return TASK_LISTS.find((list) => list.id === id);
}

export function getPresetSample(id: string): UnitSubmission[] | undefined {
  return SAMPLES[id] as UnitSubmission[] | undefined;
}
