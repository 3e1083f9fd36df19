import { Dec, roundPoints, toDecimal, sumDec, clamp } from './decimal';
import { formatPoints, formatRate, formatScaled } from './format';
import { IndicatorError } from '../errors';

describe('decimal helpers', () => {
  it('multiplies exactly: 25 × 0.2 = 5.00', () => {
    expect(roundPoints(toDecimal(25).times(toDecimal('0.2')))).toBe('5.00');
    expect(toDecimal(25).times(toDecimal(0.2)).toString()).toBe('5');
    expect(sumDec([toDecimal(0.1), toDecimal(0.2)]).equals(toDecimal('0.3'))).toBe(true);
  });

  it('rounds half-up once to fixed decimals', () => {
    expect(roundPoints(new Dec('2.345'))).toBe('2.35');
    expect(roundPoints(new Dec('2.344999'))).toBe('2.34');
    expect(roundPoints(new Dec('-2.345'))).toBe('-2.35');
    expect(roundPoints(new Dec(5))).toBe('5.00');
    expect(roundPoints(new Dec('1.0005'), 3)).toBe('1.001');
  });

  it('accepts numbers and decimal strings, refuses anything else', () => {
    expect(toDecimal(' 1.5 ').toString()).toBe('1.5');
    expect(toDecimal('1e2').toString()).toBe('100');
    for (const bad of ['abc', '', '1,5', NaN, Infinity, '0x10']) {
      expect(() => toDecimal(bad as string)).toThrow(IndicatorError);
    }
  });

  it('clamps', () => {
    expect(clamp(new Dec(7), new Dec(0), new Dec(5)).toString()).toBe('5');
    expect(clamp(new Dec(-1), new Dec(0), new Dec(5)).toString()).toBe('0');
  });
});

describe('formatting for explanations', () => {
  it('shows rates with two decimals', () => {
    expect(formatRate(new Dec(197).dividedBy(200))).toBe('98.50%');
    expect(formatRate(new Dec(1).dividedBy(3))).toBe('33.33%');
    expect(formatRate(new Dec(2).dividedBy(3))).toBe('66.67%');
    expect(formatRate(new Dec('0.0015'), 'PERMILLE')).toBe('1.50‰');
    expect(formatScaled(new Dec(95), 'PERCENT')).toBe('95.00%');
  });

  it('shows points without trailing zeros', () => {
    expect(formatPoints(new Dec('4.00'))).toBe('4');
    expect(formatPoints(new Dec('4.5'))).toBe('4.5');
    expect(formatPoints(new Dec('4.255'))).toBe('4.26');
    expect(formatPoints(new Dec('-0'))).toBe('0');
  });
});
