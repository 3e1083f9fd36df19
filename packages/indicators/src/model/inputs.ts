/**
 * Typed input fields a data supplier fills in. The same definitions drive the portal's form,
 * the API's validation and the engine's evaluation.
 */
import type { DecimalLike } from './system';

interface FieldBase {
  /** key referenced by rules and expressions: [a-zA-Z_][a-zA-Z0-9_]* */
  key: string;
  /** Chinese label */
  label: string;
  help?: string;
  /** defaults to true */
  required?: boolean;
}

/** 数量: a whole number ≥ 0 (occurrences, records, batches). */
export interface CountField extends FieldBase {
  type: 'count';
  unit?: string; // 起 / 条 / 个 / 批次
  max?: number;
}

/** 比率: entered as numerator and denominator, never as a percentage typed by hand. */
export interface RateField extends FieldBase {
  type: 'rate';
  numeratorLabel: string; // 入库数据量
  denominatorLabel: string; // 上报数据量
  /** how the rate is shown and how band edges are written: 95 means 95% */
  display: 'PERCENT' | 'PERMILLE';
}

/** 金额或其他量: a decimal with a unit. */
export interface AmountField extends FieldBase {
  type: 'amount';
  unit: string;
  min?: DecimalLike;
  max?: DecimalLike;
  decimals?: number;
}

export interface BooleanField extends FieldBase {
  type: 'boolean';
}

export interface OptionDefinition {
  code: string;
  label: string;
}

/** 清单: pick any of the options (制度、领域 …). */
export interface ChecklistField extends FieldBase {
  type: 'checklist';
  options: OptionDefinition[];
}

/** 单选: one of A/B/C/D … */
export interface ChoiceField extends FieldBase {
  type: 'choice';
  options: OptionDefinition[];
}

export interface TextField extends FieldBase {
  type: 'text';
  maxLength?: number;
}

export type InputField =
  | CountField
  | RateField
  | AmountField
  | BooleanField
  | ChecklistField
  | ChoiceField
  | TextField;

export type InputFieldType = InputField['type'];

/** A rate value as entered. */
export interface RateValue {
  numerator: DecimalLike;
  denominator: DecimalLike;
}

/** The value of one field: count/amount → number or decimal string; rate → RateValue; … */
export type InputValue = DecimalLike | boolean | string[] | RateValue | null;

/** All values of one unit for one period, keyed by field key (keys are unique within a system). */
export type InputValues = Record<string, InputValue>;
