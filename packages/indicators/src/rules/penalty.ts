/**
 * 被国家抽查到一条瞒报扣6分 / 倒扣10分: negative points, not clamped to the node; the roll-up
 * applies them to the enclosing category and the total.
 */
import { ZERO, formatPoints, sumDec } from '../decimal';
import type { PenaltyRule } from '../model';
import { occurrenceLine } from './occurrences';
import type { RuleContext, RuleResult } from './types';

export function scorePenalty(rule: PenaltyRule, ctx: RuleContext): RuleResult {
  const lines = rule.occurrences.map((o) => occurrenceLine(ctx.scope, o, '扣'));
  const total = sumDec(lines.map((l) => l.amount));
  const points = total.isZero() ? ZERO : total.negated();
  const effect = total.isZero() ? '不倒扣' : `倒扣 ${formatPoints(total)} 分（从所属类别和总分中扣除）`;
  return { points, status: 'SCORED', explanation: `${lines.map((l) => l.text).join('；')}，${effect}` };
}
