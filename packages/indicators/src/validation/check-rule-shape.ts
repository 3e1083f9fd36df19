/** Shape of each rule kind as data. Semantic checks (fields, bands, points) come later. */
import type { Obj, Shape } from './shape';
import { isObject } from './shape';

const RULE_KINDS = [
  'bands',
  'formula',
  'deduction',
  'deductUntilZero',
  'increment',
  'relativeToBest',
  'rank',
  'proportional',
  'checklist',
  'choice',
  'penalty',
  'gradeOverride',
] as const;
const GRADES = ['RED', 'BLUE', 'YELLOW'] as const;

export function checkRuleShape(s: Shape, rule: unknown): void {
  if (!s.object(rule, '', '评分规则')) return;
  if (!s.oneOf(rule, 'kind', '规则类型 kind', RULE_KINDS)) return;
  switch (rule.kind as (typeof RULE_KINDS)[number]) {
    case 'bands':
      checkMetric(s, rule.metric);
      zeroPolicy(s, rule);
      s.array(rule, 'bands', '分档 bands')?.forEach((band, i) =>
        checkBand(s.at(`${s.path}.bands[${i}]`), band, true),
      );
      return;
    case 'formula':
      s.string(rule, 'expr', '公式 expr');
      zeroPolicy(s, rule);
      return;
    case 'deduction':
    case 'penalty':
      s.array(rule, 'occurrences', '情形 occurrences')?.forEach((o, i) =>
        checkCounted(s.at(`${s.path}.occurrences[${i}]`), o),
      );
      return;
    case 'deductUntilZero':
      checkCounted(s, rule);
      return;
    case 'increment':
      s.array(rule, 'items', '加分项 items')?.forEach((o, i) =>
        checkCounted(s.at(`${s.path}.items[${i}]`), o),
      );
      s.decimal(rule, 'cap', '最高分 cap', { required: false, min: 0 });
      return;
    case 'relativeToBest':
    case 'rank':
      checkMetric(s, rule.metric);
      s.boolean(rule, 'higherIsBetter', 'higherIsBetter');
      s.string(rule, 'noEventsWhenZero', 'noEventsWhenZero', false);
      zeroPolicy(s, rule);
      return;
    case 'proportional':
      checkMetric(s, rule.metric);
      zeroPolicy(s, rule);
      for (const end of ['from', 'to']) {
        const point = rule[end];
        if (s.object(point, end, `${end}`)) {
          const at = s.at(`${s.path}.${end}`);
          at.decimal(point, 'value', '数值 value');
          at.decimal(point, 'points', '分值 points', { min: 0 });
        }
      }
      return;
    case 'checklist':
      s.string(rule, 'field', '填报项 field');
      s.decimal(rule, 'pointsEach', '每项分值 pointsEach', { required: false, min: 0 });
      s.decimal(rule, 'cap', '最高分 cap', { required: false, min: 0 });
      optionPoints(s, rule, false);
      if (rule.pointsEach === undefined && rule.optionPoints === undefined)
        s.fail('', '清单规则需要 pointsEach 或 optionPoints');
      return;
    case 'choice':
      s.string(rule, 'field', '填报项 field');
      optionPoints(s, rule, true);
      return;
    case 'gradeOverride':
      s.string(rule, 'when', '条件 when');
      s.oneOf(rule, 'grade', '等级 grade', GRADES);
      s.string(rule, 'reason', '原因 reason');
      return;
  }
}

export function checkBand(s: Shape, band: unknown, withPoints: boolean): void {
  if (!s.object(band, '', '分档')) return;
  s.decimal(band, 'min', '下限 min', { nullable: true });
  s.decimal(band, 'max', '上限 max', { nullable: true });
  s.boolean(band, 'minInclusive', 'minInclusive');
  s.boolean(band, 'maxInclusive', 'maxInclusive');
  if (withPoints) s.decimal(band, 'points', '分值 points', { min: 0 });
}

function checkMetric(s: Shape, metric: unknown): void {
  if (!s.object(metric, 'metric', '度量 metric')) return;
  const at = s.at(`${s.path}.metric`);
  at.string(metric, 'expr', '表达式 expr');
  at.string(metric, 'label', '名称 label');
  at.oneOf(metric, 'scale', '刻度 scale', ['PLAIN', 'PERCENT', 'PERMILLE'], false);
}

function checkCounted(s: Shape, item: unknown): void {
  if (!s.object(item, '', '计数项')) return;
  s.string(item, 'field', '填报项 field');
  s.string(item, 'label', '名称 label');
  s.decimal(item, 'pointsEach', '每次分值 pointsEach', { min: 0 });
  s.decimal(item, 'cap', '最高分 cap', { required: false, min: 0 });
}

function zeroPolicy(s: Shape, rule: Obj): void {
  const policy = rule.zeroDenominator;
  if (policy === undefined) return;
  if (!s.object(policy, 'zeroDenominator', '分母为0的处理 zeroDenominator')) return;
  const at = s.at(`${s.path}.zeroDenominator`);
  at.oneOf(policy, 'policy', 'policy', ['FULL', 'ZERO', 'POINTS', 'NOT_APPLICABLE']);
  at.decimal(policy, 'points', '分值 points', { required: policy.policy === 'POINTS', min: 0 });
}

function optionPoints(s: Shape, rule: Obj, required: boolean): void {
  const value = rule.optionPoints;
  if (value === undefined && !required) return;
  if (!isObject(value)) {
    s.fail('optionPoints', '选项分值 optionPoints 应为“选项代码→分值”的对象');
    return;
  }
  const at = s.at(`${s.path}.optionPoints`);
  for (const key of Object.keys(value)) at.decimal(value, key, `选项 ${key} 的分值`, { min: 0 });
}
