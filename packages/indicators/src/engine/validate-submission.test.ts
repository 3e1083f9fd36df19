import type { IndicatorSystem } from '../model';
import { smallSystem, submission, unit } from './__fixtures__/small-system';
import { applicableInputFields, validateSubmission } from './validate-submission';

describe('validateSubmission', () => {
  it('accepts a complete submission', () => {
    expect(validateSubmission(smallSystem, submission('1'))).toEqual([]);
  });

  it('reports bad values and bad exemptions together', () => {
    const problems = validateSubmission(smallSystem, submission('1', { sx: -1, hgl: { numerator: 5, denominator: 4 } }, { exemptions: { A1: '无' } }));
    expect(problems.map((p) => `${p.path}:${p.code}`)).toEqual(['exemptions.A1:EXEMPTION_NOT_ALLOWED', 'values.sx:NEGATIVE']);
  });

  it('does not require fields of exempted or non-applicable nodes', () => {
    const system: IndicatorSystem = {
      ...smallSystem,
      categories: smallSystem.categories.map((c) => (c.code === 'B' ? { ...c, appliesTo: { unitKinds: ['COUNTY'] } } : c)),
    };
    const keys = applicableInputFields(system, unit('1'), { A3: '无监管权限' }).map((f) => f.key);
    expect(keys).toEqual(['hgl', 'xyd']);
    const partial = { unit: unit('1'), values: { hgl: { numerator: 1, denominator: 1 }, xyd: 1 }, exemptions: { A3: '无监管权限' } };
    expect(validateSubmission(system, partial)).toEqual([]);
  });
});
