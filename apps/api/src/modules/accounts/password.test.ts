import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password rules', () => {
  it.each([
    ['Abcdefg1', null],
    ['abcdefgh', '密码须同时包含字母和数字'],
    ['12345678', '密码须同时包含字母和数字'],
    ['Abc1', '密码至少8位'],
  ])('%s → %s', (password, message) => {
    expect(passwordProblem(password)?.message ?? null).toBe(message);
  });

  it('hashes with bcrypt and verifies', async () => {
    const hash = await hashPassword('Abcdefg1', 4);
    expect(hash).toMatch(/^\$2[ab]\$04\$/);
    expect(await verifyPassword('Abcdefg1', hash)).toBe(true);
    expect(await verifyPassword('Abcdefg2', hash)).toBe(false);
  });
});
