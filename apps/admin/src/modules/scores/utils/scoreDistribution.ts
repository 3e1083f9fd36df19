import type { ScoreGrade } from '../../../generated/graphql';
import { points } from './rankingRows';

export const GRADE_ORDER: ScoreGrade[] = ['RED', 'BLUE', 'YELLOW'];
export const GRADE_LABELS: Record<ScoreGrade, string> = { RED: '红名单', BLUE: '蓝名单', YELLOW: '黄名单' };
/** the GradeTag colours, as chart colours */
export const GRADE_COLORS: Record<ScoreGrade, string> = { RED: '#cf1322', BLUE: '#1677ff', YELLOW: '#d4b106' };

export interface GradeCount {
  grade: ScoreGrade | null;
  label: string;
  count: number;
}

/** Units per grade, 未评级 last (only when there are any). */
export function gradeCounts(rows: ReadonlyArray<{ grade?: ScoreGrade | null }>): GradeCount[] {
  const counts = GRADE_ORDER.map((grade) => ({ grade, label: GRADE_LABELS[grade], count: rows.filter((r) => r.grade === grade).length }));
  const ungraded = rows.filter((r) => !r.grade).length;
  return ungraded > 0 ? [...counts, { grade: null, label: '未评级', count: ungraded }] : counts;
}

export interface ScoreBin {
  label: string;
  count: number;
}

const BIN_EDGES = [0, 60, 70, 80, 85, 90];

/**
 * Totals as a share of the stated total (满分) in bands that line up with the grade lines, so
 * systems out of 100 and out of 120 read the same. The last band includes full marks.
 */
export function scoreHistogram(rows: ReadonlyArray<{ total: string; maxTotal: string }>): ScoreBin[] {
  const bins = BIN_EDGES.map((low, i) => {
    const high = BIN_EDGES[i + 1];
    return { low, high, label: high === undefined ? `${low}–100` : `${low}–${high}`, count: 0 };
  });
  for (const row of rows) {
    const max = points(row.maxTotal);
    const share = max > 0 ? (points(row.total) / max) * 100 : Number.NaN;
    if (Number.isNaN(share)) continue;
    const bin = [...bins].reverse().find((b) => share >= b.low) ?? bins[0];
    if (bin) bin.count += 1;
  }
  return bins.map(({ label, count }) => ({ label: `${label}%`, count }));
}

/** Mean of decimal-string totals rounded to 2 places for a trend line; null when there are none. */
export function averageTotal(totals: readonly string[]): number | null {
  const values = totals.map(points).filter((v) => !Number.isNaN(v));
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
}
