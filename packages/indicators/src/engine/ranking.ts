/**
 * Ranks on the rounded total within each unit kind, with ties sharing a rank (1, 2, 2, 4).
 * Cards come back sorted by kind, then rank, then unit name for a stable order.
 */
import { toDecimal } from '../decimal';
import type { ScoreCard } from '../model';
import { UNIT_KINDS } from '../model';

export function rankCards(cards: ScoreCard[]): ScoreCard[] {
  const ranked = cards.map((card) => {
    const total = toDecimal(card.total);
    const better = cards.filter((o) => o.unit.kind === card.unit.kind && toDecimal(o.total).greaterThan(total)).length;
    return { ...card, rank: better + 1 };
  });
  return ranked.sort(
    (a, b) =>
      UNIT_KINDS.indexOf(a.unit.kind) - UNIT_KINDS.indexOf(b.unit.kind) ||
      a.rank - b.rank ||
      a.unit.name.localeCompare(b.unit.name, 'zh-CN') ||
      a.unit.id.localeCompare(b.unit.id),
  );
}
