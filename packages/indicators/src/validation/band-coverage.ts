/**
 * Overlaps and gaps between bands (score bands and grading bands alike). Edges are compared
 * exactly, with inclusivity: [95,96) and [96,97) touch without overlapping; [95,96) and (96,97)
 * leave the single value 96 uncovered.
 */
import type { Dec } from '../decimal';
import { toDecimal } from '../decimal';
import type { DecimalLike } from '../model';

export interface Edges {
  min: DecimalLike | null;
  minInclusive: boolean;
  max: DecimalLike | null;
  maxInclusive: boolean;
}

interface Bound {
  value: Dec | null; // null = unbounded
  inclusive: boolean;
}

const lower = (e: Edges): Bound => ({
  value: e.min === null ? null : toDecimal(e.min),
  inclusive: e.minInclusive,
});
const upper = (e: Edges): Bound => ({
  value: e.max === null ? null : toDecimal(e.max),
  inclusive: e.maxInclusive,
});

/** Is there any value v with lo ≤/< v ≤/< hi? */
function nonEmpty(lo: Bound, hi: Bound): boolean {
  if (lo.value === null || hi.value === null) return true;
  if (lo.value.lessThan(hi.value)) return true;
  return lo.value.equals(hi.value) && lo.inclusive && hi.inclusive;
}

export function isEmptyBand(e: Edges): boolean {
  return !nonEmpty(lower(e), upper(e));
}

function tighterLower(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  if (a.value.equals(b.value)) return a.inclusive ? b : a;
  return a.value.greaterThan(b.value) ? a : b;
}

function tighterUpper(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  if (a.value.equals(b.value)) return a.inclusive ? b : a;
  return a.value.lessThan(b.value) ? a : b;
}

export function overlaps(a: Edges, b: Edges): boolean {
  return nonEmpty(tighterLower(lower(a), lower(b)), tighterUpper(upper(a), upper(b)));
}

/** Index pairs of overlapping bands. */
export function findOverlaps(bands: Edges[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  bands.forEach((a, i) => {
    bands.slice(i + 1).forEach((b, j) => {
      if (!isEmptyBand(a) && !isEmptyBand(b) && overlaps(a, b)) pairs.push([i, i + 1 + j]);
    });
  });
  return pairs;
}

/** Uncovered stretches between the lowest and highest edge, as human-readable text. */
export function findGaps(bands: Edges[], format: (v: Dec) => string): string[] {
  const sorted = bands
    .filter((b) => !isEmptyBand(b))
    .map((b) => ({ lo: lower(b), hi: upper(b) }))
    .sort((a, b) => compareLower(a.lo, b.lo));
  const gaps: string[] = [];
  let reach: Bound | undefined;
  for (const band of sorted) {
    if (reach !== undefined && reach.value !== null && band.lo.value !== null) {
      const gapLo: Bound = { value: reach.value, inclusive: !reach.inclusive };
      const gapHi: Bound = { value: band.lo.value, inclusive: !band.lo.inclusive };
      if (nonEmpty(gapLo, gapHi)) {
        gaps.push(
          `${format(gapLo.value as Dec)}${gapLo.inclusive ? '≤' : '<'}x${gapHi.inclusive ? '≤' : '<'}${format(gapHi.value as Dec)}`,
        );
      }
    }
    reach = reach === undefined ? band.hi : looserUpper(reach, band.hi);
  }
  return gaps;
}

function looserUpper(a: Bound, b: Bound): Bound {
  return tighterUpper(a, b) === a ? b : a;
}

function compareLower(a: Bound, b: Bound): number {
  if (a.value === null) return b.value === null ? 0 : -1;
  if (b.value === null) return 1;
  const c = a.value.comparedTo(b.value);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}
