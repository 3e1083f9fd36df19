/**
 * Rebuilds a work tree from node results that already exist (earlier scorecards), so that period
 * aggregation and validity carry-over reuse the same roll-up, total, grading and explanations.
 */
import { toDecimal } from '../decimal';
import type { Grade, IndicatorNode, IndicatorSystem, NodeScore, ScoreCard, ScoredUnit } from '../model';
import { walkNodes } from './walk';
import type { LeafResult, WorkNode, WorkTree } from './work-tree';

export const MANUAL_OVERRIDE_PREFIX = '信用办人工调整：';

/** `leafOf` returns a node's own result, or undefined when the node is the sum of its children. */
export function buildFromLeaves(
  system: IndicatorSystem,
  unit: ScoredUnit,
  leafOf: (node: IndicatorNode) => LeafResult | undefined,
  gradeOverride?: { grade: Grade; reason: string },
): WorkTree {
  const build = (node: IndicatorNode, path: string): WorkNode => {
    const work: WorkNode = { node, path, max: toDecimal(node.maxPoints), children: [] };
    const own = leafOf(node);
    if (own !== undefined) work.result = own;
    else work.children = (node.children ?? []).map((c, i) => build(c, `${path}.children[${i}]`));
    return work;
  };
  return {
    submission: { unit, values: {}, ...(gradeOverride === undefined ? {} : { gradeOverride }) },
    categories: system.categories.map((c, i) => build(c, `categories[${i}]`)),
  };
}

export function indexScores(card: ScoreCard): Map<string, NodeScore> {
  const index = new Map<string, NodeScore>();
  const stack = [...card.categories];
  while (stack.length > 0) {
    const score = stack.pop() as NodeScore;
    index.set(score.code, score);
    stack.push(...(score.children ?? []));
  }
  return index;
}

/** A node scored on its own in a card: it has a rule, or it was exempted / dropped as a whole. */
export function isOwnResult(node: IndicatorNode, score: NodeScore | undefined): boolean {
  return node.rule !== undefined || (score !== undefined && (score.children === undefined || score.children.length === 0));
}

export function leafFromScore(node: IndicatorNode, score: NodeScore, card: ScoreCard): LeafResult {
  const result: LeafResult = { points: toDecimal(score.points), status: score.status, explanation: score.explanation };
  const rule = node.rule;
  if (rule?.kind === 'gradeOverride' && card.gradeOverride?.reason === rule.reason) {
    result.gradeOverride = { grade: rule.grade, reason: rule.reason };
  }
  return result;
}

/** The credit office's manual override recorded on a card, to carry into a rebuilt card. */
export function manualOverrideOf(card: ScoreCard): { grade: Grade; reason: string } | undefined {
  const override = card.gradeOverride;
  if (override === undefined || !override.reason.startsWith(MANUAL_OVERRIDE_PREFIX)) return undefined;
  return { grade: override.grade, reason: override.reason.slice(MANUAL_OVERRIDE_PREFIX.length) };
}

export function nodesByCode(system: IndicatorSystem): Map<string, IndicatorNode> {
  const nodes = new Map<string, IndicatorNode>();
  walkNodes(system, ({ node }) => nodes.set(node.code, node));
  return nodes;
}
