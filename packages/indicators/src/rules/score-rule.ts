/** Dispatch of first-pass rules. Peer rules are measured here and scored in the engine's peer pass. */
import type { Rule } from '../model';
import { scoreBands } from './bands';
import { scoreChecklist } from './checklist';
import { scoreChoice } from './choice';
import { scoreDeductUntilZero } from './deduct-until-zero';
import { scoreDeduction } from './deduction';
import { scoreFormula } from './formula';
import { scoreGradeOverride } from './grade-override';
import { scoreIncrement } from './increment';
import { scorePenalty } from './penalty';
import { scoreProportional } from './proportional';
import type { RuleContext, RuleResult } from './types';

export type SingleUnitRule = Exclude<Rule, { kind: 'relativeToBest' | 'rank' }>;

export function isPeerRule(rule: Rule): rule is Extract<Rule, { kind: 'relativeToBest' | 'rank' }> {
  return rule.kind === 'relativeToBest' || rule.kind === 'rank';
}

export function scoreRule(rule: SingleUnitRule, ctx: RuleContext): RuleResult {
  switch (rule.kind) {
    case 'bands':
      return scoreBands(rule, ctx);
    case 'formula':
      return scoreFormula(rule, ctx);
    case 'deduction':
      return scoreDeduction(rule, ctx);
    case 'deductUntilZero':
      return scoreDeductUntilZero(rule, ctx);
    case 'increment':
      return scoreIncrement(rule, ctx);
    case 'proportional':
      return scoreProportional(rule, ctx);
    case 'checklist':
      return scoreChecklist(rule, ctx);
    case 'choice':
      return scoreChoice(rule, ctx);
    case 'penalty':
      return scorePenalty(rule, ctx);
    case 'gradeOverride':
      return scoreGradeOverride(rule, ctx);
  }
}
