/**
 * Turns the rows of a CSV file or worksheet into submissions, using the header scheme of
 * columns.ts. Every problem in the file is collected with its row number and column header
 * before anything is scored, so the user fixes the whole file in one pass.
 */
import type { IndicatorSystem, InputValue, InputValues, ScoredUnit, UnitKind } from '../model';
import { buildColumns, columnsOfField, fieldsForUnit, systemFields, type Column } from './columns';
import { cellText, isBlank, readBoolean, readNumber, readText, splitList, type CellResult } from './cells';
import { ProblemList, UserError } from './errors';
import type { InputRecord, RawCell, ReadOptions } from './input-record';
import { parseUnitKind, unitKindLabel } from './unit-kinds';

/** Spreadsheet row numbers are 1-based: row 1 is the header row. */
const rowName = (index: number): string => `第${index + 1}行`;

/** Headers typed by hand differ in spaces, bracket width and dash kind; none of that matters. */
function normalizeHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[－—–]/g, '-');
}

interface ColumnMap {
  /** column index in the file → column */
  byIndex: Map<number, Column>;
  /** column key → column index in the file */
  indexOf: Map<string, number>;
  dataStart: number;
}

function mapColumns(rows: RawCell[][], columns: Column[], problems: ProblemList, warn: (m: string) => void): ColumnMap {
  const header = rows[0] ?? [];
  const second = rows[1] ?? [];
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const byHeader = new Map(columns.map((column) => [normalizeHeader(column.header), column]));
  // The template's row 2 holds field keys; when present it wins over edited header text.
  const hasKeyRow = second.some((cell) => cellText(cell ?? null) === 'unit.id');
  const byIndex = new Map<number, Column>();
  const indexOf = new Map<string, number>();
  const width = Math.max(header.length, hasKeyRow ? second.length : 0);
  for (let index = 0; index < width; index += 1) {
    const headerText = cellText(header[index] ?? null);
    const keyText = hasKeyRow ? cellText(second[index] ?? null) : '';
    const column = hasKeyRow && keyText !== '' ? byKey.get(keyText) : byHeader.get(normalizeHeader(headerText));
    if (!column) {
      if (headerText !== '' || keyText !== '') warn(`忽略无法识别的列「${headerText || keyText}」（第${index + 1}列）`);
      continue;
    }
    const previous = indexOf.get(column.key);
    if (previous !== undefined) {
      problems.add(`第1行：列「${column.header}」重复出现（第${previous + 1}列和第${index + 1}列）`);
      continue;
    }
    byIndex.set(index, column);
    indexOf.set(column.key, index);
  }
  return { byIndex, indexOf, dataStart: hasKeyRow ? 2 : 1 };
}

const quote = (column: Column): string => `「${column.header}」`;

export function readTable(rows: RawCell[][], system: IndicatorSystem, options: ReadOptions = {}): InputRecord[] {
  const warn = options.warn ?? (() => undefined);
  if (rows.every((row) => row.every((cell) => isBlank(cell)))) {
    throw new UserError('文件为空：没有找到表头行和数据');
  }
  const columns = buildColumns(system);
  const problems = options.problems ?? new ProblemList();
  const map = mapColumns(rows, columns, problems, warn);
  const find = (key: string): Column | undefined => columns.find((column) => column.key === key);
  const cellOf = (row: RawCell[], key: string): RawCell | undefined => {
    const index = map.indexOf.get(key);
    return index === undefined ? undefined : (row[index] ?? null);
  };

  const onlyKind = system.unitKinds.length === 1 ? system.unitKinds[0] : undefined;
  const defaultKind = options.defaultUnitKind ?? onlyKind;
  for (const key of ['unit.id', 'unit.name', ...(defaultKind ? [] : ['unit.kind'])]) {
    const column = find(key);
    if (column && !map.indexOf.has(key)) problems.add(`第1行：缺少列${quote(column)}`);
  }
  if (problems.size > 0) {
    // without the unit columns no row can be read: stop here
    if (options.problems) return [];
    problems.throwIfAny('表头不完整');
  }

  const entries = systemFields(system);
  const missingColumns = new Set<string>();
  const seenIds = new Map<string, number>();
  const records: InputRecord[] = [];

  for (let index = map.dataStart; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const where = rowName(index);
    const at = (column: Column, message: string): void => problems.add(`${where}${quote(column)}：${message}`);

    const unit = readUnit(row, system, defaultKind, cellOf, find, at);
    if (!unit) continue;
    const firstRow = seenIds.get(unit.id);
    if (firstRow !== undefined) {
      at(find('unit.id') as Column, `单位编码“${unit.id}”与${rowName(firstRow)}重复`);
      continue;
    }
    seenIds.set(unit.id, index);

    const exemptions: Record<string, string> = {};
    for (const column of columns) {
      if (column.target.kind !== 'exemption') continue;
      const raw = cellOf(row, column.key);
      if (raw === undefined || isBlank(raw)) continue;
      const text = readText(raw);
      if (text.ok) exemptions[column.target.node.code] = text.value;
      else at(column, text.message);
    }

    const values: InputValues = {};
    const unreadable: string[] = [];
    for (const field of fieldsForUnit(entries, unit, exemptions)) {
      const fieldColumns = columnsOfField(columns, field.key);
      const absent = fieldColumns.filter((column) => !map.indexOf.has(column.key));
      if (absent.length > 0) {
        for (const column of absent) missingColumns.add(column.header);
        unreadable.push(field.key);
        continue;
      }
      const value = readFieldValue(fieldColumns, (column) => cellOf(row, column.key) ?? null, at);
      if (value === undefined) unreadable.push(field.key);
      else values[field.key] = value;
    }
    records.push({
      unreadable,
      submission: Object.keys(exemptions).length > 0 ? { unit, values, exemptions } : { unit, values },
      rowLabel: where,
      describeField: (fieldKey, code) => describe(columns, fieldKey, code, values[fieldKey]),
    });
  }
  for (const header of missingColumns) problems.add(`第1行：缺少列「${header}」`);
  if (!options.problems) problems.throwIfAny('输入文件有误，未计算任何得分');
  if (records.length === 0 && problems.size === 0) throw new UserError('文件中没有任何单位数据（表头下方没有数据行）');
  return records;
}

function readUnit(
  row: RawCell[],
  system: IndicatorSystem,
  defaultKind: UnitKind | undefined,
  cellOf: (row: RawCell[], key: string) => RawCell | undefined,
  find: (key: string) => Column | undefined,
  at: (column: Column, message: string) => void,
): ScoredUnit | undefined {
  const idColumn = find('unit.id') as Column;
  const nameColumn = find('unit.name') as Column;
  const kindColumn = find('unit.kind') as Column;
  const id = cellText(cellOf(row, 'unit.id') ?? null);
  const name = cellText(cellOf(row, 'unit.name') ?? null);
  let ok = true;
  if (id === '') {
    at(idColumn, '必填');
    ok = false;
  }
  if (name === '') {
    at(nameColumn, '必填');
    ok = false;
  }
  const kindText = cellText(cellOf(row, 'unit.kind') ?? null);
  let kind: UnitKind | undefined = defaultKind;
  if (kindText !== '') {
    kind = parseUnitKind(kindText);
    if (!kind) {
      at(kindColumn, `无法识别单位类型“${kindText}”，可填：${system.unitKinds.map(unitKindLabel).join('、')}`);
      return undefined;
    }
  }
  if (!kind) {
    at(kindColumn, '必填');
    return undefined;
  }
  if (!system.unitKinds.includes(kind)) {
    at(kindColumn, `该指标体系不评价“${unitKindLabel(kind)}”，只评价：${system.unitKinds.map(unitKindLabel).join('、')}`);
    return undefined;
  }
  const classes = readClasses(row, system, cellOf, find, at);
  if (!ok || classes === null) return undefined;
  return classes.length > 0 ? { id, name, kind, classes } : { id, name, kind };
}

/** null when the cell is wrong (already reported). */
function readClasses(
  row: RawCell[],
  system: IndicatorSystem,
  cellOf: (row: RawCell[], key: string) => RawCell | undefined,
  find: (key: string) => Column | undefined,
  at: (column: Column, message: string) => void,
): string[] | null {
  const column = find('unit.classes');
  const definitions = system.unitClasses ?? [];
  if (!column) return [];
  const codes: string[] = [];
  for (const part of splitList(cellText(cellOf(row, 'unit.classes') ?? null))) {
    const match = definitions.find((c) => c.code === part || c.label === part);
    if (!match) {
      at(column, `无法识别单位类别“${part}”，可填：${definitions.map((c) => `${c.code}（${c.label}）`).join('、')}`);
      return null;
    }
    if (!codes.includes(match.code)) codes.push(match.code);
  }
  return codes;
}

/** undefined when a cell is wrong (already reported); null when the field is left blank. */
function readFieldValue(
  fieldColumns: Column[],
  cell: (column: Column) => RawCell,
  at: (column: Column, message: string) => void,
): InputValue | undefined {
  const take = <T>(column: Column, result: CellResult<T>): T | undefined => {
    if (result.ok) return result.value;
    at(column, result.message);
    return undefined;
  };
  const first = fieldColumns[0];
  if (!first) return undefined;
  const target = first.target;
  if (target.kind === 'numerator' || target.kind === 'denominator') {
    const [numeratorColumn, denominatorColumn] = fieldColumns as [Column, Column];
    const blanks = fieldColumns.filter((column) => isBlank(cell(column)));
    if (blanks.length === 2) return null;
    if (blanks.length === 1) {
      at(blanks[0] as Column, '必填（分子和分母须同时填写）');
      return undefined;
    }
    const numerator = take(numeratorColumn, readNumber(cell(numeratorColumn)));
    const denominator = take(denominatorColumn, readNumber(cell(denominatorColumn)));
    if (numerator === undefined || denominator === undefined) return undefined;
    return { numerator, denominator };
  }
  if (target.kind === 'option') {
    if (fieldColumns.every((column) => isBlank(cell(column)))) return null;
    const ticked: string[] = [];
    let ok = true;
    for (const column of fieldColumns) {
      if (column.target.kind !== 'option' || isBlank(cell(column))) continue;
      const value = take(column, readBoolean(cell(column)));
      if (value === undefined) ok = false;
      else if (value) ticked.push(column.target.option.code);
    }
    return ok ? ticked : undefined;
  }
  if (target.kind !== 'value') return undefined;
  const raw = cell(first);
  if (isBlank(raw)) return null;
  const field = target.field;
  switch (field.type) {
    case 'count':
    case 'amount':
      return take(first, readNumber(raw));
    case 'boolean':
      return take(first, readBoolean(raw));
    case 'choice': {
      const text = take(first, readText(raw));
      if (text === undefined) return undefined;
      // Unknown codes pass through so that validateValues reports them as UNKNOWN_OPTION.
      const option = field.options.find((o) => o.code === text || o.code === text.toUpperCase() || o.label === text);
      return option ? option.code : text;
    }
    case 'text':
      return take(first, readText(raw));
    default:
      return undefined;
  }
}

function isNegativeOrFraction(value: unknown, code: string | undefined): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const text = String(value);
  if (code === 'NEGATIVE') return text.startsWith('-');
  if (code === 'NOT_INTEGER') return text.includes('.') && !/\.0*$/.test(text);
  return false;
}

/** For a rate, point at the part that is wrong when we can tell, otherwise at both columns. */
function describe(columns: Column[], fieldKey: string, code: string | undefined, value: InputValue | undefined): string {
  const fieldColumns = columnsOfField(columns, fieldKey);
  if (fieldColumns.length === 0) return `「${fieldKey}」`;
  if (value && typeof value === 'object' && !Array.isArray(value) && 'numerator' in value) {
    const parts = fieldColumns.filter((column) => {
      const part = column.target.kind === 'numerator' ? value.numerator : value.denominator;
      return isNegativeOrFraction(part, code);
    });
    if (parts.length > 0) return parts.map(quote).join('');
  }
  return fieldColumns.map(quote).join('');
}
