/**
 * Applies a rule's zeroDenominator policy. Absent policy means ZERO, and the explanation says
 * that the default was used so nobody mistakes it for a decision written in the document.
 */
import { ZERO, clamp, formatPoints, toDecimal } from '../decimal';
import { ZeroDenominatorError } from '../errors';
import type { ZeroDenominatorPolicy } from '../model';
import { scoredText } from './explain';
import type { RuleContext, RuleResult } from './types';

export function withZeroDenominator(
  ctx: RuleContext,
  policy: ZeroDenominatorPolicy | undefined,
  score: () => RuleResult,
): RuleResult {
  try {
    return score();
  } catch (error) {
    if (!(error instanceof ZeroDenominatorError)) throw error;
    return applyZeroDenominator(ctx, policy, error.message);
  }
}

export function applyZeroDenominator(
  ctx: RuleContext,
  policy: ZeroDenominatorPolicy | undefined,
  why: string,
): RuleResult {
  const reason = `${why}，比率无法计算`;
  switch (policy?.policy) {
    case 'FULL':
      return { points: ctx.max, status: 'SCORED', explanation: `${reason}，按规定${scoredText(ctx.max, ctx.max)}` };
    case 'POINTS': {
      const points = clamp(toDecimal(policy.points ?? 0), ZERO, ctx.max);
      return { points, status: 'SCORED', explanation: `${reason}，按规定得 ${formatPoints(points)} 分（满分 ${formatPoints(ctx.max)} 分）` };
    }
    case 'NOT_APPLICABLE':
      return { points: ZERO, status: 'NOT_APPLICABLE', explanation: `${reason}，按规定本项不适用，不计入总分` };
    case 'ZERO':
      return { points: ZERO, status: 'SCORED', explanation: `${reason}，按规定${scoredText(ZERO, ctx.max)}` };
    default:
      return {
        points: ZERO,
        status: 'SCORED',
        explanation: `${reason}，规则未规定分母为 0 的处理办法，按默认${scoredText(ZERO, ctx.max)}`,
      };
  }
}
