import type { InputField } from '../model';
import { validateValues } from './validate-values';

const fields: InputField[] = [
  { key: 'n', label: '数量', type: 'count', max: 100 },
  {
    key: 'r',
    label: '合规率',
    type: 'rate',
    numeratorLabel: '入库',
    denominatorLabel: '上报',
    display: 'PERCENT',
  },
  { key: 'a', label: '金额', type: 'amount', unit: '万元', min: 0, max: '1000.5', decimals: 2 },
  { key: 'b', label: '是否公示', type: 'boolean' },
  { key: 'c', label: '制度', type: 'checklist', options: [{ code: 'x', label: 'X' }] },
  { key: 'd', label: '等次', type: 'choice', options: [{ code: 'A', label: 'A' }] },
  { key: 't', label: '说明', type: 'text', maxLength: 5, required: false },
];
const good = { n: 3, r: { numerator: 1, denominator: 2 }, a: '10.25', b: true, c: ['x'], d: 'A', t: '无' };
const codes = (values: Record<string, unknown>) =>
  validateValues(fields, { ...good, ...values } as never).map((p) => `${p.field}:${p.code}`);

describe('validateValues', () => {
  it('accepts good values', () => {
    expect(validateValues(fields, good)).toEqual([]);
    expect(codes({ t: null, r: { numerator: '0', denominator: '0' } })).toEqual([]);
  });

  it.each([
    [{ n: null }, 'n:REQUIRED'],
    [{ n: '' }, 'n:REQUIRED'],
    [{ n: 'abc' }, 'n:NOT_A_NUMBER'],
    [{ n: -1 }, 'n:NEGATIVE'],
    [{ n: 1.5 }, 'n:NOT_INTEGER'],
    [{ n: 101 }, 'n:OUT_OF_RANGE'],
    [{ n: true }, 'n:NOT_A_NUMBER'],
    [{ r: 0.5 }, 'r:WRONG_TYPE'],
    [{ r: { numerator: 3, denominator: 2 } }, 'r:NUMERATOR_GT_DENOMINATOR'],
    [{ r: { numerator: -1, denominator: 2 } }, 'r:NEGATIVE'],
    [{ r: { numerator: 1.5, denominator: 2 } }, 'r:NOT_INTEGER'],
    [{ a: '-1' }, 'a:OUT_OF_RANGE'],
    [{ a: 1000.51 }, 'a:OUT_OF_RANGE'],
    [{ a: '1.234' }, 'a:OUT_OF_RANGE'],
    [{ a: 'x' }, 'a:NOT_A_NUMBER'],
    [{ b: 'yes' }, 'b:WRONG_TYPE'],
    [{ c: ['y'] }, 'c:UNKNOWN_OPTION'],
    [{ c: 'x' }, 'c:WRONG_TYPE'],
    [{ d: 'B' }, 'd:UNKNOWN_OPTION'],
    [{ d: ['A'] }, 'd:WRONG_TYPE'],
    [{ t: '123456' }, 't:TOO_LONG'],
  ])('%j → %s', (values, expected) => {
    expect(codes(values)).toEqual([expected]);
  });

  it('writes Chinese messages', () => {
    const [problem] = validateValues(fields, { ...good, r: { numerator: 3, denominator: 2 } });
    expect(problem?.message).toBe('“合规率”的入库不能大于上报');
  });
});
