import type { UnitContact } from '../units/unit.entity';
import type { UnitKind } from '../units/unit-kind';
import { kindDropdown, parseUnitKind, unitColumns, type UnitColumnKey } from './unit-import.columns';
import { rowProblem, type ImportProblem, type SheetRow } from './xlsx-rows';

/** One data row, checked on its own (no database, no other rows). */
export interface ParsedUnitRow {
  row: number;
  code: string | null;
  name: string;
  kind: UnitKind | null;
  parentCode: string | null;
  classes: string[];
  uscc: string | null;
  contacts: UnitContact[];
}

export type UsccCheck = (code: string) => { valid: boolean; reason?: string };

const codePattern = /^[A-Za-z0-9_-]{2,64}$/;
const phonePattern = /^[0-9+\-\s()]{5,30}$/;

export const headerOf = Object.fromEntries(unitColumns.map((c) => [c.key, c.header])) as Record<UnitColumnKey, string>;

export function parseUnitRow(
  { row, values, reported }: SheetRow<UnitColumnKey>,
  validateUscc: UsccCheck,
): { parsed: ParsedUnitRow; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (key: UnitColumnKey, text: string) => {
    if (!reported.has(key)) problems.push(rowProblem(row, headerOf[key], text));
  };

  let code: string | null = values.code;
  if (!code) {
    problem('code', '不能为空');
    code = null;
  } else if (!codePattern.test(code)) {
    problem('code', `「${code}」格式不正确，须为2–64位字母、数字、下划线或连字符`);
    code = null;
  }

  const name = values.name;
  if (!name) problem('name', '不能为空');
  else if (name.length > 200) problem('name', '不能超过200字');

  let kind: UnitKind | null = null;
  if (!values.kind) problem('kind', '不能为空');
  else {
    kind = parseUnitKind(values.kind);
    if (!kind) problem('kind', `「${values.kind}」不是有效的单位类型，可选：${kindDropdown.join('、')}`);
  }

  let parentCode: string | null = values.parentCode || null;
  if (parentCode && !codePattern.test(parentCode)) {
    problem('parentCode', `「${parentCode}」格式不正确`);
    parentCode = null;
  }

  const classes = [...new Set(values.classes.split(/[、,，;；]/).map((c) => c.trim()).filter((c) => c.length > 0))];
  if (classes.length > 20) problem('classes', '最多20个类别');
  const longClass = classes.find((c) => c.length > 50);
  if (longClass) problem('classes', `类别「${longClass.slice(0, 10)}…」超过50字`);

  let uscc: string | null = values.uscc ? values.uscc.toUpperCase() : null;
  if (uscc) {
    const check = validateUscc(uscc);
    if (!check.valid) {
      problem('uscc', check.reason ?? '无效');
      uscc = null;
    }
  }

  const contacts: UnitContact[] = [];
  const contactName = values.contactName;
  const contactPhone = values.contactPhone;
  if (contactName && !contactPhone) problem('contactPhone', '填写了联系人时不能为空');
  else if (!contactName && contactPhone) problem('contactName', '填写了联系电话时不能为空');
  else if (contactName && contactPhone) {
    if (contactName.length > 50) problem('contactName', '不能超过50字');
    else if (!phonePattern.test(contactPhone)) problem('contactPhone', `「${contactPhone}」格式不正确`);
    else contacts.push({ name: contactName, phone: contactPhone });
  }

  return { parsed: { row, code, name, kind, parentCode, classes, uscc, contacts }, problems };
}
