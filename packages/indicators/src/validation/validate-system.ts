/** validateSystem never throws; parseSystem throws INVALID_SYSTEM when there are ERROR problems. */
import { IndicatorError } from '../errors';
import type { IndicatorSystem } from '../model';
import { checkSemantics } from './check-semantics';
import { checkSettings } from './check-settings';
import { checkStructure } from './check-structure';
import type { SystemProblem } from './problems';
import { ProblemList } from './problems';

export function validateSystem(system: unknown): SystemProblem[] {
  const problems = new ProblemList();
  try {
    // semantic checks assume the shape, so they only run on a structurally valid system
    if (checkStructure(problems, system)) {
      checkSemantics(problems, system as unknown as IndicatorSystem);
      checkSettings(problems, system as unknown as IndicatorSystem);
    }
  } catch (error) {
    problems.error(
      'VALIDATION_FAILED',
      'system',
      `校验时出错：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return problems.items;
}

export function parseSystem(json: unknown): IndicatorSystem {
  const problems = validateSystem(json);
  const errors = problems.filter((p) => p.severity === 'ERROR');
  if (errors.length > 0) {
    const head = errors
      .slice(0, 3)
      .map((p) => p.message)
      .join('；');
    throw new IndicatorError(
      'INVALID_SYSTEM',
      `指标体系有 ${errors.length} 个错误：${head}${errors.length > 3 ? '……' : ''}`,
      { problems },
    );
  }
  return json as IndicatorSystem;
}
