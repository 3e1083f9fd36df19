/** A…不得分；B…得2分；C…得4分；D…得6分. */
import { ZERO, clamp, own, toDecimal } from '../decimal';
import { IndicatorError, MissingInputError } from '../errors';
import { isMissing, lookupField } from '../expression';
import type { ChoiceRule } from '../model';
import { scoredText } from './explain';
import type { RuleContext, RuleResult } from './types';
import { quote } from '../decimal/quote';

export function scoreChoice(rule: ChoiceRule, ctx: RuleContext): RuleResult {
  const field = lookupField(ctx.scope, rule.field);
  if (field.type !== 'choice') {
    throw new IndicatorError('WRONG_FIELD_TYPE', `单选规则的填报项${quote(field.label)}必须是单选项`);
  }
  const value = own(ctx.scope.values, rule.field);
  if (isMissing(value)) throw new MissingInputError([rule.field], `${quote(field.label)}未填报`);
  if (typeof value !== 'string')
    throw new IndicatorError('INVALID_VALUE', `${quote(field.label)}的填报值格式不正确`);
  const option = field.options.find((o) => o.code === value);
  const configured = own(rule.optionPoints, value);
  if (option === undefined || configured === undefined) {
    throw new IndicatorError('INVALID_VALUE', `${quote(field.label)}的选项“${value}”不在可选范围内`);
  }
  const points = clamp(toDecimal(configured), ZERO, ctx.max);
  return {
    points,
    status: 'SCORED',
    explanation: `${field.label}：选择 ${option.code}（${option.label}），${scoredText(points, ctx.max)}`,
  };
}
