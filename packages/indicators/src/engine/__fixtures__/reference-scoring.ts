/**
 * The straightforward decimal.js pipeline the fast path must equal: firstPass and finishCard on
 * every unit (Decimal per operation), and ranking by counting better totals, as scoreUnits did
 * before the fixed-point path and the single sort.
 */
import { toDecimal } from '../../decimal';
import type { IndicatorSystem, ScoreCard, UnitSubmission } from '../../model';
import { UNIT_KINDS } from '../../model';
import { finishCard } from '../finish-card';
import { firstPass } from '../first-pass';
import { peerPass } from '../peer-pass';

export function referenceRank(cards: ScoreCard[]): ScoreCard[] {
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

export function referenceScoreUnits(system: IndicatorSystem, submissions: UnitSubmission[], expectedUnitIds: string[] = []): ScoreCard[] {
  const trees = submissions.map((s) => firstPass(system, s));
  peerPass(trees, system.decimals ?? 2);
  const seen = new Set(submissions.map((s) => s.unit.id));
  const absent = expectedUnitIds.filter((id) => !seen.has(id));
  const cards = trees.map((tree) => {
    const card = finishCard(system, tree);
    if (absent.length === 0) return card;
    return { ...card, provisional: true, explanation: `${card.explanation}，尚有 ${absent.length} 个单位未报送数据，比较类指标和排名为暂定` };
  });
  return referenceRank(cards);
}
