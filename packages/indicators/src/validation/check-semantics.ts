/**
 * Semantic checks on a structurally valid system: unique codes and keys, fields referenced by
 * rules exist and have a suitable type, points add up, bands neither overlap nor leave gaps,
 * expressions parse, grading bands are consistent.
 */
import type { Dec } from '../decimal';
import { ZERO, formatPlain, formatPoints, maxDec, own, sumDec, toDecimal } from '../decimal';
import { walkNodes } from '../engine/walk';
import { IndicatorError } from '../errors';
import { RESERVED_WORDS, parseExpression, referencedFields } from '../expression';
import type { IndicatorNode, IndicatorSystem, InputField, InputFieldType, Rule } from '../model';
import { ruleFields } from '../rules';
import { findGaps, findOverlaps, isEmptyBand } from './band-coverage';
import { checkMetricScale } from './check-metric-scale';
import type { ProblemList } from './problems';
import { quote } from '../decimal/quote';

const NUMERIC: readonly InputFieldType[] = ['count', 'rate', 'amount', 'boolean', 'checklist'];
const SCORE_FREE: readonly Rule['kind'][] = ['penalty', 'gradeOverride'];
/** keeps the pairwise overlap check cheap on hostile input */
const MAX_BANDS = 100;

export function checkSemantics(problems: ProblemList, system: IndicatorSystem): void {
  const fields = collectFields(problems, system);
  const codes = new Map<string, string>();
  walkNodes(system, ({ node, path, depth }) => {
    if (depth === 0 && node.level !== 'CATEGORY')
      problems.warning('LEVEL_MISMATCH', path, '一级指标的层级应为 CATEGORY', node.code);
    for (const kind of node.appliesTo?.unitKinds ?? []) {
      if (!system.unitKinds.includes(kind))
        problems.warning(
          'UNKNOWN_UNIT_KIND',
          `${path}.appliesTo`,
          `体系不评价 ${kind} 类单位，本项的适用范围不会生效`,
          node.code,
        );
    }
    const seen = codes.get(node.code);
    if (seen !== undefined) problems.error('DUPLICATE_CODE', path, `指标代码与 ${seen} 重复`, node.code);
    else codes.set(node.code, path);
    checkNodePoints(problems, node, path);
    if (node.rule !== undefined) checkRule(problems, node, node.rule, path, fields);
    if (
      node.exemption?.policy === 'POINTS' &&
      toDecimal(node.exemption.points ?? 0).greaterThan(toDecimal(node.maxPoints))
    ) {
      problems.error('POINTS_ABOVE_MAX', `${path}.exemption`, '免责分值超过本项分值', node.code);
    }
    const classes = system.unitClasses?.map((c) => c.code);
    for (const c of node.appliesTo?.unitClasses ?? []) {
      if (classes !== undefined && !classes.includes(c))
        problems.warning(
          'UNKNOWN_CLASS',
          `${path}.appliesTo`,
          `单位类别“${c}”未在 unitClasses 中定义`,
          node.code,
        );
    }
  });
  const categoriesMax = sumDec(system.categories.map((c) => toDecimal(c.maxPoints)));
  const total = toDecimal(system.totalPoints);
  if (categoriesMax.lessThan(total)) {
    problems.error(
      'POINTS_DO_NOT_ADD_UP',
      'categories',
      `一级指标分值合计 ${formatPoints(categoriesMax)} 分，少于满分 ${formatPoints(total)} 分`,
    );
  } else if (categoriesMax.greaterThan(total)) {
    problems.warning(
      'POINTS_EXCEED_TOTAL',
      'categories',
      `一级指标分值合计 ${formatPoints(categoriesMax)} 分，超过满分 ${formatPoints(total)} 分`,
    );
  }
  checkGrading(problems, system);
}

function collectFields(problems: ProblemList, system: IndicatorSystem): Map<string, InputField> {
  const fields = new Map<string, InputField>();
  walkNodes(system, ({ node, path }) => {
    (node.inputs ?? []).forEach((field, i) => {
      const at = `${path}.inputs[${i}]`;
      if (fields.has(field.key))
        problems.error('DUPLICATE_FIELD', at, `填报项键“${field.key}”在体系内重复`, node.code);
      if (RESERVED_WORDS.includes(field.key))
        problems.error('RESERVED_FIELD', at, `“${field.key}”是表达式保留字，不能作为填报项键`, node.code);
      if (
        (field.type === 'checklist' || field.type === 'choice') &&
        new Set(field.options.map((o) => o.code)).size < field.options.length
      ) {
        problems.error('DUPLICATE_OPTION', at, `填报项${quote(field.label)}的选项代码重复`, node.code);
      }
      fields.set(field.key, field);
    });
  });
  return fields;
}

function childMax(node: IndicatorNode): Dec {
  return sumDec(
    (node.children ?? [])
      .filter((c) => c.rule === undefined || !SCORE_FREE.includes(c.rule.kind))
      .map((c) => toDecimal(c.maxPoints)),
  );
}

function checkNodePoints(problems: ProblemList, node: IndicatorNode, path: string): void {
  const children = node.children ?? [];
  if (node.rule !== undefined) return;
  if (children.length === 0) {
    problems.error('NO_RULE', path, '指标既没有评分规则也没有下级指标，无法计分', node.code);
    return;
  }
  const sum = childMax(node);
  const max = toDecimal(node.maxPoints);
  if (sum.lessThan(max)) {
    problems.error(
      'CHILDREN_BELOW_MAX',
      path,
      `下级指标分值合计 ${formatPoints(sum)} 分，少于本项分值 ${formatPoints(max)} 分，满分无法达到`,
      node.code,
    );
  } else if (sum.greaterThan(max)) {
    problems.warning(
      'CHILDREN_ABOVE_MAX',
      path,
      `下级指标分值合计 ${formatPoints(sum)} 分，超过本项分值 ${formatPoints(max)} 分，将按本项分值封顶`,
      node.code,
    );
  }
}

function checkRule(
  problems: ProblemList,
  node: IndicatorNode,
  rule: Rule,
  path: string,
  fields: Map<string, InputField>,
): void {
  const at = `${path}.rule`;
  for (const expr of expressionsOf(rule)) {
    try {
      parseExpression(expr);
    } catch (error) {
      if (!(error instanceof IndicatorError)) throw error;
      problems.error(error.code, at, `表达式“${expr.slice(0, 80)}”有误：${error.message}`, node.code);
      return;
    }
  }
  for (const key of ruleFields(rule)) {
    const field = fields.get(key);
    if (field === undefined) {
      problems.error('UNKNOWN_FIELD', at, `规则引用了未定义的填报项“${key}”`, node.code);
    } else if (!allowedTypes(rule, key).includes(field.type)) {
      problems.error(
        'WRONG_FIELD_TYPE',
        at,
        `填报项${quote(field.label)}的类型 ${field.type} 不适用于 ${rule.kind} 规则`,
        node.code,
      );
    }
  }
  checkRulePoints(problems, node, rule, at, fields);
}

function expressionsOf(rule: Rule): string[] {
  switch (rule.kind) {
    case 'bands':
    case 'proportional':
    case 'relativeToBest':
      return [rule.metric.expr];
    case 'rank':
      return [rule.metric.expr, ...(rule.noEventsWhenZero === undefined ? [] : [rule.noEventsWhenZero])];
    case 'formula':
      return [rule.expr];
    case 'gradeOverride':
      return [rule.when];
    default:
      return [];
  }
}

function allowedTypes(rule: Rule, key: string): readonly InputFieldType[] {
  switch (rule.kind) {
    case 'deduction':
    case 'penalty':
    case 'deductUntilZero':
      return ['count'];
    case 'increment':
      return ['count', 'checklist', 'boolean'];
    case 'checklist':
      return ['checklist', 'boolean'];
    case 'choice':
      return ['choice'];
    default:
      return expressionsOf(rule).some((e) => referencedFields(e).includes(key)) ? NUMERIC : [];
  }
}

function checkRulePoints(
  problems: ProblemList,
  node: IndicatorNode,
  rule: Rule,
  at: string,
  fields: Map<string, InputField>,
): void {
  const max = toDecimal(node.maxPoints);
  const above = (points: Dec, what: string): void => {
    if (points.greaterThan(max))
      problems.error(
        'POINTS_ABOVE_MAX',
        at,
        `${what} ${formatPoints(points)} 分超过本项分值 ${formatPoints(max)} 分`,
        node.code,
      );
  };
  const unreachable = (best: Dec): void => {
    if (best.lessThan(max))
      problems.warning(
        'UNREACHABLE_POINTS',
        at,
        `最高只能得 ${formatPoints(best)} 分，达不到本项分值 ${formatPoints(max)} 分`,
        node.code,
      );
  };
  switch (rule.kind) {
    case 'bands': {
      if (rule.bands.length === 0) problems.error('NO_BANDS', at, '分档规则没有任何分档', node.code);
      if (rule.bands.length > MAX_BANDS) {
        problems.error(
          'TOO_MANY_BANDS',
          at,
          `分档过多（${rule.bands.length} 档，最多 ${MAX_BANDS} 档）`,
          node.code,
        );
        return;
      }
      checkMetricScale(
        problems,
        rule.metric,
        rule.bands.flatMap((b) => [b.min, b.max]),
        fields,
        at,
        node.code,
      );
      rule.bands.forEach((b, i) => {
        if (isEmptyBand(b))
          problems.error('EMPTY_BAND', `${at}.bands[${i}]`, '该档下限高于上限，任何数值都落不进', node.code);
        above(toDecimal(b.points), `第 ${i + 1} 档分值`);
      });
      for (const [i, j] of findOverlaps(rule.bands)) {
        problems.error(
          'BANDS_OVERLAP',
          `${at}.bands[${j}]`,
          `第 ${i + 1} 档与第 ${j + 1} 档的范围重叠`,
          node.code,
        );
      }
      for (const gap of findGaps(rule.bands, formatPlain)) {
        problems.warning('BANDS_GAP', at, `分档之间有空档：${gap}，落在其中的数值得 0 分`, node.code);
      }
      if (rule.bands.length > 0) unreachable(rule.bands.map((b) => toDecimal(b.points)).reduce(maxDec));
      return;
    }
    case 'proportional': {
      if (toDecimal(rule.from.value).equals(toDecimal(rule.to.value)))
        problems.error('EMPTY_RANGE', at, '按比例计分的起点与终点数值相同', node.code);
      above(toDecimal(rule.from.points), '起点分值');
      above(toDecimal(rule.to.points), '终点分值');
      unreachable(maxDec(toDecimal(rule.from.points), toDecimal(rule.to.points)));
      checkMetricScale(problems, rule.metric, [rule.from.value, rule.to.value], fields, at, node.code);
      return;
    }
    case 'choice': {
      const field = fields.get(rule.field);
      Object.values(rule.optionPoints).forEach((p) => above(toDecimal(p), '选项分值'));
      if (field?.type === 'choice') {
        for (const o of field.options) {
          if (own(rule.optionPoints, o.code) === undefined)
            problems.error('OPTION_WITHOUT_POINTS', at, `选项“${o.code}”没有分值`, node.code);
        }
        for (const code of Object.keys(rule.optionPoints)) {
          if (!field.options.some((o) => o.code === code))
            problems.error('UNKNOWN_OPTION', at, `选项“${code}”不在填报项的选项中`, node.code);
        }
      }
      unreachable(
        Object.values(rule.optionPoints)
          .map((p) => toDecimal(p))
          .reduce(maxDec, ZERO),
      );
      return;
    }
    case 'checklist': {
      const field = fields.get(rule.field);
      if (field?.type === 'checklist') {
        for (const code of Object.keys(rule.optionPoints ?? {})) {
          if (!field.options.some((o) => o.code === code))
            problems.error('UNKNOWN_OPTION', at, `选项“${code}”不在清单中`, node.code);
        }
      }
      if (rule.cap !== undefined) above(toDecimal(rule.cap), '最高分');
      return;
    }
    case 'increment':
      if (rule.cap !== undefined) above(toDecimal(rule.cap), '最高分');
      return;
    case 'penalty':
    case 'gradeOverride':
      if (!max.isZero())
        problems.warning(
          'SCORE_FREE_NODE_HAS_POINTS',
          at,
          `${rule.kind === 'penalty' ? '倒扣' : '等级调整'}规则不产生正分，本项分值应为 0`,
          node.code,
        );
      return;
    default:
      return;
  }
}

function checkGrading(problems: ProblemList, system: IndicatorSystem): void {
  const grading = system.grading ?? [];
  for (const [i, j] of findOverlaps(grading)) {
    problems.error(
      'GRADES_OVERLAP',
      `grading[${j}]`,
      `等级${quote(grading[i]?.label ?? '')}与${quote(grading[j]?.label ?? '')}的分数范围重叠`,
    );
  }
  for (const gap of findGaps(grading, formatPlain))
    problems.warning('GRADES_GAP', 'grading', `等级之间有空档：${gap}，落在其中的总分没有等级`);
}
