export type { ExprNode, BinaryOperator, FunctionName } from './ast';
export { EXPRESSION_LIMITS } from './limits';
export { parseExpression, referencedFields, RESERVED_WORDS } from './parser';
export type { ParseOptions } from './parser';
export { evaluateExpression, isTruthy, parseCached } from './evaluate';
export type { EvalScope } from './field-value';
export { fieldValue, isMissing, isRateValue, lookupField, rateParts } from './field-value';
