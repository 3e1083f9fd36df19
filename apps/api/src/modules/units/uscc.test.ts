import { usccCheckCharacter, validateUscc } from './uscc';

describe('validateUscc (GB 32100-2015)', () => {
  it.each([
    ['91110000710925462X', '中国石油天然气股份有限公司'],
    ['11152105011615166F', '根河市人民政府办公室（文件索引号）'],
    ['91350100M000100Y43', '国家标准示例'],
  ])('accepts the real code %s (%s)', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true });
  });

  it('accepts lower case and surrounding spaces as the same code', () => {
    expect(validateUscc(' 91110000710925462x ').valid).toBe(true);
  });

  it('names the expected check character when the last one is wrong', () => {
    const result = validateUscc('911100007109254629');
    expect(result).toMatchObject({ valid: false, problem: 'CHECK_DIGIT' });
    expect(result.reason).toContain('应为“X”');
  });

  it('refuses wrong length, forbidden letters and a non-numeric division code', () => {
    expect(validateUscc('9111000071092546').problem).toBe('LENGTH');
    expect(validateUscc('91110000710925462O').problem).toBe('CHARACTER');
    expect(validateUscc('9111A000710925462X').problem).toBe('DIVISION_CODE');
  });

  it('detects every single-character substitution in a valid code', () => {
    const valid = '91110000710925462X';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let position = 0; position < 17; position += 1) {
      for (const ch of alphabet) {
        if (ch === valid.charAt(position)) continue;
        const mutated = valid.slice(0, position) + ch + valid.slice(position + 1);
        if (!/^\d{6}$/.test(mutated.slice(2, 8))) continue;
        expect(validateUscc(mutated).valid).toBe(false);
      }
    }
    expect(usccCheckCharacter(valid.slice(0, 17))).toBe('X');
  });
});
