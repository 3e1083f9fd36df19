import { MAX_DETAIL_LINES, ProblemList, UserError, formatUserError } from './errors';

describe('ProblemList', () => {
  it('throws nothing when empty and everything, in row order, otherwise', () => {
    const problems = new ProblemList();
    expect(() => problems.throwIfAny('x')).not.toThrow();
    problems.add('第10行「B」：二');
    problems.add('第3行「A」：一');
    problems.add('第10行「A」：三');
    problems.add('第1行：缺少列「C」');
    try {
      problems.throwIfAny('输入有误');
      throw new Error('expected a UserError');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).details).toEqual(['第1行：缺少列「C」', '第3行「A」：一', '第10行「B」：二', '第10行「A」：三']);
    }
  });
});

describe('formatUserError', () => {
  it('prints the message and at most MAX_DETAIL_LINES details, counting the rest', () => {
    const details = Array.from({ length: MAX_DETAIL_LINES + 5 }, (_, i) => `第${i + 3}行「A」：错`);
    const text = formatUserError(new UserError('输入有误', details));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('错误：输入有误');
    expect(lines).toHaveLength(1 + MAX_DETAIL_LINES + 1);
    expect(lines[lines.length - 1]).toBe('  ……另有 5 处问题未列出');
  });
});
