import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to SQLite and development settings', () => {
    const env = parseEnv({});
    expect(env.database).toEqual({ type: 'sqlite', path: './data/govtrust.sqlite' });
    expect(env).toMatchObject({ PORT: 4000, SESSION_TTL_HOURS: 12, MAX_UPLOAD_MB: 20, bcryptRounds: 10 });
  });

  it('reads a MySQL URL and uses bcrypt cost 12 in production', () => {
    const env = parseEnv({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/govtrust', NODE_ENV: 'production', PORT: '8080' });
    expect(env.database).toEqual({ type: 'mysql', url: 'mysql://root@127.0.0.1:3306/govtrust' });
    expect(env.bcryptRounds).toBe(12);
    expect(env.PORT).toBe(8080);
  });

  it('rejects other database URLs with a readable message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x@y/z' })).toThrow(/DATABASE_URL/);
  });
});
