/**
 * 统一社会信用代码 (USCC) check per GB 32100-2015: 18 characters from a 31-symbol alphabet
 * (digits and upper-case letters without I, O, Z, S, V); the 18th is a check character computed
 * from the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'LENGTH' | 'CHARACTER' | 'DIVISION_CODE' | 'CHECK_DIGIT';

export interface UsccResult {
  valid: boolean;
  problem?: UsccProblem;
  /** Chinese explanation for the user */
  reason?: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check);
}

export function validateUscc(input: string): UsccResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) {
    return { valid: false, problem: 'LENGTH', reason: `统一社会信用代码应为18位，当前为${code.length}位` };
  }
  for (let i = 0; i < 18; i += 1) {
    if (!ALPHABET.includes(code.charAt(i))) {
      return {
        valid: false,
        problem: 'CHARACTER',
        reason: `第${i + 1}位字符“${code.charAt(i)}”不允许（不得使用I、O、Z、S、V及小写字母以外的符号）`,
      };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { valid: false, problem: 'DIVISION_CODE', reason: '第3至8位应为6位数字的行政区划码' };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return {
      valid: false,
      problem: 'CHECK_DIGIT',
      reason: `校验位错误：第18位应为“${expected}”，实际为“${code.charAt(17)}”`,
    };
  }
  return { valid: true };
}
