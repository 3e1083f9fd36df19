import {
  genheAssessment2023,
  getPresetSample,
  scoreUnits,
  type IndicatorSystem,
  type InputValues,
  type PeriodKind,
  type ScoredUnit,
} from '@govtrust/indicators';
import { periodsAround, periodsInside, scorePeriod, type ScoringPeriod } from './period-scoring';

function period(kind: PeriodKind, index: number, started = true): ScoringPeriod {
  return { id: `${kind}-${index}`, kind, year: 2023, index, label: `${kind}-${index}`, started };
}

const months = Array.from({ length: 12 }, (_, i) => period('MONTH', i + 1));
const quarters = Array.from({ length: 4 }, (_, i) => period('QUARTER', i + 1));
const yearPeriod = period('YEAR', 1);

describe('periodsInside / periodsAround', () => {
  it('finds the months and quarters of a year, oldest first, months before their quarter', () => {
    const inside = periodsInside(yearPeriod, [...quarters, ...months, yearPeriod]).map((p) => p.id);
    expect(inside.slice(0, 4)).toEqual(['MONTH-1', 'MONTH-2', 'MONTH-3', 'QUARTER-1']);
    expect(inside).toHaveLength(16);
    expect(periodsInside(quarters[1]!, [...months, ...quarters]).map((p) => p.id)).toEqual(['MONTH-4', 'MONTH-5', 'MONTH-6']);
    expect(periodsInside(months[0]!, [...months, ...quarters, yearPeriod])).toEqual([]);
  });

  it('finds the quarter and the year around a month', () => {
    expect(periodsAround(months[4]!, [...months, ...quarters, yearPeriod]).map((p) => p.id).sort()).toEqual(['QUARTER-2', 'YEAR-1']);
  });
});

/** A YEAR system with a monthly, a quarterly and a cumulative indicator. */
const mixed: IndicatorSystem = {
  id: 'mixed',
  version: 1,
  name: '混合期次',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'YEAR',
  totalPoints: 10,
  source: { title: '测试' },
  categories: [
    {
      code: 'K',
      level: 'CATEGORY',
      name: '全部',
      maxPoints: 10,
      children: [
        { code: 'M', level: 'INDICATOR', name: '月度', maxPoints: 4, periodKind: 'MONTH', aggregation: 'AVERAGE', inputs: [{ key: 'm', label: '月', type: 'count' }], rule: { kind: 'formula', expr: 'm' } },
        { code: 'Q', level: 'INDICATOR', name: '季度', maxPoints: 4, periodKind: 'QUARTER', aggregation: 'AVERAGE', inputs: [{ key: 'q', label: '季', type: 'count' }], rule: { kind: 'formula', expr: 'q' } },
        { code: 'C', level: 'INDICATOR', name: '累计', maxPoints: 2, periodKind: 'CUMULATIVE', aggregation: 'CUMULATIVE', inputs: [{ key: 'c', label: '累计', type: 'count' }], rule: { kind: 'formula', expr: 'c' } },
      ],
    },
  ],
};

describe('scorePeriod', () => {
  const a: ScoredUnit = { id: 'A', name: '甲', kind: 'DEPARTMENT' };
  const b: ScoredUnit = { id: 'B', name: '乙', kind: 'DEPARTMENT' };
  const periods = [period('MONTH', 1), period('MONTH', 2), period('MONTH', 3), period('MONTH', 4, false), period('QUARTER', 1), yearPeriod];
  const data: Record<string, InputValues> = {
    'MONTH-1:A': { m: 4, c: 1 },
    'MONTH-2:A': { m: 2, c: 2 },
    // month 4 was never opened: not part of the year
    'MONTH-4:A': { m: 4 },
    'QUARTER-1:A': { q: 3 },
    'YEAR-1:B': { c: 1 },
  };
  const input = (incomplete = false) => ({
    system: mixed,
    target: yearPeriod,
    periods,
    expectedUnits: [a, b],
    valuesOf: (p: string, u: string) => data[`${p}:${u}`],
    overrides: new Map(),
    incomplete,
  });
  const points = (cards: ReturnType<typeof scorePeriod>, unit: string, code: string) =>
    cards.find((c) => c.unit.id === unit)!.categories[0]!.children!.find((n) => n.code === code)!.points;

  it('averages monthly indicators over the started months, counting a month without data as 0', () => {
    const cards = scorePeriod(input());
    expect(points(cards, 'A', 'M')).toBe('2.00'); // (4 + 2 + 0) / 3
    expect(points(cards, 'B', 'M')).toBe('0.00');
  });

  it('takes quarterly indicators from the quarters and cumulative ones from the latest value', () => {
    const cards = scorePeriod(input());
    expect(points(cards, 'A', 'Q')).toBe('3.00');
    expect(points(cards, 'A', 'C')).toBe('2.00');
    expect(points(cards, 'B', 'C')).toBe('1.00');
    expect(cards.map((c) => [c.unit.id, c.total, c.rank])).toEqual([['A', '7.00', 1], ['B', '1.00', 2]]);
    expect(cards.every((c) => !c.provisional)).toBe(true);
  });

  it('takes a monthly indicator reported only per quarter from the quarter cards', () => {
    const quarterly: Record<string, InputValues> = { 'QUARTER-1:A': { m: 3, q: 1 }, 'MONTH-1:A': { c: 1 } };
    const cards = scorePeriod({ ...input(), valuesOf: (p: string, u: string) => quarterly[`${p}:${u}`] });
    expect(points(cards, 'A', 'M')).toBe('3.00');
    expect(cards.find((c) => c.unit.id === 'A')!.categories[0]!.children!.find((n) => n.code === 'M')!.explanation).toContain('按 1 期平均');
  });

  it('marks every card provisional while data is not all approved', () => {
    expect(scorePeriod(input(true)).every((c) => c.provisional)).toBe(true);
  });

  it('scores a month on its own values only', () => {
    const cards = scorePeriod({ ...input(), target: periods[0]! });
    expect(cards.map((c) => [c.unit.id, c.total])).toEqual([['A', '5.00']]);
  });

  it('rolls the Genhe assessment up: the same values every period give the single-period result', () => {
    const samples = getPresetSample('genhe-assessment-2023')!;
    // the API has no accepted exemptions yet: compare with the engine on values alone
    const single = scoreUnits(genheAssessment2023, samples.map((s) => ({ unit: s.unit, values: s.values })));
    const byUnit = new Map(samples.map((s) => [s.unit.id, s.values]));
    const cards = scorePeriod({
      system: genheAssessment2023,
      target: yearPeriod,
      periods: [...months, ...quarters, yearPeriod],
      expectedUnits: samples.map((s) => s.unit),
      // the penalty (GH-B-1.2, SUM_CAPPED over the months) is reported once, in January
      valuesOf: (p, u) => {
        const values = { ...byUnit.get(u) };
        if (p !== 'MONTH-1') delete values.dp_national_concealed;
        return values;
      },
      overrides: new Map(),
      incomplete: false,
    });
    expect(cards.map((c) => [c.unit.id, c.total])).toEqual(single.map((c) => [c.unit.id, c.total]));
    const monthly = cards[0]!.categories.flatMap((c) => c.children ?? []).find((n) => n.code === 'GH-C-2')!;
    expect(monthly.explanation).toContain('按 12 期平均');
    const quarterly = cards[0]!.categories.flatMap((c) => c.children ?? []).find((n) => n.code === 'GH-C-3')!;
    expect(quarterly.explanation).toContain('按 4 期平均');
    // a card is stored as a MariaDB TEXT column (64 KB)
    for (const card of cards) expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(60_000);
  });
});
