import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import Decimal from 'decimal.js';
import type { RankingRow } from '../scores/dto/score.types';
import type { KindResults } from './score-book';

export interface Overview {
  units: number;
  average: string;
  highest: { total: string; units: string[] } | null;
  lowest: { total: string; units: string[] } | null;
  grades: { RED: number; BLUE: number; YELLOW: number };
}

const two = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** Units assessed, average, highest and lowest (all tied units named), grade counts. */
export function overviewOf(rows: readonly RankingRow[]): Overview {
  const grades = { RED: 0, BLUE: 0, YELLOW: 0 };
  for (const r of rows) if (r.grade) grades[r.grade] += 1;
  if (rows.length === 0) return { units: 0, average: '0.00', highest: null, lowest: null, grades };
  const totals = rows.map((r) => new Decimal(r.total));
  const sum = totals.reduce((a, b) => a.plus(b), new Decimal(0));
  const max = Decimal.max(...totals);
  const min = Decimal.min(...totals);
  const named = (d: Decimal) => rows.filter((r) => new Decimal(r.total).eq(d)).map((r) => r.unitName);
  return {
    units: rows.length,
    average: two(sum.dividedBy(rows.length)),
    highest: { total: two(max), units: named(max) },
    lowest: { total: two(min), units: named(min) },
    grades,
  };
}

export interface CategoryAverage {
  name: string;
  maxPoints: string;
  average: string;
  /** average as a share of the maximum, 0–100 */
  rate: string;
}

/** Average points per category over the kind's units (categories in system order). */
export function categoryAverages(rows: readonly RankingRow[]): CategoryAverage[] {
  const first = rows[0];
  if (!first) return [];
  return first.categories.map((c, i) => {
    const sum = rows.reduce((acc, r) => acc.plus(r.categories[i]?.points ?? 0), new Decimal(0));
    const average = sum.dividedBy(rows.length);
    const max = new Decimal(c.maxPoints);
    return {
      name: c.name,
      maxPoints: c.maxPoints,
      average: two(average),
      rate: max.gt(0) ? two(average.dividedBy(max).times(100)) : '0.00',
    };
  });
}

/** The indicators where units lost most on average (indicator level, largest average loss first). */
export function topLosses(kind: KindResults, limit = 5) {
  return kind.losses
    .filter((l) => l.level === 'INDICATOR' && new Decimal(l.averageLoss).gt(0))
    .sort((a, b) => new Decimal(b.averageLoss).comparedTo(a.averageLoss) || a.code.localeCompare(b.code))
    .slice(0, limit);
}

function indicators(card: ScoreCard): NodeScore[] {
  return card.categories.flatMap((c) => c.children ?? []).filter((n) => n.status !== 'NOT_APPLICABLE');
}

export interface UnitPoints {
  unitName: string;
  /** e.g. 双公示信息报送（失4.00分） */
  weakPoints: string[];
  fullMarks: number;
}

/** Each unit's weak points (the indicators where it lost most) and how many indicators it scored in full. */
export function unitPoints(kind: KindResults, limit = 3): UnitPoints[] {
  return kind.ranking.map((row) => {
    const card = kind.cards.get(row.unitId);
    const nodes = card ? indicators(card) : [];
    const losses = nodes
      .map((n) => ({ name: n.name, loss: new Decimal(n.maxPoints).minus(n.points) }))
      .filter((x) => x.loss.gt(0))
      .sort((a, b) => b.loss.comparedTo(a.loss))
      .slice(0, limit);
    return {
      unitName: row.unitName,
      weakPoints: losses.map((x) => `${x.name}（失${two(x.loss)}分）`),
      fullMarks: nodes.filter((n) => new Decimal(n.points).gte(n.maxPoints) && new Decimal(n.maxPoints).gt(0)).length,
    };
  });
}
