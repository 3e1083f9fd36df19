import { ErrorCode, defaultMessages } from './error-codes';

/** One problem with one input field, e.g. `{ field: 'uscc', message: '统一社会信用代码校验位错误' }`. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

export interface AppErrorDetails {
  fields?: FieldProblem[];
  /** RATE_LIMITED: when the caller may try again (ISO 8601) */
  retryAt?: string;
  [key: string]: unknown;
}

/**
 * An expected failure with a code the client can act on and a Chinese message it can show.
 * formatError turns it into `extensions.code` / `extensions.details`; anything else is masked.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: AppErrorDetails,
  ) {
    super(message ?? defaultMessages[code]);
    this.name = 'AppError';
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what}不存在`);
  }

  static validation(fields: FieldProblem[], message?: string): AppError {
    return new AppError(
      ErrorCode.VALIDATION_FAILED,
      message ?? fields.map((f) => f.message).join('；'),
      { fields },
    );
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
