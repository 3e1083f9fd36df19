/**
 * Public scoring entry points. scoreUnits runs the first pass per unit, the peer pass over units
 * of the same kind, then roll-up, grading and ranking. scoreUnit scores one unit alone: its
 * peer-rule nodes stay PENDING_PEERS and the card is provisional.
 *
 * scoreUnits compiles the system once (fast-plan) and scores each unit it can on fixed-point
 * integers (fast-card, same cards to the character); the other units, and systems with peer
 * rules, go through the decimal.js first pass and finishCard as before, in the same unit order,
 * so errors are raised for the same unit and node.
 */
import { IndicatorError } from '../errors';
import type { IndicatorSystem, ScoreCard, UnitSubmission } from '../model';
import { scoreFast } from './fast-card';
import { compilePlan } from './fast-plan';
import { finishCard } from './finish-card';
import { firstPass } from './first-pass';
import { peerPass } from './peer-pass';
import { rankOwnCards } from './ranking';
import type { WorkTree } from './work-tree';

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
  // the system compiled once for this run; units it cannot take go through decimal.js below
  const plan = compilePlan(system);
  const fast: Array<ScoreCard | undefined> = [];
  const trees: Array<WorkTree | undefined> = [];
  for (const s of submissions) {
    const card = plan === undefined ? undefined : scoreFast(plan, s);
    fast.push(card);
    trees.push(card === undefined ? firstPass(system, s) : undefined);
  }
  peerPass(trees.filter((t): t is WorkTree => t !== undefined), system.decimals ?? 2);
  const absent = (options.expectedUnitIds ?? []).filter((id) => !seen.has(id));
  const cards = trees.map((tree, i) => {
    const card = fast[i] ?? finishCard(system, tree as WorkTree);
    if (absent.length === 0) return card;
    return {
      ...card,
      provisional: true,
      explanation: `${card.explanation}，尚有 ${absent.length} 个单位未报送数据，比较类指标和排名为暂定`,
    };
  });
  return rankOwnCards(cards);
}
