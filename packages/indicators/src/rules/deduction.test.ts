import type { DeductionRule } from '../model';
import { scoreDeduction } from './deduction';
import { context, countField } from './__fixtures__/context';

// 每发生一起减1分，最高减5分 plus 每发生一起减2分，最高减10分 in one indicator of 15 points
const rule: DeductionRule = {
  kind: 'deduction',
  occurrences: [
    { field: 'sx', label: '被列为失信被执行人', pointsEach: 1, cap: 5 },
    { field: 'bzx', label: '被列为被执行人', pointsEach: 2, cap: 10 },
  ],
};
const fields = [countField('sx', '失信被执行人'), countField('bzx', '被执行人')];
const score = (sx: number, bzx: number, max = 15) => scoreDeduction(rule, context(fields, { sx, bzx }, max));

describe('deduction rule', () => {
  it.each([
    [0, 0, 15],
    [1, 0, 14],
    [3, 0, 12],
    [5, 0, 10], // at the cap
    [6, 0, 10], // beyond the cap
    [0, 1, 13],
    [0, 5, 5], // at the cap (10)
    [0, 9, 5],
    [5, 5, 0], // both caps → 15 − 5 − 10
    [100, 100, 0],
    [2, 3, 7],
  ])('失信 %i 起, 被执行 %i 起 → %i 分', (sx, bzx, points) => {
    expect(score(sx, bzx).points.toNumber()).toBe(points);
  });

  it('never goes below 0 when caps sum above the max', () => {
    expect(score(5, 5, 10).points.toNumber()).toBe(0);
    expect(score(5, 5, 10).explanation).toContain('扣完为止');
  });

  it('explains every occurrence type', () => {
    const result = score(3, 6);
    expect(result.explanation).toBe(
      '被列为失信被执行人 3 起，每起减1分，减3分（最高减5分）；被列为被执行人 6 起，每起减2分，减10分（最高减10分，已封顶），得 2 分（满分 15 分）',
    );
  });

  it('uses the field unit in the text', () => {
    const withUnit = [countField('sx', '失信', '条'), countField('bzx', '被执行')];
    expect(scoreDeduction(rule, context(withUnit, { sx: 2, bzx: 0 }, 15)).explanation).toContain('2 条，每条减1分');
  });

  it('deducts fractional points exactly', () => {
    const half: DeductionRule = { kind: 'deduction', occurrences: [{ field: 'sx', label: '不合规', pointsEach: '0.1' }] };
    expect(scoreDeduction(half, context(fields, { sx: 3, bzx: 0 }, 1)).points.toString()).toBe('0.7');
  });
});
