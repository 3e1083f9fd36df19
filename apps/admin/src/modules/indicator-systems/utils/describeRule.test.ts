import type { InputField, Rule } from '@govtrust/indicators';
import { describeRule } from './describeRule';

const fields = new Map<string, InputField>([
  ['compliance', { key: 'compliance', type: 'rate', label: '合规率', numeratorLabel: '入库数据量', denominatorLabel: '上报数据量', display: 'PERCENT' }],
  ['level', { key: 'level', type: 'choice', label: '等级', options: [{ code: 'A', label: '未建立' }, { code: 'B', label: '已建立' }] }],
]);

describe('describeRule', () => {
  it('writes bands with their edges exactly as encoded', () => {
    const rule: Rule = {
      kind: 'bands',
      metric: { expr: 'compliance', label: '合规率' },
      bands: [
        { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
        { min: 95, minInclusive: true, max: 96, maxInclusive: false, points: '1.5' },
        { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 6 },
      ],
      zeroDenominator: { policy: 'FULL' },
    };
    expect(describeRule(rule, fields)).toEqual(['按合规率分档：', '合规率<95%得0分', '95%≤合规率<96%得1.5分', '合规率≥99%得6分', '分母为0时得满分']);
  });

  it('describes capped deductions per occurrence type', () => {
    const rule: Rule = {
      kind: 'deduction',
      occurrences: [
        { field: 'dishonest', label: '被列为失信被执行人', pointsEach: 1, cap: 5 },
        { field: 'lawsuits', label: '行政诉讼败诉', pointsEach: 2 },
      ],
    };
    expect(describeRule(rule, fields)).toEqual(['从满分开始扣分：', '被列为失信被执行人每发生一起扣1分，最高扣5分', '行政诉讼败诉每发生一起扣2分']);
  });

  it('names the options of a choice rule', () => {
    const rule: Rule = { kind: 'choice', field: 'level', optionPoints: { A: 0, B: 2 } };
    expect(describeRule(rule, fields)).toEqual(['选择A（未建立）得0分', '选择B（已建立）得2分']);
  });

  it('says a grade override forces the list', () => {
    const rule: Rule = { kind: 'gradeOverride', when: 'serious', grade: 'YELLOW', reason: '严重的直接列入黄名单' };
    expect(describeRule(rule, fields)).toEqual(['当 serious 成立时直接列入黄名单', '原因：严重的直接列入黄名单']);
  });
});
