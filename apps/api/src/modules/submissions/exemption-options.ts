import { parseSystem } from '@govtrust/indicators';
import type { EntityManager } from 'typeorm';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import type { TaskDefinition } from '../task-lists/task-definition.entity';
import { exemptibleIndicators } from './submission-notes';
import type { ExemptibleIndicator } from './submission-notes.types';

/** The exemption options of a task under the indicator system version its cycle scores with. */
export async function loadExemptionOptions(
  manager: EntityManager,
  task: Pick<TaskDefinition, 'cycleId' | 'indicatorCodes' | 'inputs'>,
): Promise<ExemptibleIndicator[]> {
  const cycle = await manager.findOneBy(AssessmentCycle, { id: task.cycleId });
  if (!cycle) return [];
  const version = await manager.findOneBy(IndicatorSystemVersion, {
    systemKey: cycle.systemKey,
    systemVersion: cycle.systemVersion,
  });
  if (!version) return [];
  return exemptibleIndicators(parseSystem(version.definition), task);
}
