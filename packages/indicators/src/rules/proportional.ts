/**
 * 90%以下不得分，100%得5分，之间按比例: at or beyond `from` → from.points, at or beyond `to` →
 * to.points, linear between. Works in either direction (from.value may exceed to.value).
 */
import { ONE, ZERO, clamp, toDecimal } from '../decimal';
import type { ProportionalRule } from '../model';
import { formatEdge, scoredText } from './explain';
import { evaluateMetric } from './metric';
import type { RuleContext, RuleResult } from './types';
import { withZeroDenominator } from './zero-denominator';

export function scoreProportional(rule: ProportionalRule, ctx: RuleContext): RuleResult {
  return withZeroDenominator(ctx, rule.zeroDenominator, () => {
    const metric = evaluateMetric(rule.metric, ctx.scope);
    const fromValue = toDecimal(rule.from.value);
    const toValue = toDecimal(rule.to.value);
    const fromPoints = toDecimal(rule.from.points);
    const toPoints = toDecimal(rule.to.points);
    const span = toValue.minus(fromValue);
    // a zero span is a configuration error caught by validateSystem; treat it as a step at `to`
    const t = span.isZero()
      ? metric.value.greaterThanOrEqualTo(toValue) ? ONE : ZERO
      : clamp(metric.value.minus(fromValue).dividedBy(span), ZERO, ONE);
    const points = clamp(fromPoints.plus(toPoints.minus(fromPoints).times(t)), ZERO, ctx.max);
    const from = formatEdge(fromValue, metric.scale);
    const to = formatEdge(toValue, metric.scale);
    let where: string;
    if (t.isZero()) where = `未达到 ${from}，按 ${from} 计`;
    else if (t.equals(ONE)) where = `达到 ${to}`;
    else where = `介于 ${from} 与 ${to} 之间，按比例计分`;
    return { points, status: 'SCORED', explanation: `${metric.text}，${where}，${scoredText(points, ctx.max)}` };
  });
}
