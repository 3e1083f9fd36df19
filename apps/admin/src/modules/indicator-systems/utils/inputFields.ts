/**
 * Input fields (填报项) as the editor handles them: a starting field per type, the checks the
 * engine will make (so they show beside the box, in Chinese, before saving), and which rules read
 * which key.
 */
import { parseExpression, ruleFields, walkNodes, type IndicatorSystem, type InputField, type InputFieldType, type Rule } from '@govtrust/indicators';

export const FIELD_TYPE_LABELS: Record<InputFieldType, string> = {
  count: '数量（整数）',
  rate: '比率（分子/分母）',
  amount: '数值（带单位）',
  boolean: '是/否',
  checklist: '清单（多选）',
  choice: '单选',
  text: '文本',
};

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A field of `type` that keeps what every type shares (key, label, help, required). */
export function fieldOfType(type: InputFieldType, from: Pick<InputField, 'key' | 'label' | 'help' | 'required'>): InputField {
  const base = {
    key: from.key,
    label: from.label,
    ...(from.help === undefined ? {} : { help: from.help }),
    ...(from.required === undefined ? {} : { required: from.required }),
  };
  switch (type) {
    case 'count':
      return { ...base, type, unit: '个' };
    case 'rate':
      return { ...base, type, numeratorLabel: '', denominatorLabel: '', display: 'PERCENT' };
    case 'amount':
      return { ...base, type, unit: '' };
    case 'checklist':
    case 'choice':
      return { ...base, type, options: [{ code: 'A', label: '' }] };
    case 'boolean':
    case 'text':
      return { ...base, type };
  }
}

/** Every key in the system (but those of node `exceptCode`): keys are unique in the whole system, not per node. */
export function systemFieldKeys(system: IndicatorSystem, exceptCode?: string): string[] {
  const keys: string[] = [];
  walkNodes(system, ({ node }) => {
    if (node.code !== exceptCode) keys.push(...(node.inputs ?? []).map((f) => f.key));
  });
  return keys;
}

/** input1, input2 … the first not used anywhere in the system. */
export function freeFieldKey(system: IndicatorSystem): string {
  const used = new Set(systemFieldKeys(system));
  for (let n = 1; ; n += 1) if (!used.has(`input${n}`)) return `input${n}`;
}

export type FieldProblems = Partial<Record<'key' | 'label' | 'numeratorLabel' | 'denominatorLabel' | 'unit' | 'range' | 'options', string>>;

function isReservedWord(key: string): boolean {
  try {
    parseExpression(key);
    return false;
  } catch {
    return true;
  }
}

function optionProblem(field: InputField): string | undefined {
  if (field.type !== 'checklist' && field.type !== 'choice') return undefined;
  if (field.options.length === 0) return '至少需要一个选项';
  if (field.options.some((o) => o.code.trim() === '' || o.label.trim() === '')) return '每个选项都要填写代码和名称';
  const codes = field.options.map((o) => o.code);
  const twice = codes.find((code, i) => codes.indexOf(code) !== i);
  return twice === undefined ? undefined : `选项代码“${twice}”重复`;
}

function rangeProblem(field: InputField): string | undefined {
  if (field.type === 'count' && field.max !== undefined && (!Number.isInteger(field.max) || field.max < 0)) return '上限须为不小于 0 的整数';
  if (field.type !== 'amount') return undefined;
  const [min, max] = [field.min, field.max].map((v) => (v === undefined ? undefined : String(v)));
  if ((min !== undefined && !NUMBER.test(min)) || (max !== undefined && !NUMBER.test(max))) return '上下限须为数字';
  if (min !== undefined && max !== undefined && Number(min) > Number(max)) return '下限不能高于上限';
  if (field.decimals !== undefined && (!Number.isInteger(field.decimals) || field.decimals < 0)) return '小数位数须为不小于 0 的整数';
  return undefined;
}

/**
 * What is wrong with one field, by form item. `otherKeys` are the keys of every other field in
 * the system: a key used twice would make two rules read the same value.
 */
export function fieldProblems(field: InputField, otherKeys: readonly string[]): FieldProblems {
  const problems: FieldProblems = {};
  if (field.key === '') problems.key = '请填写键';
  else if (!KEY_PATTERN.test(field.key)) problems.key = '键只能由字母、数字和下划线组成，且不能以数字开头';
  else if (isReservedWord(field.key)) problems.key = `“${field.key}”是表达式保留字，不能作为键`;
  else if (otherKeys.includes(field.key)) problems.key = `键“${field.key}”已被本体系的其他填报项使用`;
  if (field.label.trim() === '') problems.label = '请填写名称';
  if (field.type === 'rate') {
    if (field.numeratorLabel.trim() === '') problems.numeratorLabel = '请填写分子名称';
    if (field.denominatorLabel.trim() === '') problems.denominatorLabel = '请填写分母名称';
  }
  if (field.type === 'amount' && field.unit.trim() === '') problems.unit = '请填写单位';
  const range = rangeProblem(field);
  if (range) problems.range = range;
  const options = optionProblem(field);
  if (options) problems.options = options;
  return problems;
}

/** The keys a rule reads; an expression that does not parse yet reads nothing (its box says why). */
export function ruleKeys(rule: Rule): string[] {
  try {
    return ruleFields(rule).filter((key) => key !== '');
  } catch {
    return [];
  }
}

/** Keys the rule reads that no field in the system defines. */
export function unknownRuleKeys(rule: Rule, knownKeys: readonly string[]): string[] {
  return ruleKeys(rule).filter((key) => !knownKeys.includes(key));
}

/** For each key, the codes of the nodes whose rule reads it (so removing a used field is flagged). */
export function ruleUsage(system: IndicatorSystem): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  walkNodes(system, ({ node }) => {
    if (!node.rule) return;
    for (const key of ruleKeys(node.rule)) usage.set(key, [...(usage.get(key) ?? []), node.code]);
  });
  return usage;
}
