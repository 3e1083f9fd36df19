/**
 * The header scheme shared by `template`, read-csv and read-xlsx. Row 1 holds Chinese headers,
 * row 2 the field keys (so a renamed header still reads correctly), data starts on row 3.
 *
 * Column choices:
 * - a rate field gives two columns, `<label>-<numeratorLabel>` and `<label>-<denominatorLabel>`;
 * - a checklist gives one 是/否 column per option, `<label>-<optionLabel>` (an option is ticked
 *   when its cell says 是); a typed list of option names would be easier to mistype;
 * - a choice takes the option code (A/B/C …) or the option label; a boolean takes 是/否.
 * Two fields with the same label are told apart by their indicator's name: `<label>（<indicator>）`.
 * An indicator with an exemption policy (无监管权限的提供说明不扣分) gets an optional last column
 * `免责说明-<indicator>`: text there claims the exemption, with the text as its explanation.
 */
import type {
  ChecklistField,
  IndicatorNode,
  IndicatorSystem,
  InputField,
  OptionDefinition,
  RateField,
  ScoredUnit,
} from '../model';
import { unitKindLabel } from './unit-kinds';

export type ColumnTarget =
  | { kind: 'unitId' }
  | { kind: 'unitName' }
  | { kind: 'unitKind' }
  | { kind: 'unitClasses' }
  | { kind: 'value'; field: InputField }
  | { kind: 'numerator'; field: RateField }
  | { kind: 'denominator'; field: RateField }
  | { kind: 'option'; field: ChecklistField; option: OptionDefinition }
  | { kind: 'exemption'; node: IndicatorNode };

export interface Column {
  /** Chinese header in row 1 */
  header: string;
  /** key in row 2: unit.id, unit.name, unit.kind, unit.classes, <field>, <field>.numerator … */
  key: string;
  target: ColumnTarget;
}

export const UNIT_COLUMN_HEADERS = {
  unitId: '单位编码',
  unitName: '单位名称',
  unitKind: '单位类型',
  unitClasses: '单位类别',
} as const;

/** A field with the nodes that declare it (a field may be read by several indicators). */
export interface FieldEntry {
  field: InputField;
  /** the declaring nodes, each with its ancestors first-to-last, for applicability */
  declaredBy: Array<{ path: IndicatorNode[] }>;
}

function walk(nodes: IndicatorNode[], ancestors: IndicatorNode[], visit: (path: IndicatorNode[]) => void): void {
  for (const node of nodes) {
    const path = [...ancestors, node];
    visit(path);
    if (node.children) walk(node.children, path, visit);
  }
}

export function systemFields(system: IndicatorSystem): FieldEntry[] {
  const byKey = new Map<string, FieldEntry>();
  walk(system.categories, [], (path) => {
    const node = path[path.length - 1];
    for (const field of node?.inputs ?? []) {
      const entry = byKey.get(field.key);
      if (entry) entry.declaredBy.push({ path });
      else byKey.set(field.key, { field, declaredBy: [{ path }] });
    }
  });
  return [...byKey.values()];
}

function nodeApplies(node: IndicatorNode, unit: ScoredUnit): boolean {
  const applies = node.appliesTo;
  if (!applies) return true;
  if (applies.unitKinds && !applies.unitKinds.includes(unit.kind)) return false;
  if (applies.unitClasses && !applies.unitClasses.some((code) => unit.classes?.includes(code))) return false;
  return true;
}

/**
 * The fields a unit has to fill in: those declared by a node that applies to the unit's kind and
 * classes and is not exempted for it.
 */
export function fieldsForUnit(
  entries: FieldEntry[],
  unit: ScoredUnit,
  exemptions: Record<string, string> = {},
): InputField[] {
  return entries
    .filter((entry) =>
      entry.declaredBy.some(({ path }) =>
        path.every((node) => nodeApplies(node, unit) && exemptions[node.code] === undefined),
      ),
    )
    .map((entry) => entry.field);
}

function fieldHeaders(entries: FieldEntry[]): Map<string, string> {
  const labelCount = new Map<string, number>();
  for (const { field } of entries) labelCount.set(field.label, (labelCount.get(field.label) ?? 0) + 1);
  const headers = new Map<string, string>();
  const used = new Set<string>();
  for (const { field, declaredBy } of entries) {
    const owner = declaredBy[0]?.path[declaredBy[0].path.length - 1];
    let header = field.label;
    if ((labelCount.get(field.label) ?? 0) > 1 && owner) header = `${field.label}（${owner.name}）`;
    if (used.has(header)) header = `${header}［${field.key}］`;
    used.add(header);
    headers.set(field.key, header);
  }
  return headers;
}

export function buildColumns(system: IndicatorSystem): Column[] {
  const columns: Column[] = [
    { header: UNIT_COLUMN_HEADERS.unitId, key: 'unit.id', target: { kind: 'unitId' } },
    { header: UNIT_COLUMN_HEADERS.unitName, key: 'unit.name', target: { kind: 'unitName' } },
    { header: UNIT_COLUMN_HEADERS.unitKind, key: 'unit.kind', target: { kind: 'unitKind' } },
  ];
  if (system.unitClasses && system.unitClasses.length > 0) {
    columns.push({ header: UNIT_COLUMN_HEADERS.unitClasses, key: 'unit.classes', target: { kind: 'unitClasses' } });
  }
  const entries = systemFields(system);
  const headers = fieldHeaders(entries);
  for (const { field } of entries) {
    const header = headers.get(field.key) ?? field.label;
    if (field.type === 'rate') {
      columns.push(
        { header: `${header}-${field.numeratorLabel}`, key: `${field.key}.numerator`, target: { kind: 'numerator', field } },
        { header: `${header}-${field.denominatorLabel}`, key: `${field.key}.denominator`, target: { kind: 'denominator', field } },
      );
    } else if (field.type === 'checklist') {
      for (const option of field.options) {
        columns.push({
          header: `${header}-${option.label}`,
          key: `${field.key}.${option.code}`,
          target: { kind: 'option', field, option },
        });
      }
    } else {
      columns.push({ header, key: field.key, target: { kind: 'value', field } });
    }
  }
  walk(system.categories, [], (path) => {
    const node = path[path.length - 1];
    if (node?.exemption) {
      columns.push({ header: `免责说明-${node.name}`, key: `exemption.${node.code}`, target: { kind: 'exemption', node } });
    }
  });
  return columns;
}

/** The columns that carry a field's value, for messages that name what the user sees. */
export function columnsOfField(columns: Column[], fieldKey: string): Column[] {
  return columns.filter((column) => {
    const target = column.target;
    return (
      (target.kind === 'value' || target.kind === 'numerator' || target.kind === 'denominator' || target.kind === 'option') &&
      target.field.key === fieldKey
    );
  });
}

/** What a cell of this column should contain, for the template's instructions sheet. */
export function columnHint(column: Column, system: IndicatorSystem): string {
  const target = column.target;
  switch (target.kind) {
    case 'unitId':
      return '必填，单位的唯一编码';
    case 'unitName':
      return '必填';
    case 'unitKind':
      return `可填：${system.unitKinds.map((kind) => `${unitKindLabel(kind)}（${kind}）`).join('、')}`;
    case 'unitClasses':
      return `可填多个，用“、”分隔：${(system.unitClasses ?? []).map((c) => `${c.code}（${c.label}）`).join('、')}`;
    case 'numerator':
    case 'denominator':
      return '不小于0的数；分子不得大于分母';
    case 'option':
      return '是/否（是=具备该项）';
    case 'value':
      return valueHint(target.field);
    case 'exemption':
      return `选填。符合免责情形${target.node.exemption?.sourceText ? `（${target.node.exemption.sourceText}）` : ''}时填写说明，否则留空`;
  }
}

function valueHint(field: InputField): string {
  const required = field.required === false ? '选填' : '必填';
  switch (field.type) {
    case 'count':
      return `${required}，不小于0的整数${field.unit ? `（单位：${field.unit}）` : ''}`;
    case 'amount':
      return `${required}，数值（单位：${field.unit}）`;
    case 'boolean':
      return `${required}，是/否`;
    case 'choice':
      return `${required}，填选项代码：${field.options.map((o) => `${o.code}=${o.label}`).join('；')}`;
    case 'text':
      return `${required}，文字${field.maxLength ? `，不超过${field.maxLength}字` : ''}`;
    case 'rate':
    case 'checklist':
      return required;
  }
}
