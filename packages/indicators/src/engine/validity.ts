/**
 * 此项分值有效期至次年同月认定的前一季度止: a node with a `validity` window keeps the score it
 * earned in an earlier period while the window lasts.
 *
 *   carryValidity(system, { period: '2024-09', card }, [{ period: '2024-03', card: march }, …])
 *
 * When the current card has no data for such a node (status MISSING_INPUT, or the node is absent)
 * the latest earlier score (SCORED or EXEMPTED) earned at most `validity.months` months before
 * the current period is used and explained; then totals and grade are recomputed. Periods are
 * written YYYY-MM, YYYY-Qn (its last month) or YYYY (December). The returned card has no rank:
 * rank a set of carried cards with rankCards.
 */
import { IndicatorError } from '../errors';
import type { IndicatorNode, IndicatorSystem, NodeScore, ScoreCard } from '../model';
import { finishCard } from './finish-card';
import { buildFromLeaves, indexScores, isOwnResult, leafFromScore, manualOverrideOf } from './rebuild';
import type { LeafResult } from './work-tree';

export interface PeriodCard {
  period: string;
  card: ScoreCard;
}

export function periodMonthIndex(period: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month !== null) return Number(month[1]) * 12 + Number(month[2]) - 1;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter !== null) return Number(quarter[1]) * 12 + Number(quarter[2]) * 3 - 1;
  const year = /^(\d{4})$/.exec(period);
  if (year !== null) return Number(year[1]) * 12 + 11;
  throw new IndicatorError('INVALID_VALUE', `周期“${period}”格式不正确，应为 YYYY-MM、YYYY-Qn 或 YYYY`);
}

export function carryValidity(system: IndicatorSystem, current: PeriodCard, history: PeriodCard[]): ScoreCard {
  const now = periodMonthIndex(current.period);
  const scores = indexScores(current.card);
  const earlier = history
    .filter((h) => h.card.unit.id === current.card.unit.id && periodMonthIndex(h.period) < now)
    .sort((a, b) => periodMonthIndex(b.period) - periodMonthIndex(a.period))
    .map((h) => ({ ...h, scores: indexScores(h.card) }));

  const leafOf = (node: IndicatorNode): LeafResult | undefined => {
    const score = scores.get(node.code);
    if (node.validity !== undefined && (score === undefined || score.status === 'MISSING_INPUT')) {
      const carried = findValid(node, earlier, now);
      if (carried !== undefined) return carried;
    }
    if (score === undefined || !isOwnResult(node, score)) return undefined;
    return leafFromScore(node, score, current.card);
  };
  const card = finishCard(system, buildFromLeaves(system, current.card.unit, leafOf, manualOverrideOf(current.card)));
  return { ...card, provisional: card.provisional || current.card.provisional };
}

function findValid(
  node: IndicatorNode,
  earlier: Array<PeriodCard & { scores: Map<string, NodeScore> }>,
  now: number,
): LeafResult | undefined {
  const months = node.validity?.months ?? 0;
  for (const h of earlier) {
    const score = h.scores.get(node.code);
    if (score === undefined || (score.status !== 'SCORED' && score.status !== 'EXEMPTED')) continue;
    const age = now - periodMonthIndex(h.period);
    if (age > months) return undefined;
    const source = node.validity?.sourceText === undefined ? '' : `，${node.validity.sourceText}`;
    const leaf = leafFromScore(node, score, h.card);
    return {
      ...leaf,
      explanation: `本期无数据，沿用 ${h.period} 取得的得分（有效期 ${months} 个月${source}）：${score.explanation}`,
    };
  }
  return undefined;
}
