/** The engine calls the CLI makes, in one place (the CLI is the only part allowed node: imports). */
import { validateValues } from '../index';

export { IndicatorError, parseSystem, scoreUnits, validateValues } from '../index';
export type ValueProblem = ReturnType<typeof validateValues>[number];
