/** JSON input: an array of `{ unit, values, exemptions? }` or `{ submissions: [...] }`. */
import type { IndicatorSystem, InputValues, ScoredUnit, UnitKind, UnitSubmission } from '../model';
import { systemFields } from './columns';
import { ProblemList, UserError } from './errors';
import type { InputRecord, ReadOptions } from './input-record';
import { decodeUtf8, readInputBytes } from './read-file';
import { parseUnitKind, unitKindLabel } from './unit-kinds';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(path: string): unknown {
  const text = decodeUtf8(readInputBytes(path), path).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UserError(`文件为空：${path}`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`JSON 格式错误：${path}（${(error as Error).message}）`);
  }
}

export function readJson(path: string, system: IndicatorSystem, options: ReadOptions = {}): InputRecord[] {
  const document = parseJson(path);
  const list = Array.isArray(document) ? document : isObject(document) ? document.submissions : undefined;
  if (!Array.isArray(list)) throw new UserError('JSON 输入应为单位数据的数组，或 { "submissions": [...] }');
  if (list.length === 0) throw new UserError('文件中没有任何单位数据（submissions 为空）');

  const labels = new Map(systemFields(system).map(({ field }) => [field.key, field.label]));
  const problems = options.problems ?? new ProblemList();
  const seen = new Map<string, string>();
  const records: InputRecord[] = [];
  const warn = options.warn ?? (() => undefined);

  list.forEach((entry, index) => {
    const where = `第${index + 1}条记录`;
    const at = (key: string, message: string): void => problems.add(`${where}「${key}」：${message}`);
    if (!isObject(entry) || !isObject(entry.unit)) {
      problems.add(`${where}：应为 { "unit": {...}, "values": {...} }`);
      return;
    }
    const unit = readUnit(entry.unit, system, options.defaultUnitKind, at);
    const values = entry.values ?? {};
    if (!isObject(values)) at('values', '应为对象 { 字段键: 值 }');
    const exemptions = entry.exemptions;
    if (exemptions !== undefined && (!isObject(exemptions) || Object.values(exemptions).some((v) => typeof v !== 'string'))) {
      at('exemptions', '应为对象 { 指标编码: 说明 }');
    }
    if (!unit || !isObject(values)) return;
    if (seen.has(unit.id)) {
      at('unit.id', `单位编码“${unit.id}”与${seen.get(unit.id)}重复`);
      return;
    }
    seen.set(unit.id, where);
    const known: InputValues = {};
    for (const [key, value] of Object.entries(values)) {
      if (!labels.has(key)) warn(`${where}：忽略未知字段“${key}”`);
      else known[key] = value as InputValues[string];
    }
    const submission: UnitSubmission = { unit, values: known };
    if (isObject(exemptions)) submission.exemptions = exemptions as Record<string, string>;
    records.push({
      submission,
      rowLabel: where,
      describeField: (fieldKey) => `「${labels.get(fieldKey) ?? fieldKey}」（${fieldKey}）`,
    });
  });
  if (!options.problems) problems.throwIfAny('输入文件有误，未计算任何得分');
  return records;
}

function readUnit(
  raw: Record<string, unknown>,
  system: IndicatorSystem,
  defaultKind: UnitKind | undefined,
  at: (key: string, message: string) => void,
): ScoredUnit | undefined {
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id).trim() : '';
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (id === '') at('unit.id', '必填');
  if (name === '') at('unit.name', '必填');
  const onlyKind = system.unitKinds.length === 1 ? system.unitKinds[0] : undefined;
  let kind: UnitKind | undefined = defaultKind ?? onlyKind;
  if (raw.kind !== undefined) {
    kind = typeof raw.kind === 'string' ? parseUnitKind(raw.kind) : undefined;
    if (!kind) {
      at('unit.kind', `无法识别单位类型“${String(raw.kind)}”，可填：${system.unitKinds.join('、')}`);
      return undefined;
    }
  }
  if (!kind) {
    at('unit.kind', '必填');
    return undefined;
  }
  if (!system.unitKinds.includes(kind)) {
    at('unit.kind', `该指标体系不评价“${unitKindLabel(kind)}”，只评价：${system.unitKinds.map(unitKindLabel).join('、')}`);
    return undefined;
  }
  let classes: string[] | undefined;
  if (raw.classes !== undefined) {
    const codes = (system.unitClasses ?? []).map((c) => c.code);
    if (!Array.isArray(raw.classes) || raw.classes.some((c) => typeof c !== 'string' || !codes.includes(c))) {
      at('unit.classes', `应为单位类别代码的数组，可填：${codes.join('、') || '（该指标体系没有单位类别）'}`);
      return undefined;
    }
    classes = raw.classes as string[];
  }
  if (id === '' || name === '') return undefined;
  return classes && classes.length > 0 ? { id, name, kind, classes } : { id, name, kind };
}
