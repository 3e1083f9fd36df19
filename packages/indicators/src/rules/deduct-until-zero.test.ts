import type { DeductUntilZeroRule } from '../model';
import { scoreDeductUntilZero } from './deduct-until-zero';
import { context, countField } from './__fixtures__/context';

// 出现一次不合规扣0.5分，扣完为止
const rule: DeductUntilZeroRule = { kind: 'deductUntilZero', field: 'bhg', label: '出现不合规', pointsEach: '0.5' };
const score = (n: number) => scoreDeductUntilZero(rule, context([countField('bhg', '不合规次数', '次')], { bhg: n }, 3));

describe('deductUntilZero rule', () => {
  it.each([
    [0, '3'],
    [1, '2.5'],
    [5, '0.5'],
    [6, '0'],
    [7, '0'],
    [1000, '0'],
  ])('%i 次 → %s 分', (n, points) => {
    expect(score(n).points.toString()).toBe(points);
  });

  it('explains', () => {
    expect(score(2).explanation).toBe('出现不合规 2 次，每次扣0.5分，扣1分，得 2 分（满分 3 分）');
    expect(score(7).explanation).toContain('扣完为止，得 0 分');
    expect(score(0).explanation).toContain('不扣分');
  });
});
