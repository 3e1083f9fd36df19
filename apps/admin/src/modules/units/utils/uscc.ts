/**
 * 统一社会信用代码 check (GB 32100-2015), the same rule as the API's, so the form can say what is
 * wrong before the request; the API checks again.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** null when valid, else the Chinese reason. */
export function usccProblem(input: string): string | null {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  for (let i = 0; i < 18; i += 1) {
    if (!ALPHABET.includes(code.charAt(i))) return `第${i + 1}位字符“${code.charAt(i)}”不允许（不得使用I、O、Z、S、V）`;
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '第3至8位应为6位数字的行政区划码';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(code.charAt(i)) * (WEIGHTS[i] ?? 0);
  const expected = ALPHABET.charAt((31 - (sum % 31)) % 31);
  if (code.charAt(17) !== expected) return `校验位错误：第18位应为“${expected}”，实际为“${code.charAt(17)}”`;
  return null;
}
