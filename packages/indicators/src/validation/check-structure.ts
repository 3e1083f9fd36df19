/** Structural check of a whole system: every node, input field and rule has the right shape. */
import { UNIT_KINDS, PERIOD_KINDS } from '../model';
import { checkBand, checkRuleShape } from './check-rule-shape';
import type { ProblemList } from './problems';
import type { Obj } from './shape';
import { Shape, isObject } from './shape';

const FIELD_TYPES = ['count', 'rate', 'amount', 'boolean', 'checklist', 'choice', 'text'] as const;
const MAX_TREE_DEPTH = 8;

export function checkStructure(problems: ProblemList, system: unknown): system is Obj {
  const s = new Shape(problems, 'system');
  if (!s.object(system, '', '指标体系')) return false;
  s.string(system, 'id', '标识 id');
  s.integer(system, 'version', '版本号 version');
  s.string(system, 'name', '名称 name');
  s.stringArray(system, 'unitKinds', '评价对象类别 unitKinds', UNIT_KINDS);
  s.array(system, 'unitKinds', '评价对象类别 unitKinds');
  s.oneOf(system, 'periodKind', '周期 periodKind', PERIOD_KINDS);
  s.decimal(system, 'totalPoints', '满分 totalPoints', { min: 0 });
  s.decimal(system, 'totalFloor', '总分下限 totalFloor', { required: false });
  s.integer(system, 'decimals', '小数位数 decimals', false);
  if (s.object(system.source, 'source', '来源文件 source'))
    s.at('source').string(system.source, 'title', '标题 title');
  s.array(system, 'grading', '等级 grading', false)?.forEach((band, i) => {
    const at = new Shape(problems, `grading[${i}]`);
    checkBand(at, band, false);
    if (isObject(band)) {
      at.oneOf(band, 'grade', '等级 grade', ['RED', 'BLUE', 'YELLOW']);
      at.string(band, 'label', '名称 label');
    }
  });
  const categories = s.array(system, 'categories', '一级指标 categories') ?? [];
  categories.forEach((node, i) => checkNode(problems, node, `categories[${i}]`, 0));
  return !problems.hasErrors();
}

function checkNode(problems: ProblemList, node: unknown, path: string, depth: number): void {
  const code = isObject(node) && typeof node.code === 'string' ? node.code : undefined;
  const s = new Shape(problems, path, code);
  if (!s.object(node, '', '指标')) return;
  if (depth >= MAX_TREE_DEPTH) {
    s.fail('', `指标层级过深（最多 ${MAX_TREE_DEPTH} 层）`);
    return;
  }
  s.string(node, 'code', '代码 code');
  s.oneOf(node, 'level', '层级 level', ['CATEGORY', 'INDICATOR', 'ITEM']);
  s.string(node, 'name', '名称 name');
  s.decimal(node, 'maxPoints', '分值 maxPoints', { min: 0 });
  s.oneOf(
    node,
    'aggregation',
    '汇总方式 aggregation',
    ['AVERAGE', 'SUM_CAPPED', 'LATEST', 'CUMULATIVE'],
    false,
  );
  s.oneOf(node, 'periodKind', '周期 periodKind', PERIOD_KINDS, false);
  if (node.appliesTo !== undefined && s.object(node.appliesTo, 'appliesTo', '适用范围 appliesTo')) {
    s.at(`${path}.appliesTo`).stringArray(node.appliesTo, 'unitKinds', 'unitKinds', UNIT_KINDS);
    s.at(`${path}.appliesTo`).stringArray(node.appliesTo, 'unitClasses', 'unitClasses');
  }
  if (node.exemption !== undefined && s.object(node.exemption, 'exemption', '免责 exemption')) {
    const at = s.at(`${path}.exemption`);
    at.oneOf(node.exemption, 'policy', 'policy', ['FULL', 'POINTS', 'NOT_APPLICABLE']);
    at.decimal(node.exemption, 'points', '分值 points', {
      required: node.exemption.policy === 'POINTS',
      min: 0,
    });
  }
  if (node.validity !== undefined && s.object(node.validity, 'validity', '有效期 validity')) {
    s.at(`${path}.validity`).integer(node.validity, 'months', '月数 months');
  }
  s.array(node, 'inputs', '填报项 inputs', false)?.forEach((f, i) =>
    checkField(s.at(`${path}.inputs[${i}]`), f),
  );
  if (node.rule !== undefined) checkRuleShape(s.at(`${path}.rule`), node.rule);
  s.array(node, 'children', '下级指标 children', false)?.forEach((child, i) =>
    checkNode(problems, child, `${path}.children[${i}]`, depth + 1),
  );
}

function checkField(s: Shape, field: unknown): void {
  if (!s.object(field, '', '填报项')) return;
  s.string(field, 'key', '键 key');
  if (typeof field.key === 'string' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field.key)) {
    s.fail('key', `键“${field.key}”只能由字母、数字和下划线组成，且不能以数字开头`);
  }
  s.string(field, 'label', '名称 label');
  s.boolean(field, 'required', 'required', false);
  if (!s.oneOf(field, 'type', '类型 type', FIELD_TYPES)) return;
  switch (field.type) {
    case 'rate':
      s.string(field, 'numeratorLabel', '分子名称 numeratorLabel');
      s.string(field, 'denominatorLabel', '分母名称 denominatorLabel');
      s.oneOf(field, 'display', '显示 display', ['PERCENT', 'PERMILLE']);
      return;
    case 'count':
      s.integer(field, 'max', '上限 max', false);
      return;
    case 'amount':
      s.string(field, 'unit', '单位 unit');
      s.decimal(field, 'min', '下限 min', { required: false });
      s.decimal(field, 'max', '上限 max', { required: false });
      s.integer(field, 'decimals', '小数位数 decimals', false);
      return;
    case 'checklist':
    case 'choice': {
      const options = s.array(field, 'options', '选项 options') ?? [];
      if (options.length === 0) s.fail('options', '至少需要一个选项');
      options.forEach((o, i) => {
        const at = s.at(`${s.path}.options[${i}]`);
        if (at.object(o, '', '选项')) {
          at.string(o, 'code', '代码 code');
          at.string(o, 'label', '名称 label');
        }
      });
      return;
    }
    case 'text':
      s.integer(field, 'maxLength', '最大长度 maxLength', false);
      return;
    default:
      return;
  }
}
