/** The engine calls the CLI makes, in one place (the CLI is the only part allowed node: imports). */
export { IndicatorError, exemptionProblems, parseSystem, scoreUnits, validateValues } from '../index';
