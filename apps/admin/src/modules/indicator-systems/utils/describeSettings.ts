/**
 * Node and system settings read back in Chinese, for the diff: what a department would notice
 * (a new field to fill in, a node that no longer applies to it, a grade threshold that moved).
 */
import type { Aggregation, Applicability, GradeBand, InputField, SourceDocument, UnitClassDefinition, ValidityWindow } from '@govtrust/indicators';
import { describeRange } from './describeRule';
import { FIELD_TYPE_LABELS } from './inputFields';
import { AGGREGATION_LABELS, UNIT_KIND_LABELS } from './labels';

function fieldExtras(field: InputField): string[] {
  switch (field.type) {
    case 'count':
      return [...(field.unit ? [`单位：${field.unit}`] : []), ...(field.max === undefined ? [] : [`上限 ${field.max}`])];
    case 'rate':
      return [`${field.numeratorLabel}/${field.denominatorLabel}`, field.display === 'PERMILLE' ? '按千分比显示' : '按百分比显示'];
    case 'amount': {
      const range = field.min === undefined && field.max === undefined ? [] : [`范围 ${field.min ?? '不限'}～${field.max ?? '不限'}`];
      return [`单位：${field.unit}`, ...range, ...(field.decimals === undefined ? [] : [`${field.decimals} 位小数`])];
    }
    case 'checklist':
    case 'choice':
      return [`选项 ${field.options.map((o) => `${o.code}.${o.label}`).join('、')}`];
    case 'text':
      return field.maxLength === undefined ? [] : [`最多 ${field.maxLength} 字`];
    case 'boolean':
      return [];
  }
}

/** “合规率”（compliance，比率（分子/分母），入库数据量/上报数据量，按百分比显示） */
export function describeField(field: InputField): string {
  const parts = [field.key, FIELD_TYPE_LABELS[field.type], ...fieldExtras(field), ...(field.required === false ? ['选填'] : [])];
  return `“${field.label}”（${parts.join('，')}）`;
}

/** Only what differs: 修改“合规率”（compliance）：名称“合规率”→“合规率（修订）”；选项 A.好 → A.好、B.差 */
export function describeFieldChange(was: InputField, is: InputField): string {
  const aspects: Array<[string, string, string]> = [
    ['名称', `“${was.label}”`, `“${is.label}”`],
    ['类型', FIELD_TYPE_LABELS[was.type], FIELD_TYPE_LABELS[is.type]],
    ['设置', fieldExtras(was).join('，') || '无', fieldExtras(is).join('，') || '无'],
    ['填报', was.required === false ? '选填' : '必填', is.required === false ? '选填' : '必填'],
    ['填报说明', was.help ?? '无', is.help ?? '无'],
  ];
  const changes = aspects.filter(([, a, b]) => a !== b).map(([name, a, b]) => `${name} ${a} → ${b}`);
  return `修改“${was.label}”（${was.key}）：${changes.length > 0 ? changes.join('；') : '细节调整'}`;
}

export function describeApplicability(value: Applicability | undefined, classes: readonly UnitClassDefinition[] = []): string {
  if (!value || (!value.unitKinds?.length && !value.unitClasses?.length)) return '适用于全部单位';
  const parts: string[] = [];
  if (value.unitKinds?.length) parts.push(value.unitKinds.map((k) => UNIT_KIND_LABELS[k] ?? k).join('、'));
  if (value.unitClasses?.length) parts.push(value.unitClasses.map((c) => classes.find((d) => d.code === c)?.label ?? c).join('、'));
  return `仅适用于${parts.join('中的')}`;
}

export function describeValidity(value: ValidityWindow | undefined): string {
  return value ? `得分在以后 ${value.months} 个月内有效${value.sourceText ? `（${value.sourceText}）` : ''}` : '得分仅当期有效';
}

export function describeAggregation(value: Aggregation | undefined): string {
  return value ? AGGREGATION_LABELS[value] : `默认（${AGGREGATION_LABELS.AVERAGE}）`;
}

export function describeGradeBand(band: GradeBand): string {
  return `${band.label} ${describeRange(band, '总分', '')}`;
}

export function describeGrading(grading: readonly GradeBand[] | undefined): string {
  return grading && grading.length > 0 ? grading.map(describeGradeBand).join('；') : '未设置等级';
}

export function describeSource(source: SourceDocument): string {
  return [source.title, source.docNumber, source.issuedBy, source.annex, source.year].filter((p) => p !== undefined && p !== '').join('，');
}
