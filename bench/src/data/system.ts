/**
 * A synthetic 50-indicator system shaped like the seeds: five categories of ten indicators, two
 * points each, mixing bands on a rate (合规率), a linear formula on a rate (及时率) and a capped
 * deduction per occurrence (失信记录), and the tasks that carry their inputs (five per task).
 */
import type { IndicatorNode, IndicatorSystem, InputField, InputValues } from '@govtrust/indicators';

export const SYSTEM_KEY = 'bench-province';
export const CATEGORY_COUNT = 5;
export const INDICATORS_PER_CATEGORY = 10;
export const INDICATOR_COUNT = CATEGORY_COUNT * INDICATORS_PER_CATEGORY;
export const INPUTS_PER_TASK = 5;
export const TASK_COUNT = INDICATOR_COUNT / INPUTS_PER_TASK;

export type IndicatorShape = 'bands' | 'formula' | 'deduction';

export interface PlainIndicator {
  code: string;
  key: string;
  shape: IndicatorShape;
  category: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function indicators(): PlainIndicator[] {
  const list: PlainIndicator[] = [];
  for (let i = 0; i < INDICATOR_COUNT; i++) {
    const shape: IndicatorShape = (['bands', 'formula', 'deduction'] as const)[i % 3]!;
    list.push({ code: `BP-${pad(i + 1)}`, key: shape === 'deduction' ? `n_${pad(i + 1)}` : `r_${pad(i + 1)}`, shape, category: Math.floor(i / INDICATORS_PER_CATEGORY) });
  }
  return list;
}

/** 合规率 bands as the seeds write them: <95% 0分, [95,97) 0.5, [97,99) 1, [99,100) 1.5, 100% 2. */
export const BAND_EDGES: ReadonlyArray<{ min: number | null; max: number | null; points: number }> = [
  { min: null, max: 95, points: 0 },
  { min: 95, max: 97, points: 0.5 },
  { min: 97, max: 99, points: 1 },
  { min: 99, max: 100, points: 1.5 },
  { min: 100, max: null, points: 2 },
];

export const DEDUCTION_EACH = 0.5;
export const MAX_POINTS = 2;

function input(ind: PlainIndicator): InputField {
  if (ind.shape === 'deduction') return { key: ind.key, label: `失信记录数${ind.code}`, type: 'count', unit: '条' };
  return {
    key: ind.key,
    label: `${ind.shape === 'bands' ? '合规率' : '及时率'}${ind.code}`,
    type: 'rate',
    numeratorLabel: '入库数据量',
    denominatorLabel: '上报数据量',
    display: 'PERCENT',
  };
}

/**
 * `formulaFactor` is the "rule edit" of B4: the first formula indicator's coefficient (2 → 1.9 …),
 * which changes every unit's card.
 */
export function buildSystem(systemVersion: number, formulaFactor = 2): IndicatorSystem {
  const all = indicators();
  const categories: IndicatorNode[] = [];
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    const children = all
      .filter((ind) => ind.category === c)
      .map((ind, i): IndicatorNode => {
        const base = { code: ind.code, level: 'INDICATOR' as const, name: `指标${ind.code}`, maxPoints: MAX_POINTS, inputs: [input(ind)] };
        if (ind.shape === 'bands') {
          return {
            ...base,
            sourceText: '合规率<95%不得分，95%≤合规率<97%得0.5分，97%≤合规率<99%得1分，99%≤合规率<100%得1.5分，100%得2分',
            rule: {
              kind: 'bands',
              metric: { expr: ind.key, scale: 'PERCENT', label: '合规率' },
              bands: BAND_EDGES.map((b) => ({ min: b.min, minInclusive: true, max: b.max, maxInclusive: false, points: b.points })),
              zeroDenominator: { policy: 'FULL' },
            },
          };
        }
        if (ind.shape === 'formula') {
          const factor = c === 0 && i === 1 ? formulaFactor : 2;
          return { ...base, sourceText: `得分=及时率*${factor}`, rule: { kind: 'formula', expr: `${ind.key} * ${factor}`, zeroDenominator: { policy: 'FULL' } } };
        }
        return {
          ...base,
          sourceText: '每发生一起减0.5分，最高减2分',
          rule: { kind: 'deduction', occurrences: [{ field: ind.key, label: '失信记录', pointsEach: DEDUCTION_EACH, cap: MAX_POINTS }] },
        };
      });
    categories.push({ code: `BP-C${c + 1}`, level: 'CATEGORY', name: `一级指标${c + 1}`, maxPoints: MAX_POINTS * INDICATORS_PER_CATEGORY, children });
  }
  return {
    id: SYSTEM_KEY,
    version: systemVersion,
    name: '基准测试省级政务诚信指标体系',
    unitKinds: ['DEPARTMENT'],
    periodKind: 'MONTH',
    totalPoints: MAX_POINTS * INDICATOR_COUNT,
    source: { title: '基准测试合成指标体系' },
    grading: [
      { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
      { grade: 'BLUE', label: '蓝名单', min: 60, minInclusive: true, max: 85, maxInclusive: false },
      { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 60, maxInclusive: false },
    ],
    decimals: 2,
    totalFloor: 0,
    categories,
  };
}

export interface TaskShape {
  code: string;
  indicators: PlainIndicator[];
  inputs: InputField[];
}

export function tasks(): TaskShape[] {
  const all = indicators();
  return Array.from({ length: TASK_COUNT }, (_, t) => {
    const own = all.slice(t * INPUTS_PER_TASK, (t + 1) * INPUTS_PER_TASK);
    return { code: `BP-T${pad(t + 1)}`, indicators: own, inputs: own.map(input) };
  });
}

/** Deterministic pseudo-random in [0, 1) from a few integers (mulberry32 over a mixed seed). */
export function noise(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = Math.imul(h ^ p, 0x85ebca6b) ^ (h >>> 13);
  let t = (h += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** One task's values for one unit and period: rates mostly 90–100%, a few zero denominators, occurrences 0–5. */
export function taskValues(task: TaskShape, unitIndex: number, periodIndex: number): InputValues {
  const values: InputValues = {};
  for (const ind of task.indicators) {
    const r = noise(unitIndex, periodIndex, Number(ind.code.slice(3)));
    if (ind.shape === 'deduction') {
      values[ind.key] = r < 0.6 ? 0 : Math.floor(r * 6);
    } else {
      const denominator = r < 0.02 ? 0 : 50 + Math.floor(r * 950);
      const numerator = denominator === 0 ? 0 : Math.min(denominator, Math.round(denominator * (0.9 + 0.1 * noise(unitIndex, periodIndex, 7, Number(ind.code.slice(3))) + 0.02)));
      values[ind.key] = { numerator, denominator };
    }
  }
  return values;
}
