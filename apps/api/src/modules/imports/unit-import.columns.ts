import { UnitKind } from '../units/unit-kind';
import type { SheetColumn } from './xlsx-rows';

/** Data rows per import file. */
export const UNIT_IMPORT_MAX_ROWS = 5_000;

export type UnitColumnKey = 'code' | 'name' | 'kind' | 'parentCode' | 'classes' | 'uscc' | 'contactName' | 'contactPhone';

export interface UnitColumn extends SheetColumn<UnitColumnKey> {
  width: number;
  note: string;
}

/** The template's columns, in order; the importer finds them by header text. */
export const unitColumns: readonly UnitColumn[] = [
  { key: 'code', header: '单位编码', required: true, width: 16, note: '必填。2–64位字母、数字、下划线或连字符，全系统唯一，如 GH-FGW' },
  { key: 'name', header: '单位名称', required: true, width: 32, note: '必填。不超过200字' },
  { key: 'kind', header: '单位类型', required: true, width: 12, note: '必填。从下拉列表选择：自治区、盟市、旗县、乡镇、部门' },
  { key: 'parentCode', header: '上级单位编码', width: 16, note: '自治区以外必填。上级单位须已在系统中，或在本文件中写在前面的行' },
  { key: 'classes', header: '单位类别', width: 22, note: '选填。多个类别用顿号“、”分隔，如 A类部门、综合部门' },
  { key: 'uscc', header: '统一社会信用代码', width: 24, note: '选填。18位，系统会检查校验位' },
  { key: 'contactName', header: '联系人', width: 12, note: '选填。与联系电话同时填写' },
  { key: 'contactPhone', header: '联系电话', width: 18, note: '选填。如 0470-5212345 或 13800000000' },
];

/** Chinese names (as in the dropdown and the seeds) and the English codes both map to a kind. */
const kindAliases: Record<string, UnitKind> = {
  自治区: UnitKind.REGION,
  盟市: UnitKind.LEAGUE_CITY,
  旗县: UnitKind.COUNTY,
  '旗县（市、区）': UnitKind.COUNTY,
  '旗县(市、区)': UnitKind.COUNTY,
  旗县市区: UnitKind.COUNTY,
  乡镇: UnitKind.TOWNSHIP,
  '乡镇（街道）': UnitKind.TOWNSHIP,
  '乡镇(街道)': UnitKind.TOWNSHIP,
  乡镇街道: UnitKind.TOWNSHIP,
  部门: UnitKind.DEPARTMENT,
};

export const kindDropdown = ['自治区', '盟市', '旗县', '乡镇', '部门'];

export const kindLabels: Record<UnitKind, string> = {
  [UnitKind.REGION]: '自治区',
  [UnitKind.LEAGUE_CITY]: '盟市',
  [UnitKind.COUNTY]: '旗县',
  [UnitKind.TOWNSHIP]: '乡镇',
  [UnitKind.DEPARTMENT]: '部门',
};

export function parseUnitKind(text: string): UnitKind | null {
  const trimmed = text.trim();
  const alias = kindAliases[trimmed];
  if (alias) return alias;
  const upper = trimmed.toUpperCase();
  return (Object.values(UnitKind) as string[]).includes(upper) ? (upper as UnitKind) : null;
}

/**
 * The example row of the template. Left unchanged it is skipped on import, so a user who only
 * adds rows below it does not create the example unit.
 */
export const unitExampleRow: Record<UnitColumnKey, string> = {
  code: 'GH-FGW',
  name: '根河市发展和改革委员会（示例行，原样保留时导入会忽略）',
  kind: '部门',
  parentCode: 'GH',
  classes: 'A类部门、综合部门',
  uscc: '11150784MB1234567X',
  contactName: '张三',
  contactPhone: '0470-5212345',
};

export function isUnchangedExample(values: Record<UnitColumnKey, string>): boolean {
  return unitColumns.every((c) => values[c.key] === unitExampleRow[c.key]);
}
