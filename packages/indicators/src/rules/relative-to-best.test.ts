import { toDecimal } from '../decimal';
import type { RelativeToBestRule } from '../model';
import { context, countField, rate, rateField } from './__fixtures__/context';
import { measurePeer } from './peer-measure';
import { scoreRelativeToBest } from './relative-to-best';

const fields = [countField('xyd', '查询次数'), rateField('hgl', '合规率')];
const higher: RelativeToBestRule = { kind: 'relativeToBest', metric: { expr: 'xyd', label: '查询次数' }, higherIsBetter: true };
const lower: RelativeToBestRule = { kind: 'relativeToBest', metric: { expr: 'xyd', label: '投诉次数' }, higherIsBetter: false };

function run(rule: RelativeToBestRule, values: Array<Record<string, unknown>>, max = 5): string[] {
  const measures = values.map((v) => measurePeer(rule, context(fields, v as never, max)));
  return scoreRelativeToBest(rule, toDecimal(max), measures).map((r) => r.points.toString());
}

describe('relativeToBest rule', () => {
  it('第2名分数占第1名80% → 4 of 5 points', () => {
    expect(run(higher, [{ xyd: 100 }, { xyd: 80 }, { xyd: 50 }, { xyd: 0 }])).toEqual(['5', '4', '2.5', '0']);
  });

  it('lower is better: best / value', () => {
    expect(run(lower, [{ xyd: 2 }, { xyd: 4 }, { xyd: 8 }])).toEqual(['5', '2.5', '1.25']);
  });

  it('all equal (including all zero) → everyone full marks', () => {
    expect(run(higher, [{ xyd: 0 }, { xyd: 0 }])).toEqual(['5', '5']);
    expect(run(higher, [{ xyd: 3 }, { xyd: 3 }])).toEqual(['5', '5']);
    expect(run(lower, [{ xyd: 0 }, { xyd: 0 }])).toEqual(['5', '5']);
  });

  it('lower is better with a best of 0: others get 0', () => {
    expect(run(lower, [{ xyd: 0 }, { xyd: 3 }])).toEqual(['5', '0']);
  });

  it('a unit alone is the best', () => {
    expect(run(higher, [{ xyd: 7 }])).toEqual(['5']);
  });

  it('keeps zero-denominator outcomes outside the comparison', () => {
    const rule: RelativeToBestRule = {
      kind: 'relativeToBest',
      metric: { expr: 'hgl', label: '合规率' },
      higherIsBetter: true,
      zeroDenominator: { policy: 'POINTS', points: 1 },
    };
    expect(run(rule, [{ hgl: rate(90, 100) }, { hgl: rate(0, 0) }, { hgl: rate(45, 100) }])).toEqual(['5', '1', '2.5']);
  });

  it('explains the ratio to the best', () => {
    const measures = [{ xyd: 100 }, { xyd: 80 }].map((v) => measurePeer(higher, context(fields, v, 5)));
    const [first, second] = scoreRelativeToBest(higher, toDecimal(5), measures);
    expect(first?.explanation).toBe('查询次数 100，为第1名，得 5 分（满分 5 分）');
    expect(second?.explanation).toBe('查询次数 80，第1名为 100，本单位数值占第1名的比例为 80.00%，得 4 分（满分 5 分）');
  });
});
