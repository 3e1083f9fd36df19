import type { IndicatorSystem } from '@govtrust/indicators';
import { fieldsForUnit } from './previewFields';
import { ancestorIndex } from './treeIndex';

const system: IndicatorSystem = {
  id: 't',
  version: 1,
  name: '测试体系',
  unitKinds: ['DEPARTMENT', 'TOWNSHIP'],
  periodKind: 'YEAR',
  totalPoints: 10,
  source: { title: '测试' },
  categories: [
    {
      code: 'A',
      level: 'CATEGORY',
      name: '部门指标',
      maxPoints: 5,
      appliesTo: { unitKinds: ['DEPARTMENT'] },
      children: [{ code: 'A.1', level: 'INDICATOR', name: 'a1', maxPoints: 5, inputs: [{ key: 'dept', type: 'count', label: '部门数' }], rule: { kind: 'deductUntilZero', field: 'dept', label: '不合规', pointsEach: 1 } }],
    },
    {
      code: 'B',
      level: 'CATEGORY',
      name: '共同指标',
      maxPoints: 5,
      children: [{ code: 'B.1', level: 'INDICATOR', name: 'b1', maxPoints: 5, inputs: [{ key: 'common', type: 'count', label: '共同数' }], rule: { kind: 'deductUntilZero', field: 'common', label: '不合规', pointsEach: 1 } }],
    },
  ],
};

describe('fieldsForUnit', () => {
  it('leaves out the inputs of nodes under a category that does not apply', () => {
    expect(fieldsForUnit(system, { id: 'u', name: 'u', kind: 'DEPARTMENT' }).map((f) => f.key)).toEqual(['dept', 'common']);
    expect(fieldsForUnit(system, { id: 'u', name: 'u', kind: 'TOWNSHIP' }).map((f) => f.key)).toEqual(['common']);
  });
});

describe('ancestorIndex', () => {
  it('lists the ancestors of every node', () => {
    const index = ancestorIndex(system);
    expect(index.get('A')).toEqual([]);
    expect(index.get('B.1')).toEqual(['B']);
  });
});
