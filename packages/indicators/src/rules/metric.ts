/**
 * The measured value of bands / proportional / peer rules. When the metric is a single rate
 * field and no scale is given, the field's display (PERCENT/PERMILLE) is the scale, so band
 * edges read as written (95 = 95%).
 */
import type { Dec } from '../decimal';
import { formatPlain, formatRate, formatScaled, own, scaleFactor } from '../decimal';
import type { Scale } from '../decimal';
import type { EvalScope } from '../expression';
import { evaluateExpression, parseCached, rateParts } from '../expression';
import type { InputField, Metric } from '../model';

export interface MetricValue {
  /** scaled: 98.5 for 98.5% */
  value: Dec;
  scale: Scale;
  /** 合规率 98.50%（入库数据量197/上报数据量200） */
  text: string;
}

export function singleField(expr: string, scope: EvalScope): InputField | undefined {
  const ast = parseCached(expr);
  return ast.type === 'field' ? scope.fields.get(ast.key) : undefined;
}

export function metricScale(metric: Metric, scope: EvalScope): Scale {
  if (metric.scale !== undefined) return metric.scale;
  const field = singleField(metric.expr, scope);
  return field?.type === 'rate' ? field.display : 'PLAIN';
}

export function evaluateMetric(metric: Metric, scope: EvalScope): MetricValue {
  const scale = metricScale(metric, scope);
  const value = evaluateExpression(metric.expr, scope).times(scaleFactor(scale));
  return { value, scale, text: `${metric.label} ${formatScaled(value, scale)}${rateDetail(metric.expr, scope)}` };
}

/** （入库数据量197/上报数据量200） for a single rate field, else the values of the fields used. */
export function rateDetail(expr: string, scope: EvalScope): string {
  const field = singleField(expr, scope);
  if (field?.type !== 'rate') return '';
  const { numerator, denominator } = rateParts(field.label, own(scope.values, field.key));
  return `（${field.numeratorLabel}${formatPlain(numerator)}/${field.denominatorLabel}${formatPlain(denominator)}）`;
}

/** 其中 败诉率=10.00%（败诉数1/案件数10）、… for formula explanations. */
export function describeInputs(keys: string[], scope: EvalScope): string {
  const parts = keys.map((key) => {
    const field = scope.fields.get(key);
    if (field === undefined) return key;
    const value = own(scope.values, key);
    if (field.type === 'rate') {
      const { numerator, denominator } = rateParts(field.label, value);
      const ratio = denominator.isZero() ? '—' : formatRate(numerator.dividedBy(denominator), field.display);
      return `${field.label}=${ratio}（${field.numeratorLabel}${formatPlain(numerator)}/${field.denominatorLabel}${formatPlain(denominator)}）`;
    }
    if (field.type === 'boolean') return `${field.label}=${value === true ? '是' : '否'}`;
    if (field.type === 'checklist') return `${field.label}=${Array.isArray(value) ? value.length : 0}项`;
    return `${field.label}=${value === null || value === undefined ? '未填' : String(value)}`;
  });
  return parts.join('，');
}
