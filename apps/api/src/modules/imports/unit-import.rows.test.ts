import { UnitKind } from '../units/unit-kind';
import { validateUscc } from '../units/uscc';
import { parseUnitKind, unitColumns, type UnitColumnKey } from './unit-import.columns';
import { parseUnitRow } from './unit-import.rows';

function row(values: Partial<Record<UnitColumnKey, string>>, reported: UnitColumnKey[] = []) {
  const full = Object.fromEntries(unitColumns.map((c) => [c.key, values[c.key] ?? ''])) as Record<UnitColumnKey, string>;
  return { row: 7, values: full, reported: new Set(reported) };
}

describe('parseUnitKind', () => {
  it('maps the Chinese names, their long forms and the English codes', () => {
    expect(parseUnitKind('盟市')).toBe(UnitKind.LEAGUE_CITY);
    expect(parseUnitKind('旗县（市、区）')).toBe(UnitKind.COUNTY);
    expect(parseUnitKind('乡镇(街道)')).toBe(UnitKind.TOWNSHIP);
    expect(parseUnitKind('department')).toBe(UnitKind.DEPARTMENT);
    expect(parseUnitKind('单位')).toBeNull();
  });
});

describe('parseUnitRow', () => {
  it('normalises classes, upper-cases the USCC and builds one contact', () => {
    const { parsed, problems } = parseUnitRow(
      row({
        code: 'GH-A',
        name: '甲局',
        kind: '部门',
        parentCode: 'GH',
        classes: 'A类部门、 综合部门，A类部门',
        uscc: '11150784mb1234567x',
        contactName: '李四',
        contactPhone: '13800000000',
      }),
      validateUscc,
    );
    expect(problems).toEqual([]);
    expect(parsed).toMatchObject({
      classes: ['A类部门', '综合部门'],
      uscc: '11150784MB1234567X',
      contacts: [{ name: '李四', phone: '13800000000' }],
    });
  });

  it('names the row and column of every problem, but not twice for a reported cell', () => {
    const { problems } = parseUnitRow(
      row({ code: 'x', kind: '单位', contactName: '李四', uscc: '123' }, ['name']),
      validateUscc,
    );
    expect(problems.map((p) => p.message)).toEqual([
      '第7行「单位编码」「x」格式不正确，须为2–64位字母、数字、下划线或连字符',
      '第7行「单位类型」「单位」不是有效的单位类型，可选：自治区、盟市、旗县、乡镇、部门',
      '第7行「统一社会信用代码」统一社会信用代码应为18位，当前为3位',
      '第7行「联系电话」填写了联系人时不能为空',
    ]);
  });
});
