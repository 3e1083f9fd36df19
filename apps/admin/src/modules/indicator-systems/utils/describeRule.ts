/**
 * A rule's encoding read back in Chinese, so the credit office can compare it with the document's
 * text (sourceText) line by line without reading JSON.
 */
import type { Band, DecimalLike, InputField, Metric, OccurrenceType, Rule, ZeroDenominatorPolicy } from '@govtrust/indicators';
import { GRADE_TAG_LABELS } from '@govtrust/ui';

type Fields = ReadonlyMap<string, InputField>;

const num = (value: DecimalLike): string => String(value);

function metricSuffix(metric: Metric, fields: Fields): string {
  const scale = metric.scale ?? defaultScale(metric.expr, fields);
  return scale === 'PERCENT' ? '%' : scale === 'PERMILLE' ? '‰' : '';
}

/** a bare rate field is read in its own display unit, anything else as a plain number */
function defaultScale(expr: string, fields: Fields): Metric['scale'] {
  const field = fields.get(expr.trim());
  return field?.type === 'rate' ? field.display : 'PLAIN';
}

export type RangeEdges = Pick<Band, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>;

/** 95%≤合规率<96%, 合规率<95%, 合规率≥99% — edges exactly as encoded. */
export function describeRange(band: RangeEdges, label: string, suffix: string): string {
  if (band.min === null && band.max === null) return `任意${label}`;
  if (band.max === null) return `${label}${band.minInclusive ? '≥' : '>'}${num(band.min as DecimalLike)}${suffix}`;
  const lower = band.min === null ? '' : `${num(band.min)}${suffix}${band.minInclusive ? '≤' : '<'}`;
  return `${lower}${label}${band.maxInclusive ? '≤' : '<'}${num(band.max)}${suffix}`;
}

export function describeBand(band: Band, label: string, suffix: string): string {
  return `${describeRange(band, label, suffix)}得${num(band.points)}分`;
}

function zeroDenominatorText(policy: ZeroDenominatorPolicy | undefined): string | null {
  if (!policy) return null;
  const outcome = {
    FULL: '得满分',
    ZERO: '不得分',
    POINTS: `得${num(policy.points ?? 0)}分`,
    NOT_APPLICABLE: '该指标不适用（不计入总分，按适用指标折算）',
  }[policy.policy];
  return `分母为0时${outcome}`;
}

function occurrenceText(occurrence: OccurrenceType, verb: string): string {
  const cap = occurrence.cap === undefined ? '' : `，最高${verb}${num(occurrence.cap)}分`;
  return `${occurrence.label}每发生一起${verb}${num(occurrence.pointsEach)}分${cap}`;
}

function optionLabel(fields: Fields, fieldKey: string, code: string): string {
  const field = fields.get(fieldKey);
  const option = field && (field.type === 'choice' || field.type === 'checklist') ? field.options.find((o) => o.code === code) : undefined;
  return option ? `${code}（${option.label}）` : code;
}

function ruleLines(rule: Rule, fields: Fields): Array<string | null> {
  switch (rule.kind) {
    case 'bands': {
      const suffix = metricSuffix(rule.metric, fields);
      return [`按${rule.metric.label}分档：`, ...rule.bands.map((band) => describeBand(band, rule.metric.label, suffix)), zeroDenominatorText(rule.zeroDenominator)];
    }
    case 'formula':
      return [`得分 = ${rule.expr}（比率按小数参与计算，结果限定在0分至满分之间）`, zeroDenominatorText(rule.zeroDenominator)];
    case 'deduction':
      return ['从满分开始扣分：', ...rule.occurrences.map((o) => occurrenceText(o, '扣'))];
    case 'deductUntilZero':
      return [`${rule.label}每次扣${num(rule.pointsEach)}分，扣完为止`];
    case 'increment':
      return [
        ...rule.items.map((item) => `${item.label}每个加${num(item.pointsEach)}分${item.cap === undefined ? '' : `，最高${num(item.cap)}分`}`),
        `合计最高${rule.cap === undefined ? '不超过满分' : `${num(rule.cap)}分`}`,
      ];
    case 'relativeToBest':
      return [
        `${rule.metric.label}${rule.higherIsBetter ? '最高' : '最低'}的单位得满分，其他单位按与第一名的比值计分`,
        '需全部参评单位数据齐全后计算',
        zeroDenominatorText(rule.zeroDenominator),
      ];
    case 'rank':
      return [
        `按${rule.metric.label}排序计分（${rule.higherIsBetter ? '越高越好' : '越低越好'}），并列名次得分相同`,
        rule.noEventsWhenZero ? `${rule.noEventsWhenZero} 为0（无相关事项）时得满分，不参与排序` : null,
        '需全部参评单位数据齐全后计算',
        zeroDenominatorText(rule.zeroDenominator),
      ];
    case 'proportional': {
      const suffix = metricSuffix(rule.metric, fields);
      const { from, to } = rule;
      return [
        `${rule.metric.label}达到${num(from.value)}${suffix}及以下得${num(from.points)}分，${num(to.value)}${suffix}及以上得${num(to.points)}分，之间按比例计分`,
        zeroDenominatorText(rule.zeroDenominator),
      ];
    }
    case 'checklist':
      return [
        rule.optionPoints
          ? Object.entries(rule.optionPoints).map(([code, points]) => `勾选${optionLabel(fields, rule.field, code)}得${num(points)}分`).join('；')
          : `每勾选一项得${num(rule.pointsEach ?? 1)}分`,
        rule.cap === undefined ? null : `最高${num(rule.cap)}分`,
      ];
    case 'choice':
      return Object.entries(rule.optionPoints).map(([code, points]) => `选择${optionLabel(fields, rule.field, code)}得${num(points)}分`);
    case 'penalty':
      return ['在本指标之外倒扣（可使所在一级指标和总分降低）：', ...rule.occurrences.map((o) => occurrenceText(o, '倒扣'))];
    case 'gradeOverride':
      return [`当 ${rule.when} 成立时直接列入${GRADE_TAG_LABELS[rule.grade]}`, `原因：${rule.reason}`];
  }
}

export function describeRule(rule: Rule, fields: Fields): string[] {
  return ruleLines(rule, fields).filter((line): line is string => line !== null && line !== '');
}
