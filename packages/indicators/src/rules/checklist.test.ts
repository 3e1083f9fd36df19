import type { ChecklistRule, InputField } from '../model';
import { scoreChecklist } from './checklist';
import { context } from './__fixtures__/context';

const fields: InputField[] = [
  {
    key: 'zd',
    label: '制度建设',
    type: 'checklist',
    options: [
      { code: 'cn', label: '信用承诺制度' },
      { code: 'xf', label: '信用修复制度' },
      { code: 'jc', label: '联合奖惩制度' },
      { code: 'gs', label: '信息公示制度' },
      { code: 'yy', label: '异议处理制度' },
      { code: 'qt', label: '其他制度' },
    ],
  },
  { key: 'qzqd', label: '公示权责清单', type: 'boolean' },
];

describe('checklist rule', () => {
  // 每项制度得1分，最高得5分
  const each: ChecklistRule = { kind: 'checklist', field: 'zd', pointsEach: 1, cap: 5 };
  const score = (rule: ChecklistRule, zd: string[], max = 5) => scoreChecklist(rule, context(fields, { zd }, max));

  it.each([
    [[], 0],
    [['cn'], 1],
    [['cn', 'xf', 'jc'], 3],
    [['cn', 'xf', 'jc', 'gs', 'yy'], 5],
    [['cn', 'xf', 'jc', 'gs', 'yy', 'qt'], 5],
    [['cn', 'cn'], 1], // a repeated tick counts once
  ])('%j → %i 分', (ticked, points) => {
    expect(score(each, ticked).points.toNumber()).toBe(points);
  });

  it('uses optionPoints before pointsEach', () => {
    const rule: ChecklistRule = { kind: 'checklist', field: 'zd', pointsEach: 1, optionPoints: { cn: 2, xf: '1.5' } };
    expect(score(rule, ['cn', 'xf', 'jc'], 10).points.toString()).toBe('4.5');
    const onlyOptions: ChecklistRule = { kind: 'checklist', field: 'zd', optionPoints: { cn: 2 } };
    expect(score(onlyOptions, ['cn', 'xf'], 10).points.toString()).toBe('2');
  });

  it('caps at the node max even without a cap', () => {
    expect(score({ kind: 'checklist', field: 'zd', pointsEach: 2 }, ['cn', 'xf', 'jc'], 5).points.toString()).toBe('5');
  });

  it('公示权责清单得2分 with a boolean', () => {
    const rule: ChecklistRule = { kind: 'checklist', field: 'qzqd', pointsEach: 2 };
    expect(scoreChecklist(rule, context(fields, { qzqd: true }, 2)).points.toString()).toBe('2');
    expect(scoreChecklist(rule, context(fields, { qzqd: false }, 2)).points.toString()).toBe('0');
    expect(scoreChecklist(rule, context(fields, { qzqd: true }, 2)).explanation).toBe('公示权责清单：是，得 2 分（满分 2 分）');
  });

  it('lists the ticked options', () => {
    const result = score(each, ['cn', 'xf', 'jc', 'gs', 'yy', 'qt']);
    expect(result.explanation).toContain('已完成 6 项：信用承诺制度（1分）、信用修复制度（1分）');
    expect(result.explanation).toContain('合计 6 分，最高得 5 分，得 5 分（满分 5 分）');
    expect(score(each, []).explanation).toContain('未完成任何一项');
  });
});
