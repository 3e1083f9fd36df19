import type { ScoreCard } from '@govtrust/indicators';

/**
 * What a ranking row shows of a card, stored beside it at recompute/publish time so that a
 * ranking page reads a few hundred bytes per unit instead of parsing every full card.
 */
export interface RankingSummary {
  categories: Array<{ code: string; name: string; points: string; maxPoints: string }>;
  gradeOverride: { grade: string; reason: string } | null;
}

export function rankingSummaryOf(card: ScoreCard): RankingSummary {
  return {
    categories: card.categories.map((c) => ({ code: c.code, name: c.name, points: c.points, maxPoints: c.maxPoints })),
    gradeOverride: card.gradeOverride ? { grade: card.gradeOverride.grade, reason: card.gradeOverride.reason } : null,
  };
}

/** The columns both card tables carry for sorting and paging in SQL. */
export function rankingColumnsOf(card: ScoreCard): { unitName: string; totalValue: string; summary: RankingSummary } {
  return { unitName: card.unit.name, totalValue: card.total, summary: rankingSummaryOf(card) };
}
