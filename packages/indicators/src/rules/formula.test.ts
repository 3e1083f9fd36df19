import type { FormulaRule } from '../model';
import { context, countField, rate, rateField } from './__fixtures__/context';
import { scoreFormula } from './formula';

const fields = [
  rateField('bsl', '行政诉讼败诉率', '败诉', '诉讼'),
  rateField('sbl', '上报率', '已上报', '应上报'),
  rateField('hgl', '合规率'),
  rateField('jsl', '及时率', '及时', '应报'),
  countField('n', '数量'),
];

describe('formula rule', () => {
  const lost: FormulaRule = { kind: 'formula', expr: '（1-bsl）*5' };

  it('得分=（1-败诉率）*5', () => {
    const result = scoreFormula(lost, context(fields, { bsl: rate(1, 10) }, 5));
    expect(result.points.toString()).toBe('4.5');
    expect(result.explanation).toContain('行政诉讼败诉率=10.00%（败诉1/诉讼10）');
    expect(result.explanation).toContain('得 4.5 分（满分 5 分）');
    expect(scoreFormula(lost, context(fields, { bsl: rate(0, 10) }, 5)).points.toString()).toBe('5');
    expect(scoreFormula(lost, context(fields, { bsl: rate(10, 10) }, 5)).points.toString()).toBe('0');
  });

  it('得分=2*上报率+2*合规率+2*及时率, exact to the cent', () => {
    const rule: FormulaRule = { kind: 'formula', expr: '2*sbl+2*hgl+2*jsl' };
    const values = { sbl: rate(1, 1), hgl: rate(197, 200), jsl: rate(9, 10) };
    const result = scoreFormula(rule, context(fields, values, 6));
    expect(result.points.toString()).toBe('5.77');
    expect(result.explanation).toMatch(/^按公式 2×上报率\+2×合规率\+2×及时率 计算（上报率=100.00%（已上报1\/应上报1），/);
  });

  it('reads operators and keys the way a department writes them', () => {
    const rule: FormulaRule = { kind: 'formula', expr: 'min(n, 5) / 2 + (n >= 3 && n != 4) * 1' };
    expect(scoreFormula(rule, context(fields, { n: 3 }, 5)).explanation).toContain('按公式 min(数量, 5) ÷ 2 + (数量 ≥ 3 且 数量 ≠ 4) × 1 计算');
  });

  it('clamps to [0, max] and says so', () => {
    const over = scoreFormula({ kind: 'formula', expr: 'n * 2' }, context(fields, { n: 10 }, 5));
    expect(over.points.toString()).toBe('5');
    expect(over.explanation).toContain('结果为 20，超出 0～5 分范围，按 5 分计');
    const under = scoreFormula({ kind: 'formula', expr: '1 - n' }, context(fields, { n: 10 }, 5));
    expect(under.points.toString()).toBe('0');
  });

  it('applies the zero-denominator policy', () => {
    const zero = { bsl: rate(0, 0) };
    expect(scoreFormula(lost, context(fields, zero, 5)).points.toString()).toBe('0');
    expect(scoreFormula(lost, context(fields, zero, 5)).explanation).toContain('按默认');
    const full: FormulaRule = { ...lost, zeroDenominator: { policy: 'FULL' } };
    expect(scoreFormula(full, context(fields, zero, 5)).points.toString()).toBe('5');
    const literal: FormulaRule = { kind: 'formula', expr: '5 / n', zeroDenominator: { policy: 'POINTS', points: 1 } };
    expect(scoreFormula(literal, context(fields, { n: 0 }, 5)).points.toString()).toBe('1');
  });
});
