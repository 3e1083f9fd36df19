import type { RecomputeStep } from '../scores/scores.service';

/**
 * The steps a recompute job shows, in order, with where each starts on the bar. Reading and
 * storing dominate a large period; scoring itself is pure and quick.
 */
export const RECOMPUTE_STEPS: ReadonlyArray<{ step: RecomputeStep; label: string; percent: number }> = [
  { step: 'READ', label: '读取数据', percent: 5 },
  { step: 'SCORE', label: '计分', percent: 30 },
  { step: 'STORE', label: '写入结果', percent: 60 },
  { step: 'WARN', label: '预警评估', percent: 85 },
];

export interface RecomputeStepRow {
  percent: number;
  label: string;
  counts?: { processed: number | null; total: number | null };
}

/**
 * Where the bar stands as `step` starts. `count` is the units to score (SCORE), then the cards
 * scored (STORE, WARN): the units are known once the data is read, and done once scored.
 */
export function recomputeStepRow(step: RecomputeStep, count?: number): RecomputeStepRow {
  const row = RECOMPUTE_STEPS.find((s) => s.step === step)!;
  if (count === undefined) return { percent: row.percent, label: row.label };
  return { percent: row.percent, label: row.label, counts: step === 'SCORE' ? { processed: 0, total: count } : { processed: count, total: count } };
}

/** The index of a stored stage label among the steps, or null (queued, done, failed). */
export function recomputeStepIndex(stage: string | null): number | null {
  const index = RECOMPUTE_STEPS.findIndex((s) => s.label === stage);
  return index < 0 ? null : index;
}
