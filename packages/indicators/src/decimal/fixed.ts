/**
 * Fixed-point integers for the engine's fast path: a value v at scale s is the integer v × 10^s
 * (points in hundredths: 4.50 → 450 at scale 2). Every operation here is exact on safe integers;
 * callers check the bounds (`isExact`) and fall back to decimal.js when a product could leave
 * them. Rounding is half-up away from zero, as decimal.js ROUND_HALF_UP and `roundDecimal` do.
 */
import DecimalJs from 'decimal.js';
import type { DecimalLike } from '../model';
import type { Dec } from './decimal';
import { toDecimal } from './decimal';

const POW10: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/** Largest exponent the fast path uses: 10^8 keeps products of billions within 2^53. */
export const MAX_FIXED_SCALE = POW10.length - 1;

/** Products above 2^52 leave room for one more addition before exactness is lost. */
export const EXACT_LIMIT = 2 ** 52;

export function pow10(exponent: number): number {
  return POW10[exponent] as number;
}

export function isExact(value: number): boolean {
  return value <= EXACT_LIMIT && value >= -EXACT_LIMIT;
}

/** A constant from the system as an integer at `scale`, or undefined when it needs more digits. */
export function toScaledInt(value: DecimalLike | Dec, scale: number): number | undefined {
  const scaled = (DecimalJs.isDecimal(value) ? (value as Dec) : toDecimal(value)).times(pow10(scale));
  if (!scaled.isInteger() || scaled.abs().greaterThan(EXACT_LIMIT)) return undefined;
  return scaled.toNumber();
}

/** Decimal places a constant is written with (0.125 → 3). */
export function decimalPlaces(value: DecimalLike | Dec): number {
  return (DecimalJs.isDecimal(value) ? (value as Dec) : toDecimal(value)).decimalPlaces();
}

/** Quotient and remainder of n / d for 0 ≤ n, 0 < d, both safe; exact despite the float division. */
let remainder = 0;
function divide(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  remainder = r;
  return q;
}

let wasHalf = false;

/** Half-up quotient of n / d (n ≥ 0, d > 0). */
export function roundRatio(n: number, d: number): number {
  const q = divide(n, d);
  const twice = remainder * 2;
  wasHalf = twice === d;
  return twice >= d ? q + 1 : q;
}

/** Whether the last roundRatio sat exactly on .5 (where a 40-digit quotient may round either way). */
export function lastRoundWasHalf(): boolean {
  return wasHalf;
}

/**
 * n / (d × 10^from) rounded half-up to `to` decimals, as an integer at scale `to`; NaN when the
 * integers would leave the exact range, or when the value sits exactly on .5 and `halfIsExact`
 * is false (the caller then lets decimal.js decide).
 */
export function roundQuotient(n: number, d: number, from: number, to: number, halfIsExact = false): number {
  const top = to >= from ? n * pow10(to - from) : n;
  const bottom = to >= from ? d : d * pow10(from - to);
  if (!isExact(top) || !isExact(bottom) || top < 0) return NaN;
  const q = roundRatio(top, bottom);
  return wasHalf && !halfIsExact ? NaN : q;
}

/**
 * Whether n / d (n ≥ 0, d > 0) has a finite decimal expansion. With n, d ≤ 10^9 such a quotient
 * has at most 30 significant digits, so decimal.js (40 digits) holds it, and products of it with
 * short constants, exactly: no rounding of its own can move a value off a half or a clamp edge.
 */
export function terminates(n: number, d: number): boolean {
  let a = n;
  let b = d;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  let rest = d / a;
  while (rest % 2 === 0) rest /= 2;
  while (rest % 5 === 0) rest /= 5;
  return rest === 1;
}

/** True when n / d is an integer (n ≥ 0, d > 0). */
export function dividesExactly(n: number, d: number): boolean {
  divide(n, d);
  return remainder === 0;
}

/** Re-scales an integer from scale `from` down to scale `to` (to ≤ from), half-up away from zero. */
export function roundScaled(value: number, from: number, to: number): number {
  if (to >= from) return value * pow10(to - from);
  const magnitude = roundRatio(value < 0 ? -value : value, pow10(from - to));
  return value < 0 ? -magnitude : magnitude;
}

// texts of small values, per scale: a card repeats the same few points thousands of times, and
// a shared string is one object less for the garbage collector to copy
const CACHED_BELOW = 16_384;
const fixedCache: Array<Array<string | undefined>> = [];
const plainCache: Array<Array<string | undefined>> = [];

/** Writes an integer at `scale` with exactly `scale` decimals: (450, 2) → "4.50". */
export function fixedText(value: number, scale: number): string {
  if (value >= 0 && value < CACHED_BELOW && Number.isInteger(value)) {
    const cache = (fixedCache[scale] ??= new Array<string | undefined>(CACHED_BELOW));
    return (cache[value] ??= writeFixed(value, scale));
  }
  return writeFixed(value, scale);
}

function writeFixed(value: number, scale: number): string {
  if (scale === 0) return value === 0 ? '0' : String(value);
  const negative = value < 0;
  const digits = String(negative ? -value : value).padStart(scale + 1, '0');
  const cut = digits.length - scale;
  const text = `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${text}` : text;
}

/** Writes an integer at `scale` without trailing zeros: (450, 2) → "4.5", (0, 2) → "0". */
export function plainText(value: number, scale: number): string {
  if (value >= 0 && value < CACHED_BELOW && Number.isInteger(value)) {
    const cache = (plainCache[scale] ??= new Array<string | undefined>(CACHED_BELOW));
    return (cache[value] ??= writePlain(value, scale));
  }
  return writePlain(value, scale);
}

function writePlain(value: number, scale: number): string {
  if (value === 0) return '0';
  let v = value;
  let s = scale;
  while (s > 0 && v % 10 === 0) {
    v /= 10;
    s -= 1;
  }
  return writeFixed(v, s);
}

/** formatPoints on a fixed-point value: rounded to `decimals` (default 2), no trailing zeros. */
export function pointsText(value: number, scale: number, decimals = 2): string {
  return scale > decimals ? plainText(roundScaled(value, scale, decimals), decimals) : plainText(value, scale);
}

/** roundPoints on a fixed-point value: rounded to `decimals` and written with exactly that many. */
export function roundedText(value: number, scale: number, decimals: number): string {
  return fixedText(roundScaled(value, scale, decimals), decimals);
}
