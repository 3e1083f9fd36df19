export { validateSystem, parseSystem } from './validate-system';
export type { SystemProblem } from './problems';
export { validateValues } from './validate-values';
export type { ValueProblem, ValueProblemCode } from './validate-values';
