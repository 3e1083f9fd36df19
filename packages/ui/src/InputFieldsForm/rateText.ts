import type { RateField } from '@govtrust/indicators';

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/**
 * The rate as the submitter will see it scored: 98.50% / 985.00‰. Display only — scoring
 * happens in the engine with exact decimals.
 */
export function rateText(display: RateField['display'], numerator: unknown, denominator: unknown): string | null {
  const n = asNumber(numerator);
  const d = asNumber(denominator);
  if (n === null || d === null) return null;
  if (d === 0) return '分母为 0，比率无法计算';
  const factor = display === 'PERMILLE' ? 1000 : 100;
  const scaled = Math.round((n * factor * 100) / d) / 100;
  return `${scaled.toFixed(2)}${display === 'PERMILLE' ? '‰' : '%'}`;
}
