import { genheAssessment2023, huaian2022, nmgAnnual2022 } from '@govtrust/indicators';
import { dualPublicityTargets, valuesFor } from './dual-publicity-fields';

const monitoring = (_key: string, source: string) => source !== 'UNIT_REPORT';

describe('the 双公示 inputs a system declares', () => {
  it('maps the seeds’ 双公示 rates to the counts they are made of', () => {
    expect(dualPublicityTargets(nmgAnnual2022, monitoring).map((t) => [t.key, t.figure])).toEqual([
      ['nmgADoublePublicityCompliance', 'accepted'],
      ['nmgADoublePublicityLate', 'late'],
    ]);
    expect(dualPublicityTargets(genheAssessment2023, monitoring).map((t) => [t.key, t.figure])).toEqual([
      ['dp_compliance_rate', 'accepted'],
      ['dp_timeliness_rate', 'onTime'],
    ]);
    expect(dualPublicityTargets(huaian2022, monitoring).map((t) => [t.key, t.figure])).toEqual([['dp_timely_full_rate', 'onTime']]);
  });

  it('leaves out inputs a unit reports through its task, and rates records cannot give (瞒报率)', () => {
    expect(dualPublicityTargets(nmgAnnual2022, () => false)).toEqual([]);
    expect(dualPublicityTargets(nmgAnnual2022, monitoring).some((t) => t.key === 'nmgADoublePublicityConcealed')).toBe(false);
  });

  it('turns counts into rate values (numerator of 上报数据量)', () => {
    const targets = dualPublicityTargets(genheAssessment2023, monitoring);
    expect(valuesFor(targets, { reported: 10, accepted: 9, late: 2 })).toEqual({
      dp_compliance_rate: { numerator: 9, denominator: 10 },
      dp_timeliness_rate: { numerator: 8, denominator: 10 },
    });
  });
});
