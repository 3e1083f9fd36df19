/**
 * Public scoring entry points. scoreUnits runs the first pass per unit, the peer pass over units
 * of the same kind, then roll-up, grading and ranking. scoreUnit scores one unit alone: its
 * peer-rule nodes stay PENDING_PEERS and the card is provisional.
 */
import { IndicatorError } from '../errors';
import type { IndicatorSystem, ScoreCard, UnitSubmission } from '../model';
import { finishCard } from './finish-card';
import { firstPass } from './first-pass';
import { peerPass } from './peer-pass';
import { rankCards } from './ranking';

export interface ScoreUnitsOptions {
  /** every unit that should have submitted; missing ones make all cards provisional */
  expectedUnitIds?: string[];
}

export function scoreUnit(system: IndicatorSystem, submission: UnitSubmission): ScoreCard {
  return finishCard(system, firstPass(system, submission));
}

export function scoreUnits(system: IndicatorSystem, submissions: UnitSubmission[], options: ScoreUnitsOptions = {}): ScoreCard[] {
  const seen = new Set<string>();
  for (const s of submissions) {
    if (seen.has(s.unit.id)) {
      throw new IndicatorError('INVALID_SUBMISSION', `单位“${s.unit.name}”（${s.unit.id}）提交了多份数据`);
    }
    seen.add(s.unit.id);
  }
  const trees = submissions.map((s) => firstPass(system, s));
  peerPass(trees, system.decimals ?? 2);
  const absent = (options.expectedUnitIds ?? []).filter((id) => !seen.has(id));
  const cards = trees.map((tree) => {
    const card = finishCard(system, tree);
    if (absent.length === 0) return card;
    return {
      ...card,
      provisional: true,
      explanation: `${card.explanation}，尚有 ${absent.length} 个单位未报送数据，比较类指标和排名为暂定`,
    };
  });
  return rankCards(cards);
}
