/** 每项制度得1分，最高得5分 / 公示权责清单得2分: a checklist, or a boolean for a single item. */
import type { Dec } from '../decimal';
import { ZERO, clamp, formatPoints, minDec, own, sumDec, toDecimal } from '../decimal';
import { IndicatorError } from '../errors';
import { lookupField } from '../expression';
import type { ChecklistRule } from '../model';
import { scoredText } from './explain';
import type { RuleContext, RuleResult } from './types';
import { quote } from '../decimal/quote';

export function scoreChecklist(rule: ChecklistRule, ctx: RuleContext): RuleResult {
  const field = lookupField(ctx.scope, rule.field);
  const value = own(ctx.scope.values, rule.field);
  let ticked: Array<{ code: string; label: string }>;
  if (field.type === 'boolean') {
    ticked = value === true ? [{ code: 'true', label: field.label }] : [];
  } else if (field.type === 'checklist') {
    const codes = Array.isArray(value) ? [...new Set(value)] : [];
    ticked = codes.map((code) => ({
      code,
      label: field.options.find((o) => o.code === code)?.label ?? code,
    }));
  } else {
    throw new IndicatorError('WRONG_FIELD_TYPE', `清单规则的填报项${quote(field.label)}必须是清单或是否项`);
  }
  const each = rule.pointsEach === undefined ? undefined : toDecimal(rule.pointsEach);
  const pointsOf = (code: string): Dec => {
    const configured = own(rule.optionPoints, code);
    if (configured !== undefined) return toDecimal(configured);
    return each ?? ZERO;
  };
  const sum = sumDec(ticked.map((t) => pointsOf(t.code)));
  const cap = rule.cap === undefined ? ctx.max : minDec(toDecimal(rule.cap), ctx.max);
  const points = clamp(sum, ZERO, cap);
  if (field.type === 'boolean') {
    return {
      points,
      status: 'SCORED',
      explanation: `${field.label}：${ticked.length > 0 ? '是' : '否'}，${scoredText(points, ctx.max)}`,
    };
  }
  if (ticked.length === 0) {
    return {
      points,
      status: 'SCORED',
      explanation: `${field.label}：未完成任何一项，${scoredText(points, ctx.max)}`,
    };
  }
  const list = ticked.map((t) => `${t.label}（${formatPoints(pointsOf(t.code))}分）`).join('、');
  const capped = points.lessThan(sum) ? `，合计 ${formatPoints(sum)} 分，最高得 ${formatPoints(cap)} 分` : '';
  return {
    points,
    status: 'SCORED',
    explanation: `${field.label}：已完成 ${ticked.length} 项：${list}${capped}，${scoredText(points, ctx.max)}`,
  };
}
