/**
 * Checks one unit's values against the fields it fills in, before they are stored or scored.
 * The portal, the API and the CLI all call this, so the messages are what a submitter reads.
 */
import { isDecimalLike, own, toDecimal } from '../decimal';
import { isMissing, isRateValue } from '../expression';
import type { InputField, InputValue, InputValues } from '../model';
import { quote } from '../decimal/quote';

export type ValueProblemCode =
  | 'REQUIRED'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_INTEGER'
  | 'NUMERATOR_GT_DENOMINATOR'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_OPTION'
  | 'TOO_LONG'
  | 'WRONG_TYPE';

export interface ValueProblem {
  field: string;
  code: ValueProblemCode;
  message: string;
}

export function validateValues(fields: InputField[], values: InputValues): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const field of fields) {
    const value = own(values, field.key);
    if (isMissing(value)) {
      if (field.required !== false)
        problems.push(problem(field, 'REQUIRED', `${quote(field.label)}为必填项`));
      continue;
    }
    problems.push(...checkValue(field, value as InputValue));
  }
  return problems;
}

function problem(field: InputField, code: ValueProblemCode, message: string): ValueProblem {
  return { field: field.key, code, message };
}

function checkValue(field: InputField, value: InputValue): ValueProblem[] {
  switch (field.type) {
    case 'count':
      return checkWholeNumber(field, value, field.label, field.max);
    case 'rate': {
      if (!isRateValue(value))
        return [
          problem(
            field,
            'WRONG_TYPE',
            `${quote(field.label)}应填写${field.numeratorLabel}和${field.denominatorLabel}`,
          ),
        ];
      const found = [
        ...checkWholeNumber(field, value.numerator, `${field.label}的${field.numeratorLabel}`),
        ...checkWholeNumber(field, value.denominator, `${field.label}的${field.denominatorLabel}`),
      ];
      if (found.length === 0 && toDecimal(value.numerator).greaterThan(toDecimal(value.denominator))) {
        found.push(
          problem(
            field,
            'NUMERATOR_GT_DENOMINATOR',
            `${quote(field.label)}的${field.numeratorLabel}不能大于${field.denominatorLabel}`,
          ),
        );
      }
      return found;
    }
    case 'amount': {
      if (!isDecimalLike(value)) return [problem(field, 'NOT_A_NUMBER', `${quote(field.label)}应填写数字`)];
      const amount = toDecimal(value);
      if (field.min !== undefined && amount.lessThan(toDecimal(field.min))) {
        return [
          problem(field, 'OUT_OF_RANGE', `${quote(field.label)}不能小于 ${String(field.min)}${field.unit}`),
        ];
      }
      if (field.max !== undefined && amount.greaterThan(toDecimal(field.max))) {
        return [
          problem(field, 'OUT_OF_RANGE', `${quote(field.label)}不能大于 ${String(field.max)}${field.unit}`),
        ];
      }
      if (field.decimals !== undefined && amount.decimalPlaces() > field.decimals) {
        return [problem(field, 'OUT_OF_RANGE', `${quote(field.label)}最多保留 ${field.decimals} 位小数`)];
      }
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [problem(field, 'WRONG_TYPE', `${quote(field.label)}应选择是或否`)];
    case 'checklist': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return [problem(field, 'WRONG_TYPE', `${quote(field.label)}应勾选清单中的选项`)];
      }
      const unknown = value.filter((code) => !field.options.some((o) => o.code === code));
      return unknown.length === 0
        ? []
        : [
            problem(
              field,
              'UNKNOWN_OPTION',
              `${quote(field.label)}中的选项“${unknown.join('、')}”不在清单内`,
            ),
          ];
    }
    case 'choice':
      if (typeof value !== 'string')
        return [problem(field, 'WRONG_TYPE', `${quote(field.label)}应选择一个选项`)];
      return field.options.some((o) => o.code === value)
        ? []
        : [problem(field, 'UNKNOWN_OPTION', `${quote(field.label)}的选项“${value}”不在可选范围内`)];
    case 'text':
      if (typeof value !== 'string') return [problem(field, 'WRONG_TYPE', `${quote(field.label)}应填写文字`)];
      return field.maxLength !== undefined && [...value].length > field.maxLength
        ? [problem(field, 'TOO_LONG', `${quote(field.label)}不能超过 ${field.maxLength} 个字`)]
        : [];
  }
}

function checkWholeNumber(field: InputField, value: unknown, label: string, max?: number): ValueProblem[] {
  if (typeof value === 'boolean' || !isDecimalLike(value as string))
    return [problem(field, 'NOT_A_NUMBER', `${quote(label)}应填写数字`)];
  const n = toDecimal(value as string);
  if (n.isNegative() && !n.isZero()) return [problem(field, 'NEGATIVE', `${quote(label)}不能为负数`)];
  if (!n.isInteger()) return [problem(field, 'NOT_INTEGER', `${quote(label)}应为整数`)];
  if (max !== undefined && n.greaterThan(max))
    return [problem(field, 'OUT_OF_RANGE', `${quote(label)}不能大于 ${max}`)];
  return [];
}
