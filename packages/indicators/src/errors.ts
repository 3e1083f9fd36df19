/**
 * Typed errors of the scoring engine. Callers (API, CLI, portal) switch on `code` and show the
 * Chinese `message`; `problems` carries the details of a rejected indicator system or submission.
 */

export type IndicatorErrorCode =
  | 'INVALID_SYSTEM'
  | 'INVALID_SUBMISSION'
  | 'EXPRESSION_SYNTAX'
  | 'EXPRESSION_TOO_COMPLEX'
  | 'UNKNOWN_FIELD'
  | 'WRONG_FIELD_TYPE'
  | 'INVALID_VALUE'
  | 'MISSING_INPUT'
  | 'ZERO_DENOMINATOR';

export interface ProblemLike {
  severity?: 'ERROR' | 'WARNING';
  code: string;
  path?: string;
  message: string;
}

export class IndicatorError extends Error {
  readonly code: IndicatorErrorCode;
  /** character offset in an expression, when the error comes from one */
  readonly position?: number;
  readonly problems?: ProblemLike[];

  constructor(
    code: IndicatorErrorCode,
    message: string,
    options: { position?: number; problems?: ProblemLike[] } = {},
  ) {
    super(message);
    this.name = 'IndicatorError';
    this.code = code;
    this.position = options.position;
    this.problems = options.problems;
  }
}

/**
 * A division by zero while evaluating a rule (usually a rate whose denominator is 0). The rule
 * catches it and applies its zeroDenominator policy, so it is a condition rather than a failure.
 */
export class ZeroDenominatorError extends IndicatorError {
  /** the rate field whose denominator is 0, absent for a literal division by zero */
  readonly field?: string;

  constructor(message: string, field?: string) {
    super('ZERO_DENOMINATOR', message);
    this.name = 'ZeroDenominatorError';
    this.field = field;
  }
}

/** Required values absent: the node is scored 0 and flagged MISSING_INPUT. */
export class MissingInputError extends IndicatorError {
  readonly fields: string[];

  constructor(fields: string[], message: string) {
    super('MISSING_INPUT', message);
    this.name = 'MissingInputError';
    this.fields = fields;
  }
}
