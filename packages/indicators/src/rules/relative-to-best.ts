/**
 * 第1名得5分，其他得分占第1名得分比率… (second pass). Higher is better: points = max × value / best;
 * lower is better: points = max × best / value. Policy choices (explained on the card):
 * - every compared unit has the same value (including all zero) → everyone gets full marks;
 * - higher-is-better with best ≤ 0, or lower-is-better with best = 0: units equal to the best get
 *   full marks and the others 0 (a ratio to 0 has no meaning).
 */
import type { Dec } from '../decimal';
import { ZERO, clamp, formatScaled } from '../decimal';
import type { RelativeToBestRule } from '../model';
import { scoredText } from './explain';
import type { PeerMeasure } from './peer-measure';
import type { RuleResult } from './types';

export function scoreRelativeToBest(rule: RelativeToBestRule, max: Dec, measures: PeerMeasure[]): RuleResult[] {
  const values = measures.flatMap((m) => (m.kind === 'value' ? [m.value] : []));
  const better = (a: Dec, b: Dec): boolean => (rule.higherIsBetter ? a.greaterThan(b) : a.lessThan(b));
  const best = values.reduce<Dec | undefined>((top, v) => (top === undefined || better(v, top) ? v : top), undefined);
  const allEqual = best !== undefined && values.every((v) => v.equals(best));
  return measures.map((m) => {
    // with no compared value every measure is fixed, so `best` is defined past this line
    if (m.kind === 'fixed' || best === undefined) return (m as Extract<PeerMeasure, { kind: 'fixed' }>).result;
    const bestText = formatScaled(best, m.scale);
    if (allEqual) {
      return { points: max, status: 'SCORED', explanation: `${m.text}，参评单位数值相同，均按第1名计，${scoredText(max, max)}` };
    }
    if (m.value.equals(best)) {
      return { points: max, status: 'SCORED', explanation: `${m.text}，为第1名，${scoredText(max, max)}` };
    }
    const ratio = rule.higherIsBetter
      ? best.lessThanOrEqualTo(ZERO) ? ZERO : m.value.dividedBy(best)
      : m.value.isZero() || best.isZero() ? ZERO : best.dividedBy(m.value);
    const points = clamp(max.times(ratio), ZERO, max);
    const how = rule.higherIsBetter ? '本单位数值占第1名的比例' : '第1名数值占本单位数值的比例';
    return {
      points,
      status: 'SCORED',
      explanation: `${m.text}，第1名为 ${bestText}，${how}为 ${ratio.times(100).toDecimalPlaces(2).toFixed(2)}%，${scoredText(points, max)}`,
    };
  });
}

