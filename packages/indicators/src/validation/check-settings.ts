/**
 * Settings that are well-formed but make no sense for a credit office: nothing to evaluate, a
 * total of zero, a grade given twice, an applicability that excludes every unit, a validity
 * under a month, a reversed range. Run after the structure check, on a system of the right shape.
 */
import { toDecimal } from '../decimal/decimal';
import type { IndicatorNode, IndicatorSystem } from '../model';
import type { ProblemList } from './problems';

export function checkSettings(problems: ProblemList, system: IndicatorSystem): void {
  if (system.unitKinds.length === 0) problems.error('NO_UNIT_KINDS', 'system.unitKinds', '至少需要一个评价对象类别');
  if (toDecimal(system.totalPoints).lessThanOrEqualTo(0)) problems.error('INVALID_TOTAL', 'system.totalPoints', '满分须大于 0');

  const grades = new Set<string>();
  (system.grading ?? []).forEach((band, i) => {
    if (grades.has(band.grade)) problems.error('DUPLICATE_GRADE', `grading[${i}]`, `等级“${band.label || band.grade}”重复定义`);
    grades.add(band.grade);
  });

  const classes = new Set<string>();
  if (system.unitClasses !== undefined) {
    if (!Array.isArray(system.unitClasses)) {
      problems.error('INVALID_SHAPE', 'system.unitClasses', '单位分类 unitClasses 应为列表');
    } else {
      system.unitClasses.forEach((c, i) => {
        const code = typeof c?.code === 'string' ? c.code.trim() : '';
        if (!code) problems.error('INVALID_SHAPE', `unitClasses[${i}].code`, '单位分类的代码不能为空');
        else if (classes.has(code)) problems.error('DUPLICATE_UNIT_CLASS', `unitClasses[${i}].code`, `单位分类代码“${code}”重复`);
        if (typeof c?.label !== 'string' || !c.label.trim()) problems.error('INVALID_SHAPE', `unitClasses[${i}].label`, '单位分类的名称不能为空');
        classes.add(code);
      });
    }
  }
  system.categories.forEach((node, i) => checkNode(problems, node, `categories[${i}]`));
}

function checkNode(problems: ProblemList, node: IndicatorNode, path: string): void {
  const applies = node.appliesTo;
  if (applies?.unitKinds?.length === 0) {
    problems.error('EMPTY_APPLICABILITY', `${path}.appliesTo.unitKinds`, '适用的单位类别为空，该指标将不适用于任何单位；不限制请删除此项', node.code);
  }
  if (applies?.unitClasses?.length === 0) {
    problems.error('EMPTY_APPLICABILITY', `${path}.appliesTo.unitClasses`, '适用的单位分类为空，该指标将不适用于任何单位；不限制请删除此项', node.code);
  }
  if (node.validity && node.validity.months < 1) {
    problems.error('INVALID_VALIDITY', `${path}.validity.months`, '有效期至少为 1 个月', node.code);
  }
  (node.inputs ?? []).forEach((field, i) => {
    const at = `${path}.inputs[${i}]`;
    if (field.type === 'amount' && field.min !== undefined && field.max !== undefined && toDecimal(field.min).greaterThan(toDecimal(field.max))) {
      problems.error('INVALID_RANGE', `${at}.min`, `填报项“${field.label}”的下限大于上限`, node.code);
    }
  });
  (node.children ?? []).forEach((child, i) => checkNode(problems, child, `${path}.children[${i}]`));
}
