import { walkNodes, type IndicatorSystem, type InputValues } from '@govtrust/indicators';
import type { UnitCounts } from './record-tally';

/** Which count of the file becomes a rate's numerator (the denominator is always 上报数据量). */
export type Figure = 'accepted' | 'late' | 'onTime';

export const FIGURE_LABELS: Record<Figure, string> = {
  accepted: '合规率（入库数据量/上报数据量）',
  late: '迟报率（迟报量/上报数据量）',
  onTime: '及时率（7天内报送量/上报数据量）',
};

export interface FigureTarget {
  key: string;
  label: string;
  figure: Figure;
}

/** A rate's figure, from the words the seeds use for it; null for rates the records cannot give (瞒报率 needs the ledger). */
function figureOf(label: string): Figure | null {
  if (label.includes('瞒报') || label.includes('漏报')) return null;
  if (label.includes('合规')) return 'accepted';
  if (label.includes('迟报')) return 'late';
  if (label.includes('及时') || label.includes('按时') || label.includes('7天内') || label.includes('七天内')) return 'onTime';
  return null;
}

/**
 * The monitoring inputs of a system that 双公示 records fill: rate inputs entered as monitoring data
 * (not collected by a unit's task) whose indicator, one of its parents, or the input itself names
 * 双公示, classified by their label (合规率 → 入库/上报, 迟报率 → 迟报/上报, 及时率 or
 * 7天内归集率 → 按时/上报). `enterable` says whether an input key is monitoring data in the cycle.
 */
export function dualPublicityTargets(system: Pick<IndicatorSystem, 'categories'>, enterable: (key: string, dataSource: string) => boolean): FigureTarget[] {
  const contextOf = new Map<string, { text: string; source: string }>();
  const targets: FigureTarget[] = [];
  walkNodes(system, ({ node, parent }) => {
    const up = parent ? contextOf.get(parent.code) : undefined;
    const context = { text: `${up?.text ?? ''}|${node.name}`, source: node.dataSource ?? up?.source ?? 'UNIT_REPORT' };
    contextOf.set(node.code, context);
    for (const field of node.inputs ?? []) {
      if (field.type !== 'rate' || !enterable(field.key, context.source)) continue;
      if (!`${context.text}|${field.label}`.includes('双公示')) continue;
      const figure = figureOf(field.label) ?? figureOf(node.name);
      if (figure) targets.push({ key: field.key, label: field.label, figure });
    }
  });
  return targets;
}

/** The monitoring values one unit's counts give. */
export function valuesFor(targets: readonly FigureTarget[], counts: UnitCounts): InputValues {
  const values: InputValues = {};
  for (const t of targets) {
    const numerator = t.figure === 'accepted' ? counts.accepted : t.figure === 'late' ? counts.late : counts.reported - counts.late;
    values[t.key] = { numerator, denominator: counts.reported };
  }
  return values;
}
