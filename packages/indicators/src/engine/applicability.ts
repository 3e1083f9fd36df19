/** Whether a node applies to a unit: kind and class filters (any class matches). */
import type { IndicatorNode, ScoredUnit } from '../model';

const KIND_LABELS: Record<string, string> = {
  LEAGUE_CITY: '盟市',
  COUNTY: '旗县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  DEPARTMENT: '部门',
};

export function appliesTo(node: IndicatorNode, unit: ScoredUnit): boolean {
  const rule = node.appliesTo;
  if (rule === undefined) return true;
  if (rule.unitKinds !== undefined && !rule.unitKinds.includes(unit.kind)) return false;
  if (rule.unitClasses !== undefined && !rule.unitClasses.some((c) => unit.classes?.includes(c) === true)) return false;
  return true;
}

export function notApplicableText(node: IndicatorNode): string {
  const parts: string[] = [];
  if (node.appliesTo?.unitKinds !== undefined) parts.push(node.appliesTo.unitKinds.map((k) => KIND_LABELS[k] ?? k).join('、'));
  if (node.appliesTo?.unitClasses !== undefined) parts.push(`${node.appliesTo.unitClasses.join('、')}类单位`);
  return `本项仅适用于${parts.join('中的')}，不适用于本单位，不计入总分`;
}
