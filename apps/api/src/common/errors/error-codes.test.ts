import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ErrorCode, defaultMessages } from './error-codes';

describe('error codes', () => {
  it('every code has a Chinese default message', () => {
    for (const code of Object.values(ErrorCode)) expect(defaultMessages[code]).toMatch(/[\u4e00-\u9fff]/);
  });

  // the apps show errors through packages/ui's one mapping: a code missing there would reach users as 操作失败
  it('every code is mapped to a Chinese message in the shared UI package', () => {
    const mapping = readFileSync(resolve(__dirname, '../../../../../packages/ui/src/errors/errorMessages.ts'), 'utf8');
    const missing = Object.values(ErrorCode).filter((code) => !new RegExp(`^\\s+${code}: '`, 'm').test(mapping));
    expect(missing).toEqual([]);
  });
});
