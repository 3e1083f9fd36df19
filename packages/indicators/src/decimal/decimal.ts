/**
 * Exact decimal arithmetic for scores. A private Decimal clone (precision 40, half-up) so that
 * 25 × 0.2 is exactly 5 and rounding matches what a department does by hand.
 */
import DecimalJs from 'decimal.js';
import { IndicatorError } from '../errors';
import type { DecimalLike } from '../model';

export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = DecimalJs;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function isDecimalLike(value: unknown): value is DecimalLike {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && DECIMAL_TEXT.test(value.trim());
}

/** Converts a JSON number or decimal string; throws INVALID_VALUE on anything else. */
export function toDecimal(value: DecimalLike | Dec): Dec {
  if (DecimalJs.isDecimal(value)) return new Dec(value);
  if (!isDecimalLike(value)) {
    throw new IndicatorError('INVALID_VALUE', `“${String(value)}”不是有效的数值`);
  }
  // a JSON number goes through its shortest decimal text so 0.1 stays 0.1
  return new Dec(typeof value === 'number' ? String(value) : value.trim());
}

/** Rounds half-up once and writes fixed decimals: 5 → "5.00". */
export function roundPoints(value: Dec, decimals = 2): string {
  return roundDecimal(value, decimals).toFixed(decimals);
}

export function roundDecimal(value: Dec, decimals = 2): Dec {
  return value.toDecimalPlaces(decimals, DecimalJs.ROUND_HALF_UP);
}

export function clamp(value: Dec, lo: Dec, hi: Dec): Dec {
  if (value.lessThan(lo)) return lo;
  if (value.greaterThan(hi)) return hi;
  return value;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

export function sumDec(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
