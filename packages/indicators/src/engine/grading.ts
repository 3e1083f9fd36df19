/** 红名单≥85, 蓝名单60–85, 黄名单<60: the band whose edges contain the rounded total. */
import type { Dec } from '../decimal';
import type { GradeBand, IndicatorSystem } from '../model';
import { bandContains } from '../rules';

export function gradeBandFor(system: IndicatorSystem, total: Dec): GradeBand | undefined {
  return system.grading?.find((band) => bandContains({ ...band, points: 0 }, total));
}

/** Worst first, so that when several overrides fire the most severe one wins. */
export const GRADE_SEVERITY = { YELLOW: 0, BLUE: 1, RED: 2 } as const;
