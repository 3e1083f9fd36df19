import { createConnection } from 'mysql2/promise';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { createFormatError } from './format-error';

/** A real driver error: mysql2 connecting to a port nothing listens on. */
async function refusedConnectionError(): Promise<unknown> {
  try {
    const connection = await createConnection({ host: '127.0.0.1', port: 1, user: 'root', connectTimeout: 2000 });
    await connection.end();
  } catch (error) {
    return error;
  }
  throw new Error('expected the connection to port 1 to be refused');
}

describe('database unavailable', () => {
  it('recognises a refused connection, bare or wrapped by TypeORM, and nothing else', async () => {
    const refused = await refusedConnectionError();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], refused as Error))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: 'ER_DUP_ENTRY' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('bug'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE in Chinese, with no driver text, in production', async () => {
    const refused = await refusedConnectionError();
    const logged: unknown[] = [];
    const format = createFormatError(true, (e) => logged.push(e));
    const out = format({ message: String((refused as Error).message), path: ['saveSubmissionDraft'] }, refused);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).toBe('数据库暂时无法连接，本次操作未保存，请稍后重试');
    expect(out.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect(logged).toEqual([refused]);
  });
});
