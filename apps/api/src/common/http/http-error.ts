import type { Response } from 'express';
import { AppError } from '../errors/app-error';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { ErrorCode, defaultMessages } from '../errors/error-codes';

/** FILE_REJECTED reasons that mean "too much", answered with 413 rather than 415/400. */
const tooLargeReasons = new Set(['TOO_LARGE', 'TOO_MANY_FILES', 'TOO_MANY_ROWS']);

const statusByCode: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_STATE]: 409,
  [ErrorCode.PERIOD_LOCKED]: 409,
  [ErrorCode.NOT_PUBLISHED]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.STORAGE_UNAVAILABLE]: 503,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The HTTP status for an AppError on the plain-HTTP routes (GraphQL always answers 200). */
export function httpStatusOf(error: AppError): number {
  if (error.code === ErrorCode.FILE_REJECTED) {
    const reason = error.details?.reason;
    if (typeof reason === 'string' && tooLargeReasons.has(reason)) return 413;
    return reason === 'EMPTY' ? 400 : 415;
  }
  return statusByCode[error.code] ?? 400;
}

export interface HttpErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

export function httpErrorBody(error: AppError): HttpErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details ?? {}) } };
}

/**
 * Answers `{ error: { code, message, …details } }` with the matching status. Anything that is not
 * an AppError is logged and masked as INTERNAL_SERVER_ERROR (SERVICE_UNAVAILABLE when the database
 * could not be reached), the same policy as GraphQL's formatError.
 * Storage failures are logged too: the client sees a code, the operator needs the cause.
 */
export function sendHttpError(res: Response, error: unknown, log: (error: unknown) => void): void {
  const appError =
    error instanceof AppError
      ? error
      : isDatabaseUnavailable(error)
        ? new AppError(ErrorCode.SERVICE_UNAVAILABLE, defaultMessages.SERVICE_UNAVAILABLE)
        : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, defaultMessages.INTERNAL_SERVER_ERROR);
  if (!(error instanceof AppError) || error.code === ErrorCode.STORAGE_UNAVAILABLE) log(error);
  if (res.headersSent) {
    // a download that failed mid-stream: the only honest signal left is a broken connection
    res.destroy();
    return;
  }
  res.status(httpStatusOf(appError)).json(httpErrorBody(appError));
}
