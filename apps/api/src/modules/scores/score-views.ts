/** Pure conversions from stored cards to the report types (no database). */
import { roundPoints, toDecimal, type NodeScore, type ScoreCard } from '@govtrust/indicators';
import type {
  GradeOverrideView,
  IndicatorLoss,
  LossBucket,
  ScoreGrade,
} from './dto/score.types';

/** The engine's prefix on a manual (credit office) override reason. */
const MANUAL_PREFIX = '信用办人工调整：';

/** What reports need of a stored card, current or published. */
export interface CardRow {
  unitId: string;
  unitKind: string;
  total: string;
  maxTotal: string;
  grade: string | null;
  rank: number | null;
  provisional: boolean;
  card: ScoreCard;
}

export function overrideView(card: ScoreCard): GradeOverrideView | null {
  return overrideViewOf(card.gradeOverride);
}

/** The same from the override alone (a stored ranking summary carries it without the card). */
export function overrideViewOf(o: { grade: string; reason: string } | null | undefined): GradeOverrideView | null {
  if (!o) return null;
  const manual = o.reason.startsWith(MANUAL_PREFIX);
  return { grade: o.grade as ScoreGrade, reason: manual ? o.reason.slice(MANUAL_PREFIX.length) : o.reason, manual };
}

/** Sorted by rank, then unit name (the engine ranks within each unit kind). */
export function byRank(a: CardRow, b: CardRow): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.card.unit.name.localeCompare(b.card.unit.name, 'zh');
}

export function pointsDelta(now: string, before: string): string {
  const delta = toDecimal(now).minus(toDecimal(before));
  const text = roundPoints(delta);
  return delta.greaterThan(0) ? `+${text}` : text;
}

export function flattenNodes(card: ScoreCard): Array<{ score: NodeScore; parentCode: string | null; depth: number }> {
  const out: Array<{ score: NodeScore; parentCode: string | null; depth: number }> = [];
  const visit = (score: NodeScore, parentCode: string | null, depth: number) => {
    out.push({ score, parentCode, depth });
    for (const child of score.children ?? []) visit(child, score.code, depth + 1);
  };
  for (const c of card.categories) visit(c, null, 0);
  return out;
}

const BUCKET_LABELS: Record<string, string> = {
  ZERO: '0分或被扣分',
  BELOW_HALF: '不足分值一半',
  HALF_OR_MORE: '分值一半及以上（未满分）',
  FULL: '满分（倒扣项为未扣分）',
};

function bucketOf(points: string, max: string): string {
  const p = toDecimal(points);
  const m = toDecimal(max);
  if (p.greaterThanOrEqualTo(m)) return 'FULL';
  if (p.lessThanOrEqualTo(0)) return 'ZERO';
  return p.times(2).lessThan(m) ? 'BELOW_HALF' : 'HALF_OR_MORE';
}

/**
 * Per indicator and item (every node below the categories), over the cards given: average
 * points and loss, distribution buckets, units at zero. NOT_APPLICABLE results are left out.
 */
export function indicatorLosses(cards: readonly CardRow[]): IndicatorLoss[] {
  const order: string[] = [];
  const stats = new Map<string, { score: NodeScore; points: string[] }>();
  for (const row of cards) {
    for (const { score, depth } of flattenNodes(row.card)) {
      if (depth === 0) continue;
      let entry = stats.get(score.code);
      if (!entry) {
        entry = { score, points: [] };
        stats.set(score.code, entry);
        order.push(score.code);
      }
      if (score.status !== 'NOT_APPLICABLE') entry.points.push(score.points);
    }
  }
  return order.map((code) => {
    const { score, points } = stats.get(code)!;
    const sum = points.reduce((acc, p) => acc.plus(toDecimal(p)), toDecimal(0));
    const average = points.length === 0 ? toDecimal(0) : sum.dividedBy(points.length);
    const counts = new Map<string, number>(Object.keys(BUCKET_LABELS).map((k) => [k, 0]));
    for (const p of points) counts.set(bucketOf(p, score.maxPoints), (counts.get(bucketOf(p, score.maxPoints)) ?? 0) + 1);
    const buckets: LossBucket[] = [...counts].map(([bucket, count]) => ({ bucket, label: BUCKET_LABELS[bucket]!, count }));
    return {
      code,
      name: score.name,
      level: score.level,
      maxPoints: score.maxPoints,
      unitCount: points.length,
      averagePoints: roundPoints(average),
      averageLoss: roundPoints(toDecimal(score.maxPoints).minus(toDecimal(roundPoints(average)))),
      unitsAtZero: counts.get('ZERO') ?? 0,
      buckets,
    };
  });
}
