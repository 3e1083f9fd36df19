import { IndicatorError } from '../errors';
import type { IndicatorNode, IndicatorSystem, NodeScore, ScoreCard } from '../model';
import { smallSystem, submission } from './__fixtures__/small-system';
import { scoreUnits } from './score-units';
import { carryValidity, periodMonthIndex } from './validity';

const system: IndicatorSystem = {
  ...smallSystem,
  categories: smallSystem.categories.map((c) => ({
    ...c,
    children: c.children?.map((n): IndicatorNode => (n.code === 'B2' ? { ...n, validity: { months: 9, sourceText: '此项分值有效期至次年同月认定的前一季度止' } } : n)),
  })),
};

function node(card: ScoreCard, code: string): NodeScore {
  return card.categories.flatMap((c) => c.children ?? []).find((n) => n.code === code) as NodeScore;
}

const earned = scoreUnits(system, [submission('1', { zd: ['a', 'b', 'c'] })])[0] as ScoreCard;
const later = scoreUnits(system, [submission('1', { zd: null })])[0] as ScoreCard;

describe('carryValidity', () => {
  it('uses the last still-valid score when the current period has no data', () => {
    expect(node(later, 'B2').status).toBe('MISSING_INPUT');
    const card = carryValidity(system, { period: '2024-12', card: later }, [{ period: '2024-03', card: earned }]);
    expect(node(card, 'B2').points).toBe('12.00');
    expect(node(card, 'B2').explanation).toContain('本期无数据，沿用 2024-03 取得的得分（有效期 9 个月，此项分值有效期至次年同月认定的前一季度止）');
    expect(card.total).toBe('92.00');
  });

  it('does not carry an expired score', () => {
    const card = carryValidity(system, { period: '2025-01', card: later }, [{ period: '2024-03', card: earned }]);
    expect(node(card, 'B2').status).toBe('MISSING_INPUT');
    expect(card.total).toBe(later.total);
  });

  it('keeps current data when there is some', () => {
    const current = scoreUnits(system, [submission('1', { zd: ['a'] })])[0] as ScoreCard;
    const card = carryValidity(system, { period: '2024-06', card: current }, [{ period: '2024-03', card: earned }]);
    expect(node(card, 'B2').points).toBe('4.00');
    expect(card.total).toBe(current.total);
  });

  it('reads month, quarter and year periods', () => {
    expect(periodMonthIndex('2024-Q1') - periodMonthIndex('2024-03')).toBe(0);
    expect(periodMonthIndex('2024') - periodMonthIndex('2024-12')).toBe(0);
    expect(() => periodMonthIndex('2024/3')).toThrow(IndicatorError);
  });
});
