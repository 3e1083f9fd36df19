import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { failedJobPatch, worthLogging } from './job-failure';

const now = new Date('2026-11-28T10:00:00Z');

describe('a failed job’s row', () => {
  it('keeps a business error’s code and Chinese message', () => {
    expect(failedJobPatch(new AppError(ErrorCode.NOT_PUBLISHED, '本期结果尚未发布'), '导出失败', '导出失败，请稍后重试', now)).toEqual({
      status: 'FAILED',
      stage: '导出失败',
      errorCode: 'NOT_PUBLISHED',
      errorMessage: '本期结果尚未发布',
      finishedAt: now,
      updatedAt: now,
    });
  });

  it('stores anything else as INTERNAL_SERVER_ERROR with the fallback, never its text', () => {
    const patch = failedJobPatch(new Error("ER_DUP_ENTRY: Duplicate entry 'x' for key 'PRIMARY'"), '计算失败', '重新计算失败，请稍后重试或联系管理员', now);
    expect(patch).toMatchObject({ errorCode: 'INTERNAL_SERVER_ERROR', errorMessage: '重新计算失败，请稍后重试或联系管理员' });
  });

  it('logs what is not a plain refusal', () => {
    expect(worthLogging(new AppError(ErrorCode.NOT_PUBLISHED, '本期结果尚未发布'))).toBe(false);
    expect(worthLogging(new AppError(ErrorCode.STORAGE_UNAVAILABLE, '无法写入'))).toBe(true);
    expect(worthLogging(new Error('boom'))).toBe(true);
  });
});
