/** 得分=（1-行政诉讼败诉率）*5 — a safe expression, clamped to [0, max]. */
import { ZERO, clamp, formatPlain } from '../decimal';
import { evaluateExpression, referencedFields } from '../expression';
import type { FormulaRule } from '../model';
import { readableExpression, scoredText } from './explain';
import { describeInputs } from './metric';
import type { RuleContext, RuleResult } from './types';
import { withZeroDenominator } from './zero-denominator';

export function scoreFormula(rule: FormulaRule, ctx: RuleContext): RuleResult {
  return withZeroDenominator(ctx, rule.zeroDenominator, () => {
    const raw = evaluateExpression(rule.expr, ctx.scope);
    const points = clamp(raw, ZERO, ctx.max);
    const inputs = describeInputs(referencedFields(rule.expr), ctx.scope);
    const clamped = points.equals(raw) ? '' : `，超出 0～${formatPlain(ctx.max)} 分范围，按 ${formatPlain(points)} 分计`;
    return {
      points,
      status: 'SCORED',
      explanation: `按公式 ${readableExpression(rule.expr, ctx.scope.fields)} 计算${inputs === '' ? '' : `（${inputs}）`}，结果为 ${formatPlain(raw)}${clamped}，${scoredText(points, ctx.max)}`,
    };
  });
}
