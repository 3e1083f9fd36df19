/**
 * First pass for one unit: every node gets its own result (rule, exemption, non-applicability,
 * missing input) or a pending peer measure. Rule points are rounded here, once per node.
 */
import { ZERO, own, roundDecimal, toDecimal } from '../decimal';
import { IndicatorError, MissingInputError } from '../errors';
import type { EvalScope } from '../expression';
import { isMissing } from '../expression';
import type { IndicatorNode, IndicatorSystem, UnitSubmission } from '../model';
import type { RuleContext, SingleUnitRule } from '../rules';
import { isPeerRule, measurePeer, ruleFields, scoreRule, scoredText } from '../rules';
import { appliesTo, notApplicableText } from './applicability';
import { exemptionProblems, exemptionResult } from './exemptions';
import { fieldMap } from './walk';
import type { LeafResult, WorkNode, WorkTree } from './work-tree';
import { quote } from '../decimal/quote';

export const PENDING_TEXT = '本项按参评单位之间的比较计分，待全部参评单位数据齐全后计算';

export function firstPass(system: IndicatorSystem, submission: UnitSubmission): WorkTree {
  const problems = exemptionProblems(system, submission);
  if (problems.length > 0) {
    throw new IndicatorError(
      'INVALID_SUBMISSION',
      `${submission.unit.name}的免责申请有误：${problems.map((p) => p.message).join('；')}`,
      {
        problems: problems.map((p) => ({ severity: 'ERROR' as const, ...p })),
      },
    );
  }
  const scope: EvalScope = { fields: fieldMap(system), values: submission.values };
  const decimals = system.decimals ?? 2;
  const build = (node: IndicatorNode, path: string): WorkNode => {
    const max = toDecimal(node.maxPoints);
    const work: WorkNode = { node, path, max, children: [] };
    if (!appliesTo(node, submission.unit)) {
      work.result = { points: ZERO, status: 'NOT_APPLICABLE', explanation: notApplicableText(node) };
      return work;
    }
    const exemption = own(submission.exemptions, node.code);
    if (exemption !== undefined) {
      work.result = exemptionResult(node, max, exemption);
      return work;
    }
    work.children = (node.children ?? []).map((child, i) => build(child, `${path}.children[${i}]`));
    if (node.rule !== undefined) {
      scoreOwnRule(work, node.rule, { code: node.code, name: node.name, max, scope }, decimals);
    } else if (work.children.length === 0) {
      work.result = {
        points: ZERO,
        status: 'SCORED',
        explanation: `本项未配置评分规则，${scoredText(ZERO, max)}`,
      };
    }
    return work;
  };
  return { submission, categories: system.categories.map((c, i) => build(c, `categories[${i}]`)) };
}

export function scoreOwnRule(
  work: WorkNode,
  rule: NonNullable<IndicatorNode['rule']>,
  ctx: RuleContext,
  decimals: number,
): void {
  const missing = ruleFields(rule).filter((key) => {
    const field = ctx.scope.fields.get(key);
    return (
      field !== undefined &&
      (field.required !== false || field.type === 'rate') &&
      isMissing(own(ctx.scope.values, key))
    );
  });
  if (missing.length > 0) {
    work.result = missingResult(missing, ctx);
    return;
  }
  try {
    if (isPeerRule(rule)) {
      work.peer = { rule, measure: measurePeer(rule, ctx) };
      work.result = { points: ZERO, status: 'PENDING_PEERS', explanation: PENDING_TEXT };
      return;
    }
    const result = scoreRule(rule as SingleUnitRule, ctx);
    work.result = { ...result, points: roundDecimal(result.points, decimals) };
  } catch (error) {
    if (error instanceof MissingInputError) {
      work.result = missingResult(error.fields, ctx);
      return;
    }
    if (error instanceof IndicatorError) {
      throw new IndicatorError(error.code, `${ctx.code} ${ctx.name}：${error.message}`, {
        position: error.position,
      });
    }
    throw error;
  }
}

function missingResult(keys: string[], ctx: RuleContext): LeafResult {
  const labels = keys.map((k) => `${quote(ctx.scope.fields.get(k)?.label ?? k)}`).join('、');
  return {
    points: ZERO,
    status: 'MISSING_INPUT',
    explanation: `${labels}值未填报，${scoredText(ZERO, ctx.max)}`,
  };
}
