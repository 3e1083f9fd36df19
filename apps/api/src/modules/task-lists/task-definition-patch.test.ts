import type { InputField } from '@govtrust/indicators';
import { AppError } from '../../common/errors/app-error';
import { breakingChanges, checkRule, checkTaskPatch, evidenceProblems, inputFieldProblems, sameRule } from './task-definition-patch';
import type { UpdateTaskDefinitionInput } from './dto/task-list.inputs';

const count: InputField = { key: 'meetings', label: '会议次数', type: 'count' };
const text: InputField = { key: 'note', label: '说明', type: 'text' };

describe('inputFieldProblems', () => {
  it('accepts every field type in its documented shape', () => {
    expect(
      inputFieldProblems([
        count,
        text,
        { key: 'r', label: '比率', type: 'rate', numeratorLabel: '入库', denominatorLabel: '上报', display: 'PERCENT' },
        { key: 'amt', label: '金额', type: 'amount', unit: '万元', min: '0', max: 100, decimals: 2 },
        { key: 'b', label: '是否', type: 'boolean', required: false },
        { key: 'c', label: '清单', type: 'checklist', options: [{ code: 'A', label: '甲' }] },
      ]),
    ).toEqual([]);
  });

  it('names each broken field', () => {
    expect(inputFieldProblems('x')).toEqual([{ field: 'inputs', message: '填报项应为数组' }]);
    expect(
      inputFieldProblems([
        { key: 'a b', label: 'x', type: 'count' },
        { key: 'ok', label: '', type: 'count' },
        { key: 'ok', label: 'dup', type: 'count' },
        { key: 'k', label: 'k', type: 'percent' },
        { key: 'ch', label: '单选', type: 'choice', options: [{ code: 'A', label: '甲' }, { code: 'A', label: '乙' }] },
      ]).map((p) => p.field),
    ).toEqual(['inputs[0]', 'inputs[1]', 'inputs[2]', 'inputs[3]', 'inputs[4]']);
  });
});

describe('evidenceProblems', () => {
  it('allows null, checks the count and the kinds', () => {
    expect(evidenceProblems(null)).toEqual([]);
    expect(evidenceProblems({ description: '纪要', minCount: 2, kinds: ['PDF', 'IMAGE'] })).toEqual([]);
    expect(evidenceProblems({ description: '纪要', minCount: 1.5 })).toHaveLength(1);
    expect(evidenceProblems({ description: '纪要', minCount: 1, kinds: ['EXE'] })).toHaveLength(1);
    expect(evidenceProblems({ minCount: 1 })).toHaveLength(1);
  });
});

describe('breakingChanges', () => {
  const approved = { state: 'APPROVED', authorRole: 'UNIT', values: { meetings: 2 } };
  const before = { inputs: [count, text], dataSource: 'UNIT_REPORT' as const };

  it('keeps keys and types that approved data holds', () => {
    expect(breakingChanges(before, { ...before, inputs: [text] }, [approved])).toEqual([
      '填报项“会议次数”（meetings）已有1条已通过的填报使用，不能删除',
    ]);
    expect(breakingChanges(before, { ...before, inputs: [{ ...text, key: 'meetings' }] }, [approved])).toEqual([
      '填报项“会议次数”（meetings）已有1条已通过的填报使用，不能修改其类型',
    ]);
  });

  it('lets unused keys, drafts and relabelled fields change', () => {
    const draft = { ...approved, state: 'DRAFT' };
    expect(breakingChanges(before, { ...before, inputs: [{ ...count, label: '新名称' }] }, [approved])).toEqual([]);
    expect(breakingChanges(before, { ...before, inputs: [] }, [draft])).toEqual([]);
  });

  it('keeps the data source on the side that entered the existing rows', () => {
    const monitoring = { ...before, dataSource: 'BIG_DATA_MONITORING' as const };
    expect(breakingChanges(before, monitoring, [{ ...approved, state: 'DRAFT' }])).toEqual([
      '已有1条单位填报的记录，不能改为由信用办或第三方录入',
    ]);
    expect(breakingChanges(monitoring, before, [{ ...approved, authorRole: 'EVALUATOR' }])).toEqual([
      '已有1条由信用办或第三方录入的记录，不能改为单位填报',
    ]);
    expect(breakingChanges(monitoring, { ...monitoring, dataSource: 'OTHER_DEPARTMENT' }, [{ ...approved, authorRole: 'EVALUATOR' }])).toEqual([]);
  });
});

describe('checkRule and checkTaskPatch', () => {
  it('checks real dates and named events', () => {
    expect(checkRule({ kind: 'FIXED', date: '2024-02-29' })).toEqual({ kind: 'FIXED', date: '2024-02-29' });
    expect(() => checkRule({ kind: 'FIXED', date: '2023-02-29' })).toThrow(AppError);
    expect(() => checkRule({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: ' ' })).toThrow(/起算事件/);
    expect(sameRule({ kind: 'ANNUAL', month: 12, day: 31, sameYear: true }, { kind: 'ANNUAL', sameYear: true, day: 31, month: 12 })).toBe(true);
  });

  it('reads a 完成时限 text into the rule when no rule is sent', () => {
    const input = { id: 'x', expectedVersion: 1, deadlineText: '每季度首月10日前' } as UpdateTaskDefinitionInput;
    expect(checkTaskPatch(input)).toEqual({ deadlineText: '每季度首月10日前', deadline: { kind: 'QUARTERLY', day: 10 } });
    expect(() => checkTaskPatch({ id: 'x', expectedVersion: 1 } as UpdateTaskDefinitionInput)).toThrow('没有要修改的内容');
  });
});
