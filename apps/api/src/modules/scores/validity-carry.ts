/**
 * Validity windows (此项分值有效期至次年同月认定的前一季度止): a node with `validity` keeps the
 * score a unit earned in an earlier period of the same kind while the window lasts, when the
 * current period has no data for it. The earlier periods are scored afresh from their own
 * values, not read from stored cards, so a carried score is never carried again and its age is
 * always counted from the period it was earned in. Pure: compute() supplies the periods (those
 * of the previous cycle of the same system included) and their values.
 */
import {
  carryValidity,
  rankCards,
  type IndicatorNode,
  type IndicatorSystem,
  type NodeScore,
  type PeriodCard,
  type ScoreCard,
} from '@govtrust/indicators';
import { markIncomplete, monthSpan, scorePeriod, type PeriodScoringInput, type ScoringPeriod } from './period-scoring';

/** The engine's period names: 2024-03, 2024-Q1, 2024; null for CUMULATIVE (no month of its own). */
export function enginePeriod(p: Pick<ScoringPeriod, 'kind' | 'year' | 'index'>): string | null {
  if (p.kind === 'MONTH') return `${p.year}-${String(p.index).padStart(2, '0')}`;
  if (p.kind === 'QUARTER') return `${p.year}-Q${p.index}`;
  if (p.kind === 'YEAR') return String(p.year);
  return null;
}

function validityNodes(system: IndicatorSystem): IndicatorNode[] {
  const found: IndicatorNode[] = [];
  const visit = (node: IndicatorNode) => {
    if (node.validity !== undefined) found.push(node);
    (node.children ?? []).forEach(visit);
  };
  system.categories.forEach(visit);
  return found;
}

/** The longest validity window of the system in months; 0 when no node has one. */
export function longestValidity(system: IndicatorSystem): number {
  return Math.max(0, ...validityNodes(system).map((n) => n.validity?.months ?? 0));
}

/** The period's last month counted from year 0, as the engine counts (periodMonthIndex). */
function lastMonth(p: ScoringPeriod): number {
  return p.year * 12 + monthSpan(p)[1] - 1;
}

/** Started periods of the target's kind that ended before it, at most `months` months earlier. */
export function validityHistoryPeriods(target: ScoringPeriod, periods: readonly ScoringPeriod[], months: number): ScoringPeriod[] {
  if (enginePeriod(target) === null || months <= 0) return [];
  return periods.filter((p) => {
    if (p.kind !== target.kind || p.id === target.id || !p.started) return false;
    const age = lastMonth(target) - lastMonth(p);
    return age > 0 && age <= months;
  });
}

function findScore(nodes: readonly NodeScore[] | undefined, code: string): NodeScore | undefined {
  for (const n of nodes ?? []) {
    if (n.code === code) return n;
    const hit = findScore(n.children, code);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * scorePeriod, then for every card lacking data on a node with a validity window, the engine's
 * carryValidity over the earlier periods' cards; cards are re-ranked when any changed.
 */
export function scorePeriodWithValidity(input: PeriodScoringInput): ScoreCard[] {
  const nodes = validityNodes(input.system);
  const targetName = enginePeriod(input.target);
  const earlier = targetName === null ? [] : validityHistoryPeriods(input.target, input.periods, longestValidity(input.system));
  if (earlier.length === 0) return scorePeriod(input);

  const cards = scorePeriod({ ...input, incomplete: false });
  const lacking = (card: ScoreCard) =>
    nodes.some((n) => {
      const score = findScore(card.categories, n.code);
      return score === undefined || score.status === 'MISSING_INPUT';
    });
  if (!cards.some(lacking)) return markIncomplete(cards, input.incomplete);

  const history: PeriodCard[] = earlier.flatMap((p) =>
    scorePeriod({ ...input, target: p, overrides: new Map(), incomplete: false }).map((card) => ({ period: enginePeriod(p)!, card })),
  );
  const carried = cards.map((card) => (lacking(card) ? carryValidity(input.system, { period: targetName!, card }, history) : card));
  return markIncomplete(rankCards(carried), input.incomplete);
}
