import type { IndicatorSystem, InputField } from '@govtrust/indicators';
import { fieldOfType, fieldProblems, freeFieldKey, ruleUsage, systemFieldKeys, unknownRuleKeys } from './inputFields';

const count: InputField = { key: 'cases', label: '失信案件', type: 'count', unit: '起' };

const system: IndicatorSystem = {
  id: 'fields-test',
  version: 1,
  name: '填报项测试',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'QUARTER',
  totalPoints: 10,
  source: { title: '测试文件' },
  categories: [
    {
      code: 'C',
      level: 'CATEGORY',
      name: '类别',
      maxPoints: 10,
      children: [
        { code: 'C.1', level: 'INDICATOR', name: '扣分', maxPoints: 5, inputs: [count, { key: 'input1', label: '其他', type: 'boolean' }], rule: { kind: 'deductUntilZero', field: 'cases', label: '失信', pointsEach: 1 } },
        { code: 'C.2', level: 'INDICATOR', name: '公式', maxPoints: 5, rule: { kind: 'formula', expr: 'min(cases, 5) + missing' } },
      ],
    },
  ],
};

describe('fieldProblems', () => {
  it('checks the key as the engine does: pattern, reserved word, unique in the system', () => {
    expect(fieldProblems({ ...count, key: '' }, []).key).toBe('请填写键');
    expect(fieldProblems({ ...count, key: '1cases' }, []).key).toMatch(/只能由字母、数字和下划线组成/);
    expect(fieldProblems({ ...count, key: 'and' }, []).key).toBe('“and”是表达式保留字，不能作为键');
    expect(fieldProblems(count, ['cases']).key).toBe('键“cases”已被本体系的其他填报项使用');
    expect(fieldProblems(count, ['other'])).toEqual({});
  });

  it('asks for what each type needs: rate parts, amount unit and range, distinct options', () => {
    const rate = fieldOfType('rate', count);
    expect(fieldProblems(rate, [])).toEqual({ numeratorLabel: '请填写分子名称', denominatorLabel: '请填写分母名称' });
    expect(fieldProblems({ key: 'money', label: '金额', type: 'amount', unit: '', min: 10, max: 5 }, [])).toEqual({ unit: '请填写单位', range: '下限不能高于上限' });
    const choice: InputField = { key: 'level', label: '等次', type: 'choice', options: [{ code: 'A', label: '好' }, { code: 'A', label: '差' }] };
    expect(fieldProblems(choice, []).options).toBe('选项代码“A”重复');
    expect(fieldProblems({ ...choice, options: [] }, []).options).toBe('至少需要一个选项');
    expect(fieldProblems({ ...count, label: ' ' }, []).label).toBe('请填写名称');
  });
});

describe('fieldOfType', () => {
  it('keeps key, label, help and required and starts the new type’s own settings', () => {
    const changed = fieldOfType('choice', { ...count, help: '说明', required: false });
    expect(changed).toEqual({ key: 'cases', label: '失信案件', help: '说明', required: false, type: 'choice', options: [{ code: 'A', label: '' }] });
  });
});

describe('keys and rules', () => {
  it('lists keys of the system or of every node but one, and proposes a free one', () => {
    expect(systemFieldKeys(system)).toEqual(['cases', 'input1']);
    expect(systemFieldKeys(system, 'C.1')).toEqual([]);
    expect(freeFieldKey(system)).toBe('input2');
  });

  it('finds rule references to keys no field defines, and which rules read each key', () => {
    const formula = system.categories[0]!.children![1]!.rule!;
    expect(unknownRuleKeys(formula, systemFieldKeys(system))).toEqual(['missing']);
    // an expression that does not parse yet reads nothing: its own box reports the syntax
    expect(unknownRuleKeys({ kind: 'formula', expr: 'cases +' }, [])).toEqual([]);
    expect(ruleUsage(system).get('cases')).toEqual(['C.1', 'C.2']);
  });
});
