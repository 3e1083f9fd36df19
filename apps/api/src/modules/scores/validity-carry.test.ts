import type { IndicatorSystem, InputValues, NodeScore, ScoreCard, ScoredUnit } from '@govtrust/indicators';
import type { ScoringPeriod } from './period-scoring';
import { enginePeriod, longestValidity, scorePeriodWithValidity, validityHistoryPeriods } from './validity-carry';

/** 认证 (6 points, valid 6 months after the quarter it was earned in) + 归集 (4 points, every quarter). */
const system: IndicatorSystem = {
  id: 'validity',
  version: 1,
  name: '有效期测试',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '测试' },
  categories: [
    {
      code: 'K',
      level: 'CATEGORY',
      name: '全部',
      maxPoints: 10,
      children: [
        { code: 'V', level: 'INDICATOR', name: '信用认证', maxPoints: 6, validity: { months: 6, sourceText: '认证有效期六个月' },
          inputs: [{ key: 'cert', label: '认证', type: 'count' }], rule: { kind: 'formula', expr: 'cert * 6' } },
        { code: 'R', level: 'INDICATOR', name: '数据归集', maxPoints: 4, inputs: [{ key: 'records', label: '归集', type: 'count' }], rule: { kind: 'formula', expr: 'records' } },
      ],
    },
  ],
};

const quarter = (year: number, index: number): ScoringPeriod => ({ id: `${year}Q${index}`, kind: 'QUARTER', year, index, label: `${year}Q${index}`, started: true });
const periods = [quarter(2023, 1), quarter(2023, 2), quarter(2023, 3), quarter(2023, 4), quarter(2024, 1)];
const a: ScoredUnit = { id: 'A', name: '甲', kind: 'DEPARTMENT' };
const b: ScoredUnit = { id: 'B', name: '乙', kind: 'DEPARTMENT' };

/** A earns 认证 in 2023 Q1 only; B earns it in 2023 Q2 and again in Q4. */
const data: Record<string, InputValues> = {
  '2023Q1:A': { cert: 1, records: 2 },
  '2023Q2:A': { records: 3 },
  '2023Q3:A': { records: 4 },
  '2023Q4:A': { records: 1 },
  '2024Q1:A': { records: 2 },
  '2023Q1:B': { cert: 0, records: 4 },
  '2023Q2:B': { cert: 1, records: 0 },
  '2023Q3:B': { records: 2 },
  '2023Q4:B': { cert: 1, records: 0 },
  '2024Q1:B': { records: 1 },
};

function score(target: ScoringPeriod, incomplete = false): ScoreCard[] {
  return scorePeriodWithValidity({
    system,
    target,
    periods,
    expectedUnits: [a, b],
    valuesOf: (pid, uid) => data[`${pid}:${uid}`],
    overrides: new Map(),
    incomplete,
  });
}

const node = (card: ScoreCard, code: string): NodeScore => card.categories[0]!.children!.find((n) => n.code === code)!;
const totals = (cards: ScoreCard[]) => cards.map((c) => [c.unit.name, c.total, c.rank]);

describe('validity windows in period scoring', () => {
  it('names periods as the engine does and finds the window', () => {
    expect(periods.map(enginePeriod)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(enginePeriod({ kind: 'MONTH', year: 2024, index: 3 })).toBe('2024-03');
    expect(longestValidity(system)).toBe(6);
    // 2024 Q1 ends in March: 2023 Q3 (September, 6 months) and Q4 are inside, Q2 (June, 9 months) is not
    expect(validityHistoryPeriods(periods[4]!, periods, 6).map((p) => p.id)).toEqual(['2023Q3', '2023Q4']);
  });

  it('carries 认证 while the window lasts, and re-ranks', () => {
    // Q2: 甲 6 (carried from Q1, 3 months) + 3 = 9; 乙 6 (own) + 0 = 6
    const q2 = score(periods[1]!);
    expect(totals(q2)).toEqual([['甲', '9.00', 1], ['乙', '6.00', 2]]);
    expect(node(q2[0]!, 'V').explanation).toMatch(/^本期无数据，沿用 2023-Q1 取得的得分（有效期 6 个月，认证有效期六个月）/);
    // Q3: 甲 6 (Q1, 6 months: the last month of the window) + 4 = 10; 乙 6 (Q2) + 2 = 8
    expect(totals(score(periods[2]!))).toEqual([['甲', '10.00', 1], ['乙', '8.00', 2]]);
    // Q4: 甲's Q1 result is 9 months old: 0 + 1 = 1; 乙 earned it again: 6 + 0 = 6
    const q4 = score(periods[3]!);
    expect(totals(q4)).toEqual([['乙', '6.00', 1], ['甲', '1.00', 2]]);
    expect(node(q4.find((c) => c.unit.id === 'A')!, 'V').status).toBe('MISSING_INPUT');
  });

  it('reaches into the previous year but never carries a carried score again', () => {
    // 2024 Q1: 乙 6 (2023 Q4, 3 months) + 1 = 7; 甲 only had 认证 carried in Q3, earned in Q1 (12 months): 0 + 2 = 2
    const cards = score(periods[4]!);
    expect(totals(cards)).toEqual([['乙', '7.00', 1], ['甲', '2.00', 2]]);
    expect(node(cards[0]!, 'V').explanation).toContain('沿用 2023-Q4 取得的得分');
  });

  it('keeps the provisional mark after carrying', () => {
    const [first] = score(periods[1]!, true);
    expect(first!.provisional).toBe(true);
    expect(first!.explanation).toContain('尚有单位数据未审核通过');
  });
});
