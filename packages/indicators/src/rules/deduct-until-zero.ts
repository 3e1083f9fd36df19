/** 出现一次不合规扣0.5分，扣完为止. */
import { ZERO, maxDec } from '../decimal';
import type { DeductUntilZeroRule } from '../model';
import { scoredText } from './explain';
import { occurrenceLine } from './occurrences';
import type { RuleContext, RuleResult } from './types';

export function scoreDeductUntilZero(rule: DeductUntilZeroRule, ctx: RuleContext): RuleResult {
  const line = occurrenceLine(ctx.scope, rule, '扣');
  const left = ctx.max.minus(line.amount);
  const points = maxDec(left, ZERO);
  return {
    points,
    status: 'SCORED',
    explanation: `${line.text}${left.lessThan(ZERO) ? '，扣完为止' : ''}，${scoredText(points, ctx.max)}`,
  };
}
