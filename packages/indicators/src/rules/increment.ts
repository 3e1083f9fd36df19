/** 有1个领域开展相关工作得0.5分，最高得5分 — per-item caps, then the rule cap (default node max). */
import { ZERO, clamp, formatPoints, minDec, sumDec, toDecimal } from '../decimal';
import type { IncrementRule } from '../model';
import { scoredText } from './explain';
import { occurrenceLine } from './occurrences';
import type { RuleContext, RuleResult } from './types';

export function scoreIncrement(rule: IncrementRule, ctx: RuleContext): RuleResult {
  const lines = rule.items.map((item) => occurrenceLine(ctx.scope, item, '加'));
  const sum = sumDec(lines.map((l) => l.amount));
  const cap = rule.cap === undefined ? ctx.max : minDec(toDecimal(rule.cap), ctx.max);
  const points = clamp(sum, ZERO, cap);
  const capped = points.lessThan(sum) ? `，合计 ${formatPoints(sum)} 分，最高得 ${formatPoints(cap)} 分` : '';
  return {
    points,
    status: 'SCORED',
    explanation: `${lines.map((l) => l.text).join('；')}${capped}，${scoredText(points, ctx.max)}`,
  };
}
