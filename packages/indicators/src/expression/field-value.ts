/**
 * What a field key means inside an expression: a rate is numerator / denominator, a count or
 * amount its number, a boolean 1/0, a checklist the number of ticked options.
 */
import type { Dec } from '../decimal';
import { Dec as D, ONE, ZERO, isDecimalLike, own, toDecimal } from '../decimal';
import { IndicatorError, MissingInputError, ZeroDenominatorError } from '../errors';
import type { InputField, InputValue, InputValues, RateValue } from '../model';
import { quote } from '../decimal/quote';

export interface EvalScope {
  fields: ReadonlyMap<string, InputField>;
  values: InputValues;
}

export function isMissing(value: InputValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

export function isRateValue(value: unknown): value is RateValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'numerator' in value &&
    'denominator' in value
  );
}

export function lookupField(scope: EvalScope, key: string, pos?: number): InputField {
  const field = scope.fields.get(key);
  if (field === undefined) {
    throw new IndicatorError('UNKNOWN_FIELD', `未定义的填报项“${key}”`, { position: pos });
  }
  return field;
}

export function fieldValue(scope: EvalScope, key: string, pos?: number): Dec {
  const field = lookupField(scope, key, pos);
  const value = own(scope.values, key);
  if (isMissing(value)) {
    if (field.required !== false || field.type === 'rate') {
      throw new MissingInputError([key], `${quote(field.label)}未填报`);
    }
    return ZERO;
  }
  switch (field.type) {
    case 'rate': {
      const rate = rateParts(field.label, value);
      if (rate.denominator.isZero()) {
        throw new ZeroDenominatorError(`${quote(field.label)}的分母（${field.denominatorLabel}）为 0`, key);
      }
      return rate.numerator.dividedBy(rate.denominator);
    }
    case 'count':
    case 'amount':
      if (!isDecimalLike(value)) throw wrongValue(field.label);
      return toDecimal(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongValue(field.label);
      return value ? ONE : ZERO;
    case 'checklist':
      if (!Array.isArray(value)) throw wrongValue(field.label);
      return new D(new Set(value).size);
    default:
      throw new IndicatorError(
        'WRONG_FIELD_TYPE',
        `${quote(field.label)}是${field.type === 'choice' ? '单选' : '文本'}项，不能参与计算`,
        {
          position: pos,
        },
      );
  }
}

export function rateParts(
  label: string,
  value: InputValue | undefined,
): { numerator: Dec; denominator: Dec } {
  if (!isRateValue(value) || !isDecimalLike(value.numerator) || !isDecimalLike(value.denominator)) {
    throw wrongValue(label);
  }
  return { numerator: toDecimal(value.numerator), denominator: toDecimal(value.denominator) };
}

function wrongValue(label: string): IndicatorError {
  return new IndicatorError('INVALID_VALUE', `${quote(label)}的填报值格式不正确`);
}
