import { IndicatorError, ZeroDenominatorError, MissingInputError } from '../errors';
import type { InputField, InputValues } from '../model';
import { evaluateExpression, parseExpression, referencedFields } from './index';
import type { EvalScope } from './index';

const fields: InputField[] = [
  { key: 'hgl', label: '合规率', type: 'rate', numeratorLabel: '入库', denominatorLabel: '上报', display: 'PERCENT' },
  { key: 'n', label: '数量', type: 'count' },
  { key: 'amt', label: '金额', type: 'amount', unit: '万元' },
  { key: 'ok', label: '是否公示', type: 'boolean' },
  { key: 'zd', label: '制度', type: 'checklist', options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }] },
  { key: 'lv', label: '等次', type: 'choice', options: [{ code: 'A', label: 'A' }] },
  { key: 'opt', label: '可选数量', type: 'count', required: false },
];

function scope(values: InputValues): EvalScope {
  return { fields: new Map(fields.map((f) => [f.key, f])), values };
}

const base: InputValues = { hgl: { numerator: 197, denominator: 200 }, n: 3, amt: '2.5', ok: true, zd: ['a', 'b'], lv: 'A' };
const ev = (expr: string, values: InputValues = base): string => evaluateExpression(expr, scope(values)).toString();

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof IndicatorError ? error.code : 'NOT_INDICATOR_ERROR';
  }
  return undefined;
}

describe('expression evaluation', () => {
  it('respects precedence and parentheses', () => {
    expect(ev('1 + 2 * 3')).toBe('7');
    expect(ev('(1 + 2) * 3')).toBe('9');
    expect(ev('10 - 4 - 3')).toBe('3');
    expect(ev('12 / 3 / 2')).toBe('2');
    expect(ev('-2 * -3')).toBe('6');
    expect(ev('--2')).toBe('2');
    expect(ev('+2')).toBe('2');
  });

  it('reads percent and permille literals', () => {
    expect(ev('95%')).toBe('0.95');
    expect(ev('5‰')).toBe('0.005');
    expect(ev('100% - 95%')).toBe('0.05');
  });

  it('evaluates fields by type', () => {
    expect(ev('hgl')).toBe('0.985');
    expect(ev('n')).toBe('3');
    expect(ev('amt * 2')).toBe('5');
    expect(ev('ok')).toBe('1');
    expect(ev('ok', { ...base, ok: false })).toBe('0');
    expect(ev('zd')).toBe('2');
    expect(ev('opt', base)).toBe('0');
  });

  it('computes the seed formulas exactly', () => {
    const v = { ...base, hgl: { numerator: 1, denominator: 10 } };
    expect(ev('(1 - hgl) * 5', v)).toBe('4.5');
    expect(ev('（1-hgl）*5', v)).toBe('4.5');
    expect(ev('25 * 0.2')).toBe('5');
  });

  it('supports min, max, clamp', () => {
    expect(ev('min(3, 1, 2)')).toBe('1');
    expect(ev('max(3, 1, 2)')).toBe('3');
    expect(ev('clamp(7, 0, 5)')).toBe('5');
    expect(ev('clamp(-1, 0, 5)')).toBe('0');
    expect(ev('min(n, 2) + max(n)')).toBe('5');
    expect(codeOf(() => ev('clamp(1, 5, 0)'))).toBe('INVALID_VALUE');
  });

  it('supports comparisons and logic returning 1/0', () => {
    expect(ev('hgl >= 98.5%')).toBe('1');
    expect(ev('hgl > 98.5%')).toBe('0');
    expect(ev('hgl < 99%')).toBe('1');
    expect(ev('hgl <= 98%')).toBe('0');
    expect(ev('n == 3')).toBe('1');
    expect(ev('n != 3')).toBe('0');
    expect(ev('n > 1 and ok')).toBe('1');
    expect(ev('n > 5 or not ok')).toBe('0');
    expect(ev('not (n > 5)')).toBe('1');
    expect(ev('n > 1 && !(n > 5) || 0')).toBe('1');
  });

  it('raises ZeroDenominator for a zero-denominator rate and for division by zero', () => {
    const zero = { ...base, hgl: { numerator: 0, denominator: 0 } };
    expect(() => ev('hgl * 5', zero)).toThrow(ZeroDenominatorError);
    expect(() => ev('n / (n - 3)')).toThrow(ZeroDenominatorError);
    expect(codeOf(() => ev('1 / 0'))).toBe('ZERO_DENOMINATOR');
  });

  it('short-circuits and/or so a guarded division is safe', () => {
    const zero = { ...base, n: 0 };
    expect(ev('n > 0 and 10 / n > 1', zero)).toBe('0');
    expect(ev('n == 0 or 10 / n > 1', zero)).toBe('1');
  });

  it('refuses choice and text fields in arithmetic and unknown fields', () => {
    expect(codeOf(() => ev('lv + 1'))).toBe('WRONG_FIELD_TYPE');
    expect(codeOf(() => ev('nope + 1'))).toBe('UNKNOWN_FIELD');
  });

  it('never reaches Object.prototype through field keys or function names', () => {
    const hostile: InputField[] = [{ key: 'constructor', label: '构造', type: 'count' }];
    const hostileScope: EvalScope = { fields: new Map(hostile.map((f) => [f.key, f])), values: {} };
    expect(() => evaluateExpression('constructor + 1', hostileScope)).toThrow(MissingInputError);
    expect(codeOf(() => parseExpression('constructor(1)'))).toBe('EXPRESSION_SYNTAX');
    expect(codeOf(() => parseExpression('toString(1, 2)'))).toBe('EXPRESSION_SYNTAX');
  });

  it('reports missing required values', () => {
    expect(() => ev('n + 1', { ...base, n: null })).toThrow(MissingInputError);
    expect(() => ev('hgl', { ...base, hgl: null })).toThrow(MissingInputError);
  });
});

describe('parsing', () => {
  it('lists referenced fields once, in order', () => {
    expect(referencedFields('2*sbl + 2*hgl + 2*jsl + min(hgl, 1)')).toEqual(['sbl', 'hgl', 'jsl']);
    expect(referencedFields('min(a, b)')).toEqual(['a', 'b']);
  });

  it('checks known fields when asked', () => {
    expect(codeOf(() => parseExpression('a + b', { knownFields: ['a'] }))).toBe('UNKNOWN_FIELD');
    expect(codeOf(() => parseExpression('a + b', { knownFields: ['a', 'b'] }))).toBeUndefined();
  });

  it.each([
    ['', 0],
    ['1 +', 3],
    ['(1 + 2', 6],
    ['1 + 2)', 5],
    ['1 # 2', 2],
    ['min()', 0],
    ['clamp(1, 2)', 0],
    ['1..2', 2],
    ['2 3', 2],
    ['a < b < c', 6],
    ['and', 0],
    ['1 +* 2', 3],
  ])('gives a typed syntax error with a position for %j', (source, position) => {
    let error: unknown;
    try {
      parseExpression(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndicatorError);
    expect((error as IndicatorError).code).toBe('EXPRESSION_SYNTAX');
    expect((error as IndicatorError).position).toBe(position);
    expect((error as IndicatorError).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses over-long, over-deep and over-precise input quickly', () => {
    const started = Date.now();
    expect(codeOf(() => parseExpression('1+'.repeat(1500) + '1'))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('('.repeat(100) + '1' + ')'.repeat(100)))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('-'.repeat(100) + '1'))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('not '.repeat(100) + '1'))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('min('.repeat(100) + '1' + ')'.repeat(100)))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('1'.repeat(31)))).toBe('EXPRESSION_TOO_COMPLEX');
    expect(codeOf(() => parseExpression('('.repeat(20) + '1' + ')'.repeat(20)))).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
  });
});
