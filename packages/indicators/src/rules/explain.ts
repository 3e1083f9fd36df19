/** Shared wording of rule explanations. */
import type { Dec, Scale } from '../decimal';
import { formatPlain, formatPoints, scaleSuffix, toDecimal } from '../decimal';
import type { Band, DecimalLike, InputField } from '../model';

/** 得 4 分（满分 5 分） */
export function scoredText(points: Dec, max: Dec): string {
  return `得 ${formatPoints(points)} 分（满分 ${formatPoints(max)} 分）`;
}

/** 95%≤x<96%, x<95%, x≥99% — edges as written in the rule. */
export function describeBand(band: Pick<Band, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>, scale: Scale): string {
  const edge = (v: DecimalLike | null): string => formatEdge(toDecimal(v ?? 0), scale);
  const lower = band.min === null ? '' : `${edge(band.min)}${band.minInclusive ? '≤' : '<'}`;
  const upper = band.max === null ? '' : `${band.maxInclusive ? '≤' : '<'}${edge(band.max)}`;
  if (lower === '' && upper === '') return '任意值';
  if (lower === '') return `x${upper}`;
  if (upper === '') return `x${band.minInclusive ? '≥' : '>'}${edge(band.min)}`;
  return `${lower}x${upper}`;
}

/** A threshold as written in the document: 95%, 99.5%, 3 (no padding zeros). */
export function formatEdge(value: Dec, scale: Scale): string {
  return `${formatPlain(value)}${scaleSuffix(scale)}`;
}

/** 起 / 条 / 个 for counts, 项 for checklists. */
export function countUnit(field: InputField | undefined): string {
  if (field?.type === 'count' && field.unit !== undefined) return field.unit;
  if (field?.type === 'checklist') return '项';
  return '起';
}
