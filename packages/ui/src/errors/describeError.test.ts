import { describeError } from './describeError';
import { ERROR_MESSAGES } from './errorMessages';

describe('describeError', () => {
  it('reads extensions.code from an Apollo 4 CombinedGraphQLErrors and uses the Chinese message for an English one', () => {
    const error = { name: 'CombinedGraphQLErrors', message: 'Period is locked', errors: [{ message: 'Period is locked', extensions: { code: 'PERIOD_LOCKED' } }] };
    expect(describeError(error)).toEqual({ code: 'PERIOD_LOCKED', message: '本期已关闭，数据已锁定' });
  });

  it('prefers a Chinese message written by the server', () => {
    const error = { graphQLErrors: [{ message: '“合规率”的入库数据量不能大于上报数据量', extensions: { code: 'VALIDATION_FAILED' } }] };
    expect(describeError(error)).toEqual({ code: 'VALIDATION_FAILED', message: '“合规率”的入库数据量不能大于上报数据量' });
  });

  it('reads a single GraphQL error object', () => {
    expect(describeError({ message: 'conflict', extensions: { code: 'CONFLICT' } })).toEqual({ code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试' });
  });

  it('maps unknown codes to a generic message', () => {
    expect(describeError({ errors: [{ message: 'boom', extensions: { code: 'SOMETHING_NEW' } }] })).toEqual({ code: 'UNKNOWN', message: ERROR_MESSAGES.UNKNOWN });
  });

  it('recognises network failures', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK_ERROR');
    expect(describeError({ networkError: { message: 'x' } }).code).toBe('NETWORK_ERROR');
  });

  it('maps HTTP statuses of a server error', () => {
    expect(describeError({ name: 'ServerError', statusCode: 401, message: 'Response not successful' })).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(describeError({ name: 'ServerError', statusCode: 502, message: 'Bad gateway' }).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('handles plain errors and non-objects without throwing', () => {
    expect(describeError(new Error('oops'))).toEqual({ code: 'UNKNOWN', message: ERROR_MESSAGES.UNKNOWN });
    expect(describeError(undefined)).toEqual({ code: 'UNKNOWN', message: ERROR_MESSAGES.UNKNOWN });
    expect(describeError({ code: 'FORBIDDEN' })).toEqual({ code: 'FORBIDDEN', message: '无权执行此操作' });
  });

  it('knows the session and results codes the apps act on', () => {
    expect(describeError({ errors: [{ message: 'x', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }] })).toEqual({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '请先修改初始密码',
    });
    expect(describeError({ errors: [{ message: 'not published', extensions: { code: 'NOT_PUBLISHED' } }] }).code).toBe('NOT_PUBLISHED');
    expect(describeError({ code: 'STORAGE_UNAVAILABLE' }).message).toBe('文件存储暂不可用，请稍后重试或联系管理员');
  });

  it('has a Chinese message for every listed code', () => {
    expect(ERROR_MESSAGES.NOT_ON_TASK_LIST).toBe('该任务不在本单位的任务清单中');
    for (const message of Object.values(ERROR_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});
