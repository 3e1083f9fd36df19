/**
 * A system compiled once per scoring run for the fixed-point path: each node's max points as an
 * integer and as the texts every card repeats, each rule's scorer, the zero-denominator outcome
 * and the grade edges. Systems the fast path does not cover (peer rules, a rule node with
 * children, constants finer than the system's decimals) get no plan and score through decimal.js
 * as before.
 */
import type { Dec } from '../decimal';
import { ZERO, formatPoints, roundPoints, toDecimal } from '../decimal';
import { decimalPlaces, MAX_FIXED_SCALE, toScaledInt } from '../decimal/fixed';
import type { EvalScope } from '../expression';
import type { Grade, IndicatorNode, IndicatorSystem, InputField, Rule } from '../model';
import type { RuleContext } from '../rules';
import { isPeerRule, ruleFields, scoredText } from '../rules';
import type { FastNodeInfo, FastRule } from './fast-rules';
import { compileFastRule } from './fast-rules';
import { scoreOwnRule } from './first-pass';
import { fieldMap } from './walk';
import type { WorkNode } from './work-tree';

export interface PlanNode {
  node: IndicatorNode;
  /** copied from the node: system nodes come in many shapes, plan nodes in one */
  code: string;
  name: string;
  level: IndicatorNode['level'];
  appliesTo: boolean;
  /** a penalty (倒扣): its points are ≤ 0 and bypass every cap */
  penalty: boolean;
  path: string;
  max: Dec;
  /** max points at scale `decimals` */
  maxInt: number;
  /** roundPoints(max): "2.00" */
  maxText: string;
  /** formatPoints(max): "2" */
  maxShort: string;
  rule: Rule | undefined;
  fast: FastRule | undefined;
  children: PlanNode[];
  /** 下级 10 项合计 and 分（满分 15 分） (parents) */
  sumHead: string;
  maxTail: string;
  /** a node with neither rule nor children */
  emptyText: string;
  /** parent texts by sum of children, filled during the run */
  sumTexts: Map<number, string>;
}

export interface GradeEdge {
  grade: Grade;
  label: string;
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
}

export interface Plan {
  system: IndicatorSystem;
  decimals: number;
  fields: ReadonlyMap<string, InputField>;
  categories: PlanNode[];
  /** roundPoints(stated total) and formatPoints(stated total) */
  statedText: string;
  statedShort: string;
  floorInt: number;
  floorNote: string;
  /** grade edges at scale `gradeScale` */
  grades: GradeEdge[];
  gradeScale: number;
  /** card summaries by total, filled during the run */
  cardTexts: Map<string, string>;
}

/** The plan, or undefined when any part of the system needs the decimal.js path. */
export function compilePlan(system: IndicatorSystem): Plan | undefined {
  try {
    const decimals = system.decimals ?? 2;
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) return undefined;
    const fields = fieldMap(system);
    const scope: EvalScope = { fields, values: {} };
    const categories: PlanNode[] = [];
    for (let i = 0; i < system.categories.length; i++) {
      const node = compileNode(system.categories[i]!, `categories[${i}]`, decimals, scope);
      if (node === undefined) return undefined;
      categories.push(node);
    }
    const floor = toDecimal(system.totalFloor ?? 0);
    const floorInt = toScaledInt(floor, decimals);
    const grades = system.grading ?? [];
    const gradeScale = Math.max(decimals, ...grades.flatMap((g) => [g.min, g.max].map((v) => (v === null ? 0 : decimalPlaces(v)))));
    if (floorInt === undefined || gradeScale > MAX_FIXED_SCALE) return undefined;
    const edges = grades.map((g) => [g.min, g.max].map((v) => (v === null ? null : toScaledInt(v, gradeScale))));
    if (edges.some((pair) => pair.includes(undefined))) return undefined;
    const stated = toDecimal(system.totalPoints);
    return {
      system,
      decimals,
      fields,
      categories,
      statedText: roundPoints(stated, decimals),
      statedShort: formatPoints(stated),
      floorInt,
      floorNote: `总分不低于 ${formatPoints(floor)} 分`,
      grades: grades.map((g, i) => ({
        grade: g.grade,
        label: g.label,
        min: edges[i]![0] as number | null,
        minInclusive: g.minInclusive,
        max: edges[i]![1] as number | null,
        maxInclusive: g.maxInclusive,
      })),
      gradeScale,
      cardTexts: new Map(),
    };
  } catch {
    // an invalid constant: the decimal.js path raises it for the unit that reaches it
    return undefined;
  }
}

function compileNode(node: IndicatorNode, path: string, decimals: number, scope: EvalScope): PlanNode | undefined {
  const max = toDecimal(node.maxPoints);
  const maxInt = toScaledInt(max, decimals);
  const rule = node.rule;
  const children = node.children ?? [];
  if (maxInt === undefined || maxInt < 0) return undefined;
  if (rule !== undefined && (children.length > 0 || isPeerRule(rule))) return undefined;
  const compiled: PlanNode[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = compileNode(children[i]!, `${path}.children[${i}]`, decimals, scope);
    if (child === undefined) return undefined;
    compiled.push(child);
  }
  const info: FastNodeInfo = { max, maxInt, decimals, scope, zero: undefined };
  if (rule !== undefined) info.zero = zeroOutcome(node, path, rule, info);
  return {
    node,
    code: node.code,
    name: node.name,
    level: node.level,
    appliesTo: node.appliesTo !== undefined,
    penalty: rule?.kind === 'penalty',
    path,
    max,
    maxInt,
    maxText: roundPoints(max, decimals),
    maxShort: formatPoints(max),
    rule,
    fast: rule === undefined ? undefined : compileFastRule(rule, info),
    children: compiled,
    sumHead: `下级 ${children.length} 项合计 `,
    maxTail: ` 分（满分 ${formatPoints(max)} 分）`,
    emptyText: `本项未配置评分规则，${scoredText(ZERO, max)}`,
    sumTexts: new Map(),
  };
}

/**
 * What the decimal.js rule says when the rule's only rate has a zero denominator: scored once
 * here on a 0/0 value, so the fast path repeats the very same text.
 */
function zeroOutcome(node: IndicatorNode, path: string, rule: Rule, info: FastNodeInfo): FastNodeInfo['zero'] {
  if (rule.kind !== 'bands' && rule.kind !== 'proportional' && rule.kind !== 'formula') return undefined;
  const keys = ruleFields(rule);
  const rate = keys.length === 1 ? info.scope.fields.get(keys[0]!) : undefined;
  if (rate?.type !== 'rate') return undefined;
  const work = leafWork(node, path, info.max);
  try {
    scoreOwnRule(work, rule, leafContext(node, info.max, { fields: info.scope.fields, values: { [rate.key]: { numerator: 0, denominator: 0 } } }), info.decimals);
  } catch {
    return undefined;
  }
  const result = work.result;
  if (result === undefined || result.status !== 'SCORED' || result.gradeOverride !== undefined) return undefined;
  const points = toScaledInt(result.points, info.decimals);
  return points === undefined ? undefined : { explanation: result.explanation, points };
}

export function leafWork(node: IndicatorNode, path: string, max: Dec): WorkNode {
  return { node, path, max, children: [] };
}

export function leafContext(node: IndicatorNode, max: Dec, scope: EvalScope): RuleContext {
  return { code: node.code, name: node.name, max, scope };
}
