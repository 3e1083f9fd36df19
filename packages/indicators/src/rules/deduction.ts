/** 每发生一起减1分，最高减5分; several occurrence types each with its own cap, from full marks, floor 0. */
import { ZERO, maxDec, sumDec } from '../decimal';
import type { DeductionRule } from '../model';
import { scoredText } from './explain';
import { occurrenceLine } from './occurrences';
import type { RuleContext, RuleResult } from './types';

export function scoreDeduction(rule: DeductionRule, ctx: RuleContext): RuleResult {
  const lines = rule.occurrences.map((o) => occurrenceLine(ctx.scope, o, '减'));
  const deducted = sumDec(lines.map((l) => l.amount));
  const points = maxDec(ctx.max.minus(deducted), ZERO);
  const floor = ctx.max.minus(deducted).lessThan(ZERO) ? '，扣完为止' : '';
  return {
    points,
    status: 'SCORED',
    explanation: `${lines.map((l) => l.text).join('；')}${floor}，${scoredText(points, ctx.max)}`,
  };
}
