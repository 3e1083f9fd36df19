import type { IndicatorSystem } from '../model';
import { miniSystem } from './__fixtures__/mini-system';
import { buildColumns, fieldsForUnit, systemFields } from './columns';

describe('buildColumns', () => {
  it('gives unit columns, two columns per rate, one 是/否 column per checklist option', () => {
    const columns = buildColumns(miniSystem);
    expect(columns.map((c) => c.header)).toEqual([
      '单位编码',
      '单位名称',
      '单位类型',
      '单位类别',
      '合规率-入库数据量',
      '合规率-上报数据量',
      '失信被执行人数量',
      '已建制度-工作方案',
      '已建制度-台账制度',
      '开展信用承诺',
      '创建等次',
      '免责说明-双公示合规率',
    ]);
    expect(columns.map((c) => c.key)).toEqual([
      'unit.id',
      'unit.name',
      'unit.kind',
      'unit.classes',
      'sgs.numerator',
      'sgs.denominator',
      'dishonest',
      'systems.plan',
      'systems.ledger',
      'commitment',
      'level',
      'exemption.C1.1',
    ]);
  });

  it('omits 单位类别 when the system has no unit classes', () => {
    const system: IndicatorSystem = { ...miniSystem, unitClasses: undefined };
    expect(buildColumns(system).map((c) => c.header)).not.toContain('单位类别');
  });

  it('tells apart two fields with the same label by their indicator', () => {
    const [c1] = miniSystem.categories;
    const system: IndicatorSystem = {
      ...miniSystem,
      categories: [
        {
          ...(c1 as IndicatorSystem['categories'][number]),
          children: [
            { code: 'X1', level: 'INDICATOR', name: '行政许可', maxPoints: 1, inputs: [{ key: 'a', type: 'count', label: '数量' }] },
            { code: 'X2', level: 'INDICATOR', name: '行政处罚', maxPoints: 1, inputs: [{ key: 'b', type: 'count', label: '数量' }] },
          ],
        },
      ],
    };
    const headers = buildColumns(system).map((c) => c.header);
    expect(headers).toContain('数量（行政许可）');
    expect(headers).toContain('数量（行政处罚）');
  });
});

describe('fieldsForUnit', () => {
  it('leaves out fields of indicators that do not apply to the unit class', () => {
    const entries = systemFields(miniSystem);
    const plain = fieldsForUnit(entries, { id: 'x', name: 'x', kind: 'COUNTY' }).map((f) => f.key);
    const classA = fieldsForUnit(entries, { id: 'x', name: 'x', kind: 'COUNTY', classes: ['A'] }).map((f) => f.key);
    expect(plain).not.toContain('level');
    expect(classA).toContain('level');
  });

  it('leaves out fields of an exempted indicator', () => {
    const entries = systemFields(miniSystem);
    const keys = fieldsForUnit(entries, { id: 'x', name: 'x', kind: 'COUNTY' }, { 'C1.1': '无监管权限' }).map((f) => f.key);
    expect(keys).not.toContain('sgs');
  });
});
