/**
 * A frequent authoring slip: band edges written as percentages (95) while the metric is a plain
 * ratio (0.95), or the other way round. Such a rule validates but scores everyone the same, so
 * it is worth a warning.
 */
import type { Dec } from '../decimal';
import { toDecimal } from '../decimal';
import { parseCached, referencedFields } from '../expression';
import type { DecimalLike, InputField, Metric } from '../model';
import type { ProblemList } from './problems';
import { quote } from '../decimal/quote';

function effectiveScale(metric: Metric, fields: Map<string, InputField>): 'PLAIN' | 'PERCENT' | 'PERMILLE' {
  if (metric.scale !== undefined) return metric.scale;
  const ast = parseCached(metric.expr);
  const field = ast.type === 'field' ? fields.get(ast.key) : undefined;
  return field?.type === 'rate' ? field.display : 'PLAIN';
}

export function checkMetricScale(
  problems: ProblemList,
  metric: Metric,
  edges: Array<DecimalLike | null>,
  fields: Map<string, InputField>,
  at: string,
  nodeCode: string,
): void {
  const values: Dec[] = edges.filter((e): e is DecimalLike => e !== null).map((e) => toDecimal(e).abs());
  if (values.length === 0) return;
  const usesRate = referencedFields(parseCached(metric.expr)).some((k) => fields.get(k)?.type === 'rate');
  const scale = effectiveScale(metric, fields);
  if (usesRate && scale === 'PLAIN' && values.some((v) => v.greaterThan(1))) {
    problems.warning(
      'SCALE_MISMATCH',
      at,
      `度量${quote(metric.label)}按 0～1 的比值计算，但分档边界大于 1，是否漏写 scale: 'PERCENT'？`,
      nodeCode,
    );
  }
  if (scale !== 'PLAIN' && values.every((v) => v.lessThanOrEqualTo(1)) && values.some((v) => !v.isZero())) {
    problems.warning(
      'SCALE_MISMATCH',
      at,
      `度量${quote(metric.label)}按${scale === 'PERCENT' ? '百分数' : '千分数'}计算，但分档边界都不超过 1，是否把 95% 写成了 0.95？`,
      nodeCode,
    );
  }
}
