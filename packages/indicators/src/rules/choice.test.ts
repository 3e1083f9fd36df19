import { IndicatorError, MissingInputError } from '../errors';
import type { ChoiceRule, InputField } from '../model';
import { scoreChoice } from './choice';
import { context } from './__fixtures__/context';

const fields: InputField[] = [
  {
    key: 'dc',
    label: '工作开展情况',
    type: 'choice',
    options: [
      { code: 'A', label: '未开展' },
      { code: 'B', label: '部分开展' },
      { code: 'C', label: '基本完成' },
      { code: 'D', label: '全面完成' },
    ],
  },
  { key: 'n', label: '数量', type: 'count' },
];
// A…不得分；B…得2分；C…得4分；D…得6分
const rule: ChoiceRule = { kind: 'choice', field: 'dc', optionPoints: { A: 0, B: 2, C: 4, D: 6 } };

describe('choice rule', () => {
  it.each([
    ['A', 0],
    ['B', 2],
    ['C', 4],
    ['D', 6],
  ])('%s → %i 分', (dc, points) => {
    expect(scoreChoice(rule, context(fields, { dc }, 6)).points.toNumber()).toBe(points);
  });

  it('explains the chosen option', () => {
    expect(scoreChoice(rule, context(fields, { dc: 'C' }, 6)).explanation).toBe('工作开展情况：选择 C（基本完成），得 4 分（满分 6 分）');
  });

  it('refuses unknown options, missing values and non-choice fields', () => {
    expect(() => scoreChoice(rule, context(fields, { dc: 'E' }, 6))).toThrow(IndicatorError);
    expect(() => scoreChoice(rule, context(fields, { dc: null }, 6))).toThrow(MissingInputError);
    expect(() => scoreChoice({ ...rule, field: 'n' }, context(fields, { n: 1 }, 6))).toThrow(IndicatorError);
  });
});
