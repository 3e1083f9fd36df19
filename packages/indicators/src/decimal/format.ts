/**
 * How numbers read in Chinese explanations: points without trailing zeros (得 4 分, 得 0.5 分),
 * rates with two decimals (98.50%).
 */
import type { Dec } from './decimal';
import { roundDecimal } from './decimal';

/** 4 → "4", 4.50 → "4.5", 4.256 → "4.26" */
export function formatPoints(points: Dec, decimals = 2): string {
  const rounded = roundDecimal(points, decimals);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

export type Scale = 'PLAIN' | 'PERCENT' | 'PERMILLE';

export function scaleFactor(scale: Scale): number {
  return scale === 'PERCENT' ? 100 : scale === 'PERMILLE' ? 1000 : 1;
}

export function scaleSuffix(scale: Scale): string {
  return scale === 'PERCENT' ? '%' : scale === 'PERMILLE' ? '‰' : '';
}

/** A value already scaled (98.5 for 98.5%): "98.50%". Plain values keep up to 4 decimals. */
export function formatScaled(value: Dec, scale: Scale): string {
  if (scale === 'PLAIN') return formatPlain(value);
  return `${roundDecimal(value, 2).toFixed(2)}${scaleSuffix(scale)}`;
}

/** A ratio 0..1 as a percentage with 2 decimals: 0.985 → "98.50%". */
export function formatRate(ratio: Dec, display: 'PERCENT' | 'PERMILLE' = 'PERCENT'): string {
  return formatScaled(ratio.times(scaleFactor(display)), display);
}

export function formatPlain(value: Dec): string {
  const rounded = roundDecimal(value, 4);
  return rounded.isZero() ? '0' : rounded.toFixed();
}
