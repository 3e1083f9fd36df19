/**
 * Ranks on the rounded total within each unit kind, with ties sharing a rank (1, 2, 2, 4).
 * Cards come back sorted by kind, then rank, then unit name for a stable order.
 *
 * One sort per kind: ordered by total descending (then name, id), a card's competition rank is
 * its place unless it ties the card before it. Totals are compared as numbers when every total is
 * a plain decimal of at most 15 significant digits (distinct such decimals stay distinct and in
 * order as doubles), else as Decimals.
 */
import type { Dec } from '../decimal';
import { toDecimal } from '../decimal';
import type { ScoreCard } from '../model';
import { UNIT_KINDS } from '../model';

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

// localeCompare(b, 'zh-CN') and localeCompare(b) are these collators' compare; built once
const byName = new Intl.Collator('zh-CN');
const byId = new Intl.Collator();

interface Entry {
  card: ScoreCard;
  kind: number;
  number: number;
  decimal: Dec | undefined;
  rank: number;
}

const byNumber = (a: Entry, b: Entry): number => b.number - a.number;
const byDecimal = (a: Entry, b: Entry): number => (b.decimal as Dec).comparedTo(a.decimal as Dec);
const byNameThenId = (a: Entry, b: Entry): number => byName.compare(a.card.unit.name, b.card.unit.name) || byId.compare(a.card.unit.id, b.card.unit.id);

export function rankCards(cards: ScoreCard[]): ScoreCard[] {
  return ordered(cards).map((e) => ({ ...e.card, rank: e.rank }));
}

/**
 * rankCards for cards the caller has just made and owns (scoreUnits): the rank is set on each
 * card instead of on a copy. The key lands last either way, so the cards read the same.
 */
export function rankOwnCards(cards: ScoreCard[]): ScoreCard[] {
  return ordered(cards).map((e) => {
    e.card.rank = e.rank;
    return e.card;
  });
}

function ordered(cards: ScoreCard[]): Entry[] {
  const useNumbers = cards.every((c) => PLAIN_DECIMAL.test(c.total) && significantDigits(c.total) <= 15);
  const compareTotals = useNumbers ? byNumber : byDecimal;
  const groups = new Map<string, Entry[]>();
  const entries: Entry[] = [];
  for (const card of cards) {
    const entry: Entry = {
      card,
      kind: UNIT_KINDS.indexOf(card.unit.kind),
      number: useNumbers ? Number(card.total) : 0,
      decimal: useNumbers ? undefined : toDecimal(card.total),
      rank: 0,
    };
    entries.push(entry);
    const group = groups.get(card.unit.kind);
    if (group === undefined) groups.set(card.unit.kind, [entry]);
    else group.push(entry);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => compareTotals(a, b) || byNameThenId(a, b));
    for (let i = 0; i < group.length; i++) {
      const entry = group[i]!;
      const previous = group[i - 1];
      entry.rank = previous !== undefined && compareTotals(previous, entry) === 0 ? previous.rank : i + 1;
    }
  }
  if (entries.every((e) => e.kind >= 0)) {
    // known kinds have distinct places in UNIT_KINDS: the groups in that order are the answer
    return [...groups.values()].sort((a, b) => a[0]!.kind - b[0]!.kind).flat();
  }
  // kinds outside UNIT_KINDS share a place and interleave by rank, as one sort over all cards does
  return entries.sort((a, b) => a.kind - b.kind || a.rank - b.rank || byNameThenId(a, b));
}

function significantDigits(total: string): number {
  return total.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').length;
}
