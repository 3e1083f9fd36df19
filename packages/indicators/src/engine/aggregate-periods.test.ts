import type { IndicatorNode, IndicatorSystem, NodeScore, ScoreCard } from '../model';
import { aggregatePeriods } from './aggregate-periods';
import { smallSystem, submission } from './__fixtures__/small-system';
import { scoreUnits } from './score-units';

function withNode(system: IndicatorSystem, code: string, patch: Partial<IndicatorNode>): IndicatorSystem {
  const map = (n: IndicatorNode): IndicatorNode => ({ ...(n.code === code ? { ...n, ...patch } : n), ...(n.children ? { children: n.children.map(map) } : {}) });
  return { ...smallSystem, ...system, categories: system.categories.map(map) };
}

function node(card: ScoreCard | undefined, code: string): NodeScore {
  const stack = [...(card?.categories ?? [])];
  while (stack.length > 0) {
    const current = stack.pop() as NodeScore;
    if (current.code === code) return current;
    stack.push(...(current.children ?? []));
  }
  throw new Error(`no node ${code}`);
}

let system = withNode(smallSystem, 'A3', { aggregation: 'LATEST' });
system = withNode(system, 'B2', { aggregation: 'SUM_CAPPED' });
system = withNode(system, 'B3', { aggregation: 'SUM_CAPPED' });

const jan = scoreUnits(system, [
  submission('1', { hgl: { numerator: 95, denominator: 100 }, zd: ['a'], sgs: { numerator: 5, denominator: 10 } }),
  submission('2', { mb: 1 }),
]);
const feb = scoreUnits(system, [
  submission('1', { hgl: { numerator: 98, denominator: 100 }, zd: ['b', 'c'], sgs: { numerator: 8, denominator: 10 } }),
  submission('2', { mb: 1, hgl: { numerator: 0, denominator: 0 } }),
]);
const mar = scoreUnits(system, [submission('1', { hgl: { numerator: 1, denominator: 100 }, zd: ['d'], sgs: { numerator: 9, denominator: 10 } })]);

describe('aggregatePeriods', () => {
  const cards = aggregatePeriods(system, [
    { period: '2024-01', cards: jan },
    { period: '2024-02', cards: feb },
    { period: '2024-03', cards: mar },
  ]);
  const one = cards.find((c) => c.unit.id === '1');
  const two = cards.find((c) => c.unit.id === '2');

  it('averages by default', () => {
    // A1: 10, 20, 0 → 10
    expect(node(one, 'A1').points).toBe('10.00');
    expect(node(one, 'A1').explanation).toBe('按 3 期平均（2024-01 10 分、2024-02 20 分、2024-03 0 分），得 10 分');
  });

  it('takes the latest for LATEST', () => {
    expect(node(one, 'A3').points).toBe('9.00');
    expect(node(one, 'A3').explanation).toContain('取最近一期（2024-03）');
  });

  it('sums and caps for SUM_CAPPED, penalties without a cap', () => {
    // B2: 4 + 8 + 4 = 16 of 20
    expect(node(one, 'B2').points).toBe('16.00');
    expect(node(two, 'B3').points).toBe('-12.00');
  });

  it('leaves out periods where the node did not apply or the unit had no card', () => {
    // unit 2: A1 30 in Jan, NOT_APPLICABLE in Feb, no card in Mar → 30
    expect(node(two, 'A1').points).toBe('30.00');
    expect(two?.explanation).toContain('汇总 2024-01、2024-02 共 2 期');
  });

  it('recomputes totals and ranks', () => {
    // unit 1: A 10 + 20 + 9, B 20 + 16 → 75
    expect(one?.total).toBe('75.00');
    // unit 2: A 30 + 20 + 10, B 20 + 20 − 12 → 88
    expect(two?.total).toBe('88.00');
    expect(cards.map((c) => [c.unit.id, c.rank, c.grade])).toEqual([
      ['2', 1, 'RED'],
      ['1', 2, 'BLUE'],
    ]);
  });

  it('carries the latest manual override and rule overrides', () => {
    const a = scoreUnits(system, [submission('1', { yz: 1 })]);
    const b = scoreUnits(system, [submission('1', {}, { gradeOverride: { grade: 'RED', reason: '复核' } })]);
    const [ruleFired] = aggregatePeriods(system, [{ period: 'Q1', cards: a }, { period: 'Q2', cards: scoreUnits(system, [submission('1')]) }]);
    expect(ruleFired?.grade).toBe('YELLOW');
    const [manual] = aggregatePeriods(system, [{ period: 'Q1', cards: a }, { period: 'Q2', cards: b }]);
    expect(manual?.grade).toBe('RED');
    expect(manual?.gradeOverride?.reason).toBe('信用办人工调整：复核');
  });
});
