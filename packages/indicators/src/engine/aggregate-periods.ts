/**
 * Rolls several periods' scorecards up into one (monthly → quarterly → annual).
 *
 *   aggregatePeriods(system, [{ period: '2024-01', cards }, { period: '2024-02', cards }, …])
 *
 * Periods are given oldest first. For every node scored on its own (a node with a rule, or a
 * node exempted / dropped as a whole in every period) the periods' points are combined by the
 * node's `aggregation` (default AVERAGE):
 * - AVERAGE: mean over the periods in which the node applied (MISSING_INPUT counts as 0);
 * - SUM_CAPPED: sum, capped at the node's max (penalties are summed without a cap);
 * - LATEST and CUMULATIVE: the latest period in which the node applied (a cumulative indicator's
 *   latest value already covers the whole span).
 * A period in which the unit has no card, or the node does not appear, is left out. Parents,
 * totals, grades and ranks are then recomputed exactly as for a single period; a manual grade
 * override is carried only from the latest period. Cards are provisional if any input card was.
 */
import type { Dec } from '../decimal';
import { ZERO, formatPoints, minDec, roundDecimal, sumDec, toDecimal } from '../decimal';
import type { IndicatorNode, IndicatorSystem, NodeScore, NodeStatus, ScoreCard } from '../model';
import { finishCard } from './finish-card';
import { rankCards } from './ranking';
import { buildFromLeaves, indexScores, isOwnResult, leafFromScore, manualOverrideOf } from './rebuild';
import type { LeafResult } from './work-tree';

export interface PeriodCards {
  /** label used in explanations, e.g. 2024-01 or 2024年第1季度 */
  period: string;
  cards: ScoreCard[];
}

interface Entry {
  period: string;
  score: NodeScore;
  card: ScoreCard;
}

export function aggregatePeriods(system: IndicatorSystem, periods: PeriodCards[]): ScoreCard[] {
  const units = new Map<string, Array<{ period: string; card: ScoreCard }>>();
  for (const { period, cards } of periods) {
    for (const card of cards) units.set(card.unit.id, [...(units.get(card.unit.id) ?? []), { period, card }]);
  }
  const decimals = system.decimals ?? 2;
  const cards = [...units.values()].map((history) => {
    const indexed = history.map((h) => ({ ...h, scores: indexScores(h.card) }));
    const latest = history[history.length - 1] as { period: string; card: ScoreCard };
    const tree = buildFromLeaves(
      system,
      latest.card.unit,
      (node) => {
        const entries: Entry[] = indexed.flatMap((h) => {
          const score = h.scores.get(node.code);
          return score === undefined ? [] : [{ period: h.period, score, card: h.card }];
        });
        if (entries.length === 0 || !entries.every((e) => isOwnResult(node, e.score))) return undefined;
        return combine(node, entries, decimals);
      },
      manualOverrideOf(latest.card),
    );
    const card = finishCard(system, tree);
    const provisional = card.provisional || history.some((h) => h.card.provisional);
    const span = `汇总 ${history.map((h) => h.period).join('、')} 共 ${history.length} 期`;
    return { ...card, provisional, explanation: `${span}：${card.explanation}` };
  });
  return rankCards(cards);
}

function combine(node: IndicatorNode, all: Entry[], decimals: number): LeafResult {
  const entries = all.filter((e) => e.score.status !== 'NOT_APPLICABLE');
  const last = all[all.length - 1] as Entry;
  if (entries.length === 0) return leafFromScore(node, last.score, last.card);
  const aggregation = node.aggregation ?? 'AVERAGE';
  const points = entries.map((e) => roundDecimal(toPoints(e.score), decimals));
  const list = entries.map((e, i) => `${e.period} ${formatPoints(points[i] as Dec)} 分`).join('、');
  const overrides = entries.map((e) => leafFromScore(node, e.score, e.card).gradeOverride).filter((g) => g !== undefined);
  const base: Pick<LeafResult, 'gradeOverride'> = overrides.length > 0 ? { gradeOverride: overrides[overrides.length - 1] } : {};
  if (aggregation === 'LATEST' || aggregation === 'CUMULATIVE') {
    const chosen = entries[entries.length - 1] as Entry;
    const what = aggregation === 'CUMULATIVE' ? '累计指标取最近一期' : '取最近一期';
    return { ...base, points: toPoints(chosen.score), status: chosen.score.status, explanation: `${what}（${chosen.period}）：${chosen.score.explanation}` };
  }
  const sum = sumDec(points);
  const status = commonStatus(entries.map((e) => e.score.status));
  if (aggregation === 'SUM_CAPPED') {
    const isPenalty = node.rule?.kind === 'penalty';
    const max = toDecimal(node.maxPoints);
    const total = isPenalty ? sum : minDec(sum, max);
    const capped = total.lessThan(sum) ? `，超过本项分值，按 ${formatPoints(total)} 分计` : '';
    return { ...base, points: total, status, explanation: `各期得分累加（${list}），合计 ${formatPoints(sum)} 分${capped}` };
  }
  const mean = roundDecimal(sum.dividedBy(entries.length), decimals);
  return { ...base, points: mean, status, explanation: `按 ${entries.length} 期平均（${list}），得 ${formatPoints(mean)} 分` };
}

function toPoints(score: Pick<NodeScore, 'points'>): Dec {
  return ZERO.plus(score.points);
}

function commonStatus(statuses: NodeStatus[]): NodeStatus {
  const first = statuses[0] as NodeStatus;
  return statuses.every((s) => s === first) ? first : 'SCORED';
}
