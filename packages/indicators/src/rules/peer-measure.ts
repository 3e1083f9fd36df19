/**
 * First pass of a peer rule: each unit's measured value, or an outcome that needs no peers
 * (zero-denominator policy, no events). The second pass scores the values against each other.
 */
import type { Dec, Scale } from '../decimal';
import { ZeroDenominatorError } from '../errors';
import { evaluateExpression, isTruthy } from '../expression';
import type { RankRule, RelativeToBestRule } from '../model';
import { scoredText } from './explain';
import { evaluateMetric } from './metric';
import type { RuleContext, RuleResult } from './types';
import { applyZeroDenominator } from './zero-denominator';

export type PeerMeasure =
  | { kind: 'value'; value: Dec; scale: Scale; text: string }
  | { kind: 'fixed'; result: RuleResult };

export function measurePeer(rule: RelativeToBestRule | RankRule, ctx: RuleContext): PeerMeasure {
  try {
    if (rule.kind === 'rank' && rule.noEventsWhenZero !== undefined) {
      if (!isTruthy(evaluateExpression(rule.noEventsWhenZero, ctx.scope))) {
        return {
          kind: 'fixed',
          result: { points: ctx.max, status: 'SCORED', explanation: `无相关事项，不参与排序，${scoredText(ctx.max, ctx.max)}` },
        };
      }
    }
    const metric = evaluateMetric(rule.metric, ctx.scope);
    return { kind: 'value', value: metric.value, scale: metric.scale, text: metric.text };
  } catch (error) {
    if (!(error instanceof ZeroDenominatorError)) throw error;
    return { kind: 'fixed', result: applyZeroDenominator(ctx, rule.zeroDenominator, error.message) };
  }
}
