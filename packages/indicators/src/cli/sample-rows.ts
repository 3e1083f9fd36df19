/**
 * Submissions written back as template rows (`template --sample`): the preset's sample data as an
 * example an evaluator can overwrite. Reading these rows gives back the same submissions.
 */
import type { IndicatorSystem, InputValue, UnitSubmission } from '../model';
import { buildColumns, type Column } from './columns';
import { unitKindLabel } from './unit-kinds';

function plain(value: InputValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}

function cellFor(column: Column, submission: UnitSubmission): string {
  const { unit, values, exemptions } = submission;
  const target = column.target;
  switch (target.kind) {
    case 'unitId':
      return unit.id;
    case 'unitName':
      return unit.name;
    case 'unitKind':
      return unitKindLabel(unit.kind);
    case 'unitClasses':
      return (unit.classes ?? []).join('、');
    case 'exemption':
      return exemptions?.[target.node.code] ?? '';
    case 'value':
      return plain(values[target.field.key]);
    case 'numerator':
    case 'denominator': {
      const rate = values[target.field.key];
      if (rate === null || rate === undefined || typeof rate !== 'object' || Array.isArray(rate)) return '';
      return String(target.kind === 'numerator' ? rate.numerator : rate.denominator);
    }
    case 'option': {
      const ticked = values[target.field.key];
      return Array.isArray(ticked) ? (ticked.includes(target.option.code) ? '是' : '否') : '';
    }
  }
}

export function rowsFromSubmissions(system: IndicatorSystem, submissions: UnitSubmission[]): string[][] {
  const columns = buildColumns(system);
  return submissions.map((submission) => columns.map((column) => cellFor(column, submission)));
}

/** Columns whose cells are numbers, so the XLSX template stores them as Excel numbers. */
export function isNumericColumn(column: Column): boolean {
  const target = column.target;
  if (target.kind === 'numerator' || target.kind === 'denominator') return true;
  return target.kind === 'value' && (target.field.type === 'count' || target.field.type === 'amount');
}
