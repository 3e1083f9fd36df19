import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { Dec, roundPoints } from './decimal';
import { fixedText, plainText, pointsText, roundedText, roundQuotient, roundScaled, terminates } from './fixed';
import { formatPlain, formatPoints } from './format';

// wide enough that the quotients below are exact to far more digits than any rounding looks at
const Wide = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });

const value = fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 120_000 }));
const scale = fc.integer({ min: 0, max: 4 });

describe('fixed-point helpers write what the decimal.js formatters write', () => {
  it('fixedText = toFixed, plainText = formatPlain, pointsText = formatPoints, roundedText = roundPoints', () => {
    fc.assert(
      fc.property(value, scale, fc.integer({ min: 0, max: 3 }), (v, s, d) => {
        const dec = new Dec(v).dividedBy(10 ** s);
        expect(fixedText(v, s)).toBe(dec.toFixed(s));
        expect(plainText(v, s)).toBe(formatPlain(dec));
        expect(pointsText(v, s)).toBe(formatPoints(dec));
        expect(pointsText(v, s, d)).toBe(formatPoints(dec, d));
        expect(roundedText(v, s, d)).toBe(roundPoints(dec, d));
        expect(roundScaled(v, s, Math.min(s, d))).toBe(dec.toDecimalPlaces(Math.min(s, d)).times(10 ** Math.min(s, d)).toNumber());
      }),
      { numRuns: 3000 },
    );
  });

  it('roundQuotient rounds n / (d × 10^from) half-up, and reports halves unless told they are exact', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), scale, scale, (n, d, from, to) => {
        const exact = new Wide(n).dividedBy(new Wide(d).times(10 ** from));
        const rounded = exact.toDecimalPlaces(to).times(10 ** to).toNumber();
        const half = exact.times(10 ** to).times(2).isInteger() && !exact.times(10 ** to).isInteger();
        expect(roundQuotient(n, d, from, to, true)).toBe(rounded);
        expect(roundQuotient(n, d, from, to)).toBe(half ? NaN : rounded);
      }),
      { numRuns: 3000 },
    );
    expect(roundQuotient(1, 8, 0, 2)).toBeNaN(); // 0.125
    expect(roundQuotient(1, 8, 0, 2, true)).toBe(13);
    expect(roundQuotient(2 ** 52, 1, 0, 2)).toBeNaN(); // would leave the exact range
  });

  it('terminates tells finite decimal quotients', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), (n, d) => {
        // finite iff n / d × 10^k is an integer for some k ≤ 30 (d ≤ 10^9 has at most 29 factors of 2)
        expect(terminates(n, d)).toBe(new Wide(n).times(new Wide(10).pow(30)).dividedBy(d).isInteger());
      }),
      { numRuns: 3000 },
    );
    expect(terminates(1, 3)).toBe(false);
    expect(terminates(3, 3)).toBe(true);
    expect(terminates(1, 400)).toBe(true);
    expect(terminates(0, 7)).toBe(true);
  });
});
