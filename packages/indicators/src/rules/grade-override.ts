/** 严重的直接列入黄名单: when `when` is true the grade is forced; the node itself scores 0. */
import { ZERO } from '../decimal';
import { evaluateExpression, isTruthy } from '../expression';
import type { Grade, GradeOverrideRule } from '../model';
import type { RuleContext, RuleResult } from './types';

export const GRADE_LABELS: Record<Grade, string> = { RED: '红名单', BLUE: '蓝名单', YELLOW: '黄名单' };

export function scoreGradeOverride(rule: GradeOverrideRule, ctx: RuleContext): RuleResult {
  const triggered = isTruthy(evaluateExpression(rule.when, ctx.scope));
  if (!triggered) {
    return { points: ZERO, status: 'SCORED', explanation: `未出现“${rule.reason}”情形，不调整等级` };
  }
  return {
    points: ZERO,
    status: 'SCORED',
    explanation: `出现“${rule.reason}”情形，直接列入${GRADE_LABELS[rule.grade]}`,
    gradeOverride: { grade: rule.grade, reason: rule.reason },
  };
}
