/**
 * 无复议或无纠错事项得满分，纠错率最高得0分，中间情况依排序计分 (second pass).
 *
 * Units without events (noEventsWhenZero = 0) get full marks outside the ranking. The others are
 * ranked best first with competition ranking (ties share a rank: 1, 2, 2, 4) and get
 *   points = max × (n_ranked − rank) / (n_ranked − 1)
 * so rank 1 gets max; every unit tied with the worst value gets 0 (纠错率最高得0分), and a single
 * ranked unit — being the worst — gets 0 as well.
 */
import type { Dec } from '../decimal';
import { ZERO } from '../decimal';
import type { RankRule } from '../model';
import { scoredText } from './explain';
import type { PeerMeasure } from './peer-measure';
import type { RuleResult } from './types';

export function scoreRank(rule: RankRule, max: Dec, measures: PeerMeasure[]): RuleResult[] {
  const values = measures.flatMap((m) => (m.kind === 'value' ? [m.value] : []));
  const better = (a: Dec, b: Dec): boolean => (rule.higherIsBetter ? a.greaterThan(b) : a.lessThan(b));
  const worst = values.reduce<Dec | undefined>((w, v) => (w === undefined || better(w, v) ? v : w), undefined);
  const n = values.length;
  return measures.map((m) => {
    if (m.kind === 'fixed') return m.result;
    const rank = 1 + values.filter((v) => better(v, m.value)).length;
    const isWorst = worst !== undefined && m.value.equals(worst);
    const points = isWorst ? ZERO : max.times(n - rank).dividedBy(n - 1);
    const how = isWorst ? '为最差' : `按 满分×(${n}−${rank})/(${n}−1) 计`;
    return {
      points,
      status: 'SCORED',
      explanation: `${m.text}，在 ${n} 个有相关事项的单位中排第 ${rank} 名，${how}，${scoredText(points, max)}`,
    };
  });
}
