/**
 * One unit's card on the fixed-point path: first pass, roll-up, total and grade in integers at
 * the system's decimals, with the same texts and the same object shapes as firstPass + finishCard.
 * Returns undefined whenever the unit needs anything the path leaves to decimal.js — exemptions,
 * a manual grade, a node that does not apply, a zero-denominator NOT_APPLICABLE, a grade override
 * that fired — and the caller scores that unit the general way. A node whose value the fixed-point
 * scorer cannot take exactly is scored by its decimal.js rule and the unit stays on this path.
 */
import { fixedText, pointsText } from '../decimal/fixed';
import type { NodeScore, NodeStatus, ScoreCard, UnitSubmission } from '../model';
import { appliesTo } from './applicability';
import type { Plan, PlanNode } from './fast-plan';
import { leafContext, leafWork } from './fast-plan';
import { scoreOwnRule } from './first-pass';

/** Bound on the texts a run keeps per node or card, so a huge system cannot grow them without end. */
const REMEMBERED_TEXTS = 10_000;

// results of the node just scored; module scratch so that the recursion allocates only the scores
const out = { points: 0 };
let nodeNormal = 0;
/** penalties (倒扣) at or below the node just scored, ≤ 0: they bypass every cap */
let nodePenalty = 0;

export function scoreFast(plan: Plan, submission: UnitSubmission): ScoreCard | undefined {
  if (submission.gradeOverride !== undefined || hasKeys(submission.exemptions)) return undefined;
  // the scorers read values[key] without an own-property check: only plain objects qualify
  const values: unknown = submission.values;
  if (typeof values !== 'object' || values === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(values);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const categories = new Array<NodeScore>(plan.categories.length);
  let normal = 0;
  let penalty = 0;
  for (let i = 0; i < plan.categories.length; i++) {
    const score = scoreNode(plan, plan.categories[i]!, submission);
    if (score === undefined) return undefined;
    categories[i] = score;
    normal += nodeNormal;
    penalty += nodePenalty;
  }
  const unfloored = normal + penalty;
  const total = unfloored < plan.floorInt ? plan.floorInt : unfloored;
  const band = gradeFor(plan, total);
  const card: ScoreCard = {
    systemId: plan.system.id,
    systemVersion: plan.system.version,
    unit: submission.unit,
    total: fixedText(total, plan.decimals),
    maxTotal: plan.statedText,
    categories,
    grade: band === undefined ? null : band.grade,
    provisional: false,
    explanation: '',
  };
  card.explanation = cardText(plan, card.total, penalty, total > unfloored, band?.label);
  return card;
}

/** 总分 87.50 分（满分 100 分）[，倒扣 6 分][，总分不低于 0 分][，红名单]; one string per total per run. */
function cardText(plan: Plan, total: string, penalty: number, floored: boolean, label: string | undefined): string {
  const key = penalty === 0 && !floored ? total : `${total}|${penalty}|${floored ? 1 : 0}`;
  const known = plan.cardTexts.get(key);
  if (known !== undefined) return known;
  let text = `总分 ${total} 分（满分 ${plan.statedShort} 分）`;
  if (penalty !== 0) text += `，倒扣 ${pointsText(-penalty, plan.decimals)} 分`;
  if (floored) text += `，${plan.floorNote}`;
  if (label !== undefined) text += `，${label}`;
  if (plan.cardTexts.size < REMEMBERED_TEXTS) plan.cardTexts.set(key, text);
  return text;
}

/** Any exemption at all (a null in their place too: the decimal.js path decides what it means). */
function hasKeys(record: Record<string, string> | undefined): boolean {
  if (record === undefined) return false;
  if (typeof record !== 'object' || record === null) return true;
  for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return true;
  return false;
}

/** The node's score, with its points (inside its own max) left in `nodeNormal` and its penalties in `nodePenalty`. */
function scoreNode(plan: Plan, p: PlanNode, submission: UnitSubmission): NodeScore | undefined {
  if (p.appliesTo && !appliesTo(p.node, submission.unit)) return undefined;
  if (p.rule === undefined && p.children.length === 0) return leafScore(p, 0, 'SCORED', p.emptyText, plan.decimals);
  if (p.rule !== undefined) {
    const text = p.fast?.score(submission.values, out);
    if (text !== undefined) return leafScore(p, out.points, 'SCORED', text, plan.decimals);
    return decimalLeaf(plan, p, submission);
  }
  const children = new Array<NodeScore>(p.children.length);
  let sum = 0;
  let penalty = 0;
  for (let i = 0; i < p.children.length; i++) {
    const score = scoreNode(plan, p.children[i]!, submission);
    if (score === undefined) return undefined;
    children[i] = score;
    sum += nodeNormal;
    penalty += nodePenalty;
  }
  const normal = sum > p.maxInt ? p.maxInt : sum;
  nodeNormal = normal;
  nodePenalty = penalty;
  return {
    code: p.code,
    name: p.name,
    level: p.level,
    maxPoints: p.maxText,
    points: fixedText(normal + penalty, plan.decimals),
    status: 'SCORED',
    explanation: penalty === 0 ? parentText(plan, p, sum, normal) : penaltyParentText(plan, p, sum, normal, penalty),
    children,
  };
}

/** 下级 10 项合计 17.5 分[，超过本项分值，按 15 分计]，得 15 分（满分 15 分）; one string per sum per run. */
function parentText(plan: Plan, p: PlanNode, sum: number, normal: number): string {
  const known = p.sumTexts.get(sum);
  if (known !== undefined) return known;
  const sumText = pointsText(sum, plan.decimals);
  const normalText = pointsText(normal, plan.decimals);
  const text =
    normal < sum
      ? [p.sumHead, sumText, ' 分，超过本项分值，按 ', normalText, ' 分计，得 ', normalText, p.maxTail].join('')
      : [p.sumHead, sumText, ' 分，得 ', normalText, p.maxTail].join('');
  if (p.sumTexts.size < REMEMBERED_TEXTS) p.sumTexts.set(sum, text);
  return text;
}

/** The same with a penalty below: …，倒扣 6 分，得 9 分（满分 15 分） (rare: not kept). */
function penaltyParentText(plan: Plan, p: PlanNode, sum: number, normal: number, penalty: number): string {
  const capped = normal < sum ? `，超过本项分值，按 ${pointsText(normal, plan.decimals)} 分计` : '';
  return `${p.sumHead}${pointsText(sum, plan.decimals)} 分${capped}，倒扣 ${pointsText(-penalty, plan.decimals)} 分，得 ${pointsText(normal + penalty, plan.decimals)}${p.maxTail}`;
}

function leafScore(node: PlanNode, points: number, status: NodeStatus, explanation: string, decimals: number): NodeScore {
  nodeNormal = node.penalty ? 0 : points;
  nodePenalty = node.penalty ? points : 0;
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    maxPoints: node.maxText,
    points: fixedText(points, decimals),
    status,
    explanation,
  };
}

/** The node's decimal.js rule, exactly as firstPass runs it (and raising what it raises). */
function decimalLeaf(plan: Plan, node: PlanNode, unit: UnitSubmission): NodeScore | undefined {
  const work = leafWork(node.node, node.path, node.max);
  scoreOwnRule(work, node.rule!, leafContext(node.node, node.max, { fields: plan.fields, values: unit.values }), plan.decimals);
  const result = work.result;
  if (result === undefined || result.gradeOverride !== undefined) return undefined;
  if (result.status === 'NOT_APPLICABLE' || result.status === 'PENDING_PEERS') return undefined;
  const points = result.points.times(10 ** plan.decimals);
  // only a penalty (倒扣) may be negative; anything else the decimal.js path explains
  if (!points.isInteger() || (points.isNegative() && !node.penalty)) return undefined;
  return leafScore(node, points.toNumber(), result.status, result.explanation, plan.decimals);
}

function gradeFor(plan: Plan, total: number): Plan['grades'][number] | undefined {
  const value = total * 10 ** (plan.gradeScale - plan.decimals);
  for (const band of plan.grades) {
    if (band.min !== null && (band.minInclusive ? value < band.min : value <= band.min)) continue;
    if (band.max !== null && (band.maxInclusive ? value > band.max : value >= band.max)) continue;
    return band;
  }
  return undefined;
}
