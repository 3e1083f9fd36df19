/** 合规率<95%不得分，95%≤合规率<96%得1分 … — the first band containing the value gives the points. */
import type { Dec } from '../decimal';
import { ZERO, clamp, formatPoints, toDecimal } from '../decimal';
import type { Band, BandsRule } from '../model';
import { describeBand, scoredText } from './explain';
import { evaluateMetric } from './metric';
import type { RuleContext, RuleResult } from './types';
import { withZeroDenominator } from './zero-denominator';

export function bandContains(band: Band, value: Dec): boolean {
  if (band.min !== null) {
    const min = toDecimal(band.min);
    if (band.minInclusive ? value.lessThan(min) : value.lessThanOrEqualTo(min)) return false;
  }
  if (band.max !== null) {
    const max = toDecimal(band.max);
    if (band.maxInclusive ? value.greaterThan(max) : value.greaterThanOrEqualTo(max)) return false;
  }
  return true;
}

export function scoreBands(rule: BandsRule, ctx: RuleContext): RuleResult {
  return withZeroDenominator(ctx, rule.zeroDenominator, () => {
    const metric = evaluateMetric(rule.metric, ctx.scope);
    const band = rule.bands.find((b) => bandContains(b, metric.value));
    if (band === undefined) {
      return {
        points: ZERO,
        status: 'SCORED',
        explanation: `${metric.text}不在任何评分档内，${scoredText(ZERO, ctx.max)}`,
      };
    }
    const points = clamp(toDecimal(band.points), ZERO, ctx.max);
    const capped = points.equals(toDecimal(band.points)) ? '' : `（档位分值 ${formatPoints(toDecimal(band.points))} 分超出本项分值，按满分计）`;
    return {
      points,
      status: 'SCORED',
      explanation: `${metric.text}落在 ${describeBand(band, metric.scale)} 档，${scoredText(points, ctx.max)}${capped}`,
    };
  });
}
