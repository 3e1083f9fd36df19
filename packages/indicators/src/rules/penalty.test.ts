import type { PenaltyRule } from '../model';
import { context, countField } from './__fixtures__/context';
import { scorePenalty } from './penalty';

// 被国家抽查到一条瞒报扣6分; 倒扣10分
const rule: PenaltyRule = {
  kind: 'penalty',
  occurrences: [
    { field: 'mb', label: '被国家抽查到瞒报', pointsEach: 6 },
    { field: 'yz', label: '发生严重失信事件', pointsEach: 10, cap: 20 },
  ],
};
const fields = [countField('mb', '瞒报', '条'), countField('yz', '严重失信')];
const score = (mb: number, yz: number) => scorePenalty(rule, context(fields, { mb, yz }, 0));

describe('penalty rule', () => {
  it.each([
    [0, 0, '0'],
    [1, 0, '-6'],
    [3, 0, '-18'],
    [0, 1, '-10'],
    [0, 5, '-20'],
    [2, 3, '-32'],
  ])('瞒报 %i 条, 严重失信 %i 起 → %s 分 (not clamped to the node)', (mb, yz, points) => {
    expect(score(mb, yz).points.toString()).toBe(points);
  });

  it('explains the deduction beyond the indicator', () => {
    expect(score(1, 0).explanation).toContain('被国家抽查到瞒报 1 条，每条扣6分，扣6分');
    expect(score(1, 0).explanation).toContain('倒扣 6 分（从所属类别和总分中扣除）');
    expect(score(0, 0).explanation).toContain('不倒扣');
  });
});
