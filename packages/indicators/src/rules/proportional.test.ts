import type { ProportionalRule } from '../model';
import { context, rate, rateField } from './__fixtures__/context';
import { scoreProportional } from './proportional';

const fields = [rateField('jjl', '解决率', '已解决', '受理')];
const score = (rule: ProportionalRule, numerator: number, denominator: number, max: number) =>
  scoreProportional(rule, context(fields, { jjl: rate(numerator, denominator) }, max));

describe('proportional rule', () => {
  // 90%以下不得分，100%得5分，90%-100%之间按比例得分
  const ninety: ProportionalRule = {
    kind: 'proportional',
    metric: { expr: 'jjl', label: '解决率' },
    from: { value: 90, points: 0 },
    to: { value: 100, points: 5 },
  };

  it.each([
    [80, 100, '0'],
    [90, 100, '0'],
    [901, 1000, '0.05'],
    [95, 100, '2.5'],
    [98, 100, '4'],
    [999, 1000, '4.95'],
    [100, 100, '5'],
  ])('解决率 %i/%i → %s 分', (n, d, points) => {
    expect(score(ninety, n, d, 5).points.toString()).toBe(points);
  });

  // 6%以下不得分，10%以上得3分
  const six: ProportionalRule = { ...ninety, from: { value: 6, points: 0 }, to: { value: 10, points: 3 } };
  it.each([
    [5, 100, '0'],
    [6, 100, '0'],
    [8, 100, '1.5'],
    [10, 100, '3'],
    [50, 100, '3'],
  ])('6%%–10%%: %i/%i → %s 分', (n, d, points) => {
    expect(score(six, n, d, 3).points.toString()).toBe(points);
  });

  it('works in the descending direction', () => {
    const lower: ProportionalRule = { ...ninety, from: { value: 10, points: 0 }, to: { value: 0, points: 5 } };
    expect(score(lower, 0, 100, 5).points.toString()).toBe('5');
    expect(score(lower, 5, 100, 5).points.toString()).toBe('2.5');
    expect(score(lower, 20, 100, 5).points.toString()).toBe('0');
  });

  it('explains where the value lies', () => {
    expect(score(ninety, 95, 100, 5).explanation).toBe(
      '解决率 95.00%（已解决95/受理100），介于 90% 与 100% 之间，按比例计分，得 2.5 分（满分 5 分）',
    );
    expect(score(ninety, 80, 100, 5).explanation).toContain('未达到 90%');
  });

  it('applies the zero-denominator policy', () => {
    expect(score({ ...ninety, zeroDenominator: { policy: 'FULL' } }, 0, 0, 5).points.toString()).toBe('5');
    expect(score(ninety, 0, 0, 5).points.toString()).toBe('0');
  });
});
