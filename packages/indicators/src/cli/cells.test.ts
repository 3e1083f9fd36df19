import { readBoolean, readNumber, splitList } from './cells';

describe('readNumber', () => {
  it('keeps decimals as strings', () => {
    expect(readNumber('95')).toEqual({ ok: true, value: '95' });
    expect(readNumber(' 0.5 ')).toEqual({ ok: true, value: '0.5' });
    expect(readNumber(12)).toEqual({ ok: true, value: '12' });
    expect(readNumber('-3')).toEqual({ ok: true, value: '-3' });
  });

  it('refuses a formula-looking text instead of evaluating it', () => {
    const result = readNumber('=1+1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('公式');
  });

  it('refuses a real spreadsheet formula, percentages and thousands separators', () => {
    expect(readNumber({ formula: 'A1*2' }).ok).toBe(false);
    expect(readNumber('98%').ok).toBe(false);
    expect(readNumber('1,000').ok).toBe(false);
    expect(readNumber('abc').ok).toBe(false);
  });
});

describe('readBoolean', () => {
  it('reads 是/否 and spreadsheet booleans', () => {
    expect(readBoolean('是')).toEqual({ ok: true, value: true });
    expect(readBoolean('否')).toEqual({ ok: true, value: false });
    expect(readBoolean(true)).toEqual({ ok: true, value: true });
    expect(readBoolean('也许').ok).toBe(false);
  });
});

describe('splitList', () => {
  it('splits on 、 and commas', () => {
    expect(splitList('A、B，C')).toEqual(['A', 'B', 'C']);
    expect(splitList('')).toEqual([]);
  });
});
