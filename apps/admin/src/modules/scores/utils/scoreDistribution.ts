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

/** Units per grade as the API counts them, 未评级 last (only when there are any). */
export function gradeCountsOf(grades: ReadonlyArray<{ grade: ScoreGrade; count: number }>, ungraded: number): GradeCount[] {
  const counts = GRADE_ORDER.map((grade) => ({ grade, label: GRADE_LABELS[grade], count: grades.find((g) => g.grade === grade)?.count ?? 0 }));
  return ungraded > 0 ? [...counts, { grade: null, label: '未评级', count: ungraded }] : counts;
}

/** The API's score bands (shares of the stated total) as chart bins: "60–70%", the last "90–100%". */
export function scoreBins(bands: ReadonlyArray<{ fromPercent: number; toPercent?: number | null; count: number }>): ScoreBin[] {
  return bands.map((b) => ({ label: `${b.fromPercent}–${b.toPercent ?? 100}%`, count: b.count }));
}

/** Mean of decimal-string totals rounded to 2 places for a trend line; null when there are none. */
export function averageTotal(totals: readonly string[]): number | null {
  const values = totals.map(points).filter((v) => !Number.isNaN(v));
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
}
