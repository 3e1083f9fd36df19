import { usccProblem } from './uscc';

describe('usccProblem', () => {
  it('accepts a valid code in either case', () => {
    // 91350100M000100Y43 is the standard's worked example
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91350100m000100y43')).toBeNull();
  });

  it('says what is wrong', () => {
    expect(usccProblem('123')).toBe('统一社会信用代码应为18位，当前为3位');
    expect(usccProblem('91350100M000100Y4I')).toContain('第18位字符“I”不允许');
    expect(usccProblem('9135A100M000100Y43')).toBe('第3至8位应为6位数字的行政区划码');
    expect(usccProblem('91350100M000100Y44')).toBe('校验位错误：第18位应为“3”，实际为“4”');
  });
});
