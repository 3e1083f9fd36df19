/** Chinese names of unit kinds as written in the seed documents, and how to read them back. */
import { UNIT_KINDS, type UnitKind } from '../model';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  LEAGUE_CITY: '盟市',
  COUNTY: '旗县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  DEPARTMENT: '部门',
};

/** Other spellings people type; compared after dropping brackets and spaces. */
const ALIASES: Record<string, UnitKind> = {
  盟市: 'LEAGUE_CITY',
  地市: 'LEAGUE_CITY',
  旗县: 'COUNTY',
  旗县市区: 'COUNTY',
  县区: 'COUNTY',
  县市区: 'COUNTY',
  乡镇: 'TOWNSHIP',
  街道: 'TOWNSHIP',
  乡镇街道: 'TOWNSHIP',
  镇街道: 'TOWNSHIP',
  部门: 'DEPARTMENT',
  县直部门: 'DEPARTMENT',
  市直部门: 'DEPARTMENT',
  县直市直部门: 'DEPARTMENT',
};

function squeeze(text: string): string {
  return text.replace(/[\s()（）、,，/]/g, '');
}

export function parseUnitKind(text: string): UnitKind | undefined {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  const byCode = UNIT_KINDS.find((kind) => kind === upper);
  if (byCode) return byCode;
  return ALIASES[squeeze(trimmed)];
}

export function unitKindLabel(kind: UnitKind): string {
  return UNIT_KIND_LABELS[kind];
}
