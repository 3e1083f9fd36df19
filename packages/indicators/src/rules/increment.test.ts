import type { IncrementRule, InputField } from '../model';
import { context, countField } from './__fixtures__/context';
import { scoreIncrement } from './increment';

const fields: InputField[] = [
  countField('ly', '开展工作领域数', '个'),
  countField('pc', '查询批次数', '批次'),
  { key: 'cj', label: '应用场景', type: 'checklist', options: ['a', 'b', 'c'].map((code) => ({ code, label: `场景${code}` })) },
];

describe('increment rule', () => {
  // 有一个批次查询加0.2分，最高加5分
  const batches: IncrementRule = { kind: 'increment', items: [{ field: 'pc', label: '信用报告查询', pointsEach: '0.2', cap: 5 }] };
  const batch = (pc: number) => scoreIncrement(batches, context(fields, { pc }, 5));

  it('25 × 0.2 = 5.00 exactly', () => {
    expect(batch(25).points.toFixed(2)).toBe('5.00');
    expect(batch(25).points.toString()).toBe('5');
  });

  it.each([
    [0, '0'],
    [1, '0.2'],
    [3, '0.6'],
    [24, '4.8'],
    [26, '5'],
    [1000, '5'],
  ])('%i 批次 → %s 分', (pc, points) => {
    expect(batch(pc).points.toString()).toBe(points);
  });

  it('applies per-item caps, then the rule cap, then the node max', () => {
    const rule: IncrementRule = {
      kind: 'increment',
      items: [
        { field: 'ly', label: '领域', pointsEach: '0.5', cap: 2 },
        { field: 'cj', label: '应用场景', pointsEach: 1 },
      ],
      cap: 3,
    };
    expect(scoreIncrement(rule, context(fields, { ly: 3, cj: ['a'] }, 5)).points.toString()).toBe('2.5');
    expect(scoreIncrement(rule, context(fields, { ly: 10, cj: ['a'] }, 5)).points.toString()).toBe('3');
    const result = scoreIncrement(rule, context(fields, { ly: 10, cj: ['a', 'b', 'c'] }, 5));
    expect(result.points.toString()).toBe('3');
    expect(result.explanation).toContain('合计 5 分，最高得 3 分');
    expect(scoreIncrement({ ...rule, cap: 10 }, context(fields, { ly: 10, cj: ['a', 'b', 'c'] }, 4)).points.toString()).toBe('4');
  });

  it('explains', () => {
    expect(scoreIncrement(batches, context(fields, { pc: 3 }, 5)).explanation).toBe(
      '信用报告查询 3 批次，每批次加0.2分，加0.6分（最高加5分），得 0.6 分（满分 5 分）',
    );
  });
});
