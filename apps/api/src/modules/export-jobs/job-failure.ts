import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { ExportJobStatus } from './export-job-enums';
import type { ExportJob } from './export-job.entity';

/** Whether a job's error should reach the server log: anything not a plain business refusal. */
export function worthLogging(error: unknown): boolean {
  return !(error instanceof AppError) || error.code === ErrorCode.INTERNAL_SERVER_ERROR || error.code === ErrorCode.STORAGE_UNAVAILABLE;
}

/**
 * The row of a job that failed: a typed AppError is stored as it is (its code and Chinese message
 * reach the client); anything else is stored as INTERNAL_SERVER_ERROR with `fallback`, so no stack
 * or SQL text leaks into a row users read.
 */
export function failedJobPatch(error: unknown, stage: string, fallback: string, now: Date): Partial<ExportJob> {
  const known = error instanceof AppError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR;
  return {
    status: ExportJobStatus.FAILED,
    stage,
    errorCode: known ? error.code : ErrorCode.INTERNAL_SERVER_ERROR,
    errorMessage: known ? error.message.slice(0, 500) : fallback,
    finishedAt: now,
    updatedAt: now,
  };
}
