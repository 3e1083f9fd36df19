import type { InputValues, ScoreCard, UnitSubmission } from '../model';
import { scoreUnit, scoreUnits, validateValues } from '../index';
import {
  allNodes,
  findScore,
  itHasSoundStructure,
  pointsOf,
  systemFields,
} from './__fixtures__/preset-checks';
import { tongbaiDepartment2023 as system } from './tongbai-department-2023';
import sampleJson from './samples/tongbai-department-2023.json';

const sample = sampleJson as unknown as UnitSubmission[];
const fields = systemFields(system);
const fieldKeys = new Set(fields.map((f) => f.key));

function unitWith(values: InputValues, id = 'u1'): UnitSubmission {
  const base = sample[0] as UnitSubmission;
  return { unit: { id, name: `测试单位${id}`, kind: 'DEPARTMENT' }, values: { ...base.values, ...values } };
}
const rate = (numerator: number, denominator: number) => ({ numerator, denominator });
const points = (values: InputValues, code: string) => pointsOf(scoreUnit(system, unitWith(values)), code);

describe('tongbai-department-2023 structure', () => {
  it('has 5 categories and 14 二级指标 (one 考核内容 each) adding up to 100', () => {
    expect(system.categories).toHaveLength(5);
    expect(allNodes(system).filter((n) => n.level === 'INDICATOR')).toHaveLength(14);
    expect(allNodes(system).filter((n) => n.level === 'ITEM')).toHaveLength(14);
    expect(system.categories.map((c) => Number(c.maxPoints))).toEqual([20, 22, 18, 32, 8]);
    expect(system.categories.reduce((sum, c) => sum + Number(c.maxPoints), 0)).toBe(
      Number(system.totalPoints),
    );
  });

  itHasSoundStructure(system, ['ITEM']);
});

describe('tongbai-department-2023 ranking (依排序计分)', () => {
  const rateKeys = [
    'tbDReviewCorrectionRate',
    'tbDLitigationLossRate',
    'tbDDoublePublicityLateOrMissing',
  ] as const;
  const codes = {
    tbDReviewCorrectionRate: 'TB-D-1.1.a',
    tbDLitigationLossRate: 'TB-D-1.2.a',
    tbDDoublePublicityLateOrMissing: 'TB-D-2.3.a',
  };
  const maxes = {
    tbDReviewCorrectionRate: 10,
    tbDLitigationLossRate: 10,
    tbDDoublePublicityLateOrMissing: 6,
  };

  it.each(rateKeys)(
    '%s: no events → full marks outside the ranking; highest rate → 0; ties share a rank',
    (key) => {
      const cards = scoreUnits(system, [
        unitWith({ [key]: rate(0, 5) }, 'none'),
        unitWith({ [key]: rate(0, 0) }, 'nothing'),
        unitWith({ [key]: rate(1, 10) }, 'best'),
        unitWith({ [key]: rate(1, 5) }, 'middle'),
        unitWith({ [key]: rate(1, 4) }, 'worst1'),
        unitWith({ [key]: rate(2, 8) }, 'worst2'),
      ]);
      const max = maxes[key];
      const got = Object.fromEntries(cards.map((c) => [c.unit.id, pointsOf(c, codes[key])]));
      // 4 ranked units: best rank 1 → max; middle rank 2 → max × 2/3; the two tied at 25% are the worst → 0
      expect(got).toEqual({
        none: max,
        nothing: max,
        best: max,
        middle: Number(((max * 2) / 3).toFixed(2)),
        worst1: 0,
        worst2: 0,
      });
    },
  );

  it('scored alone, ranked nodes wait for the other departments', () => {
    const card = scoreUnit(system, unitWith({ tbDReviewCorrectionRate: rate(1, 4) }));
    expect(findScore(card.categories, 'TB-D-1.1.a')?.status).toBe('PENDING_PEERS');
    expect(card.provisional).toBe(true);
  });
});

describe('tongbai-department-2023 other rules', () => {
  it('得分=及时答复率*2+办结率*3: 9/10 and 10/10 → 4.8; no requests → 5', () => {
    expect(
      points(
        { tbDDisclosureRequestsTimely: rate(9, 10), tbDDisclosureRequestsClosed: rate(10, 10) },
        'TB-D-2.2.a',
      ),
    ).toBe(4.8);
    expect(
      points(
        { tbDDisclosureRequestsTimely: rate(0, 0), tbDDisclosureRequestsClosed: rate(0, 0) },
        'TB-D-2.2.a',
      ),
    ).toBe(5);
  });

  it('得分=办结率*10: 95/100 → 9.5; no tickets → 10', () => {
    expect(points({ tbDHotlineClosed: rate(95, 100) }, 'TB-D-3.2.a')).toBe(9.5);
    expect(points({ tbDHotlineClosed: rate(0, 0) }, 'TB-D-3.2.a')).toBe(10);
  });

  it('扣完为止: website 2 per failure, contracts 2 per issue, judgments 4 each', () => {
    expect(points({ tbDWebsiteFailures: 2 }, 'TB-D-2.1.a')).toBe(2);
    expect(points({ tbDWebsiteFailures: 4 }, 'TB-D-2.1.a')).toBe(0);
    expect(points({ tbDContractIssues: 3 }, 'TB-D-4.1.a')).toBe(2);
    expect(points({ tbDContractIssues: 9 }, 'TB-D-4.1.a')).toBe(0);
    expect(points({ tbDContractBreachJudgments: 1 }, 'TB-D-4.2.a')).toBe(4);
    expect(points({ tbDContractBreachJudgments: 3 }, 'TB-D-4.2.a')).toBe(0);
  });

  it('拖欠账款: 无拖欠 8, 有拖欠 0; 失信被执行人: any listing loses all 8', () => {
    expect(points({ tbDSmeArrears: 'NONE' }, 'TB-D-4.3.a')).toBe(8);
    expect(points({ tbDSmeArrears: 'ARREARS' }, 'TB-D-4.3.a')).toBe(0);
    expect(points({ tbDDishonestDebtors: 0 }, 'TB-D-4.4.a')).toBe(8);
    expect(points({ tbDDishonestDebtors: 1 }, 'TB-D-4.4.a')).toBe(0);
    expect(points({ tbDDishonestDebtors: 3 }, 'TB-D-4.4.a')).toBe(0);
  });

  it('五类信息: a point per compliant or explained kind, at most 5', () => {
    const values = (compliant: string[], explained: string[]) => ({
      tbDFiveKindsCompliant: compliant,
      tbDFiveKindsExplained: explained,
    });
    expect(points(values(['ENFORCEMENT', 'REWARD'], ['ADJUDICATION']), 'TB-D-2.4.a')).toBe(3);
    expect(
      points(values(['ENFORCEMENT', 'REWARD', 'CONFIRMATION'], ['ADJUDICATION', 'INSPECTION']), 'TB-D-2.4.a'),
    ).toBe(5);
  });

  it('分级分类监管: 开展 5 + 公示 3; 无监管权限 with an accepted explanation → full marks', () => {
    expect(points({ tbDTieredSupervision: ['APPLIED'] }, 'TB-D-3.1.a')).toBe(5);
    expect(points({ tbDTieredSupervision: ['APPLIED', 'PUBLISHED'] }, 'TB-D-3.1.a')).toBe(8);
    expect(points({ tbDTieredSupervision: [] }, 'TB-D-3.1.a')).toBe(0);
    const exempted = scoreUnit(system, {
      ...unitWith({ tbDTieredSupervision: [] }),
      exemptions: { 'TB-D-3.1.a': '本单位无行政监管权限' },
    });
    expect(findScore(exempted.categories, 'TB-D-3.1.a')).toMatchObject({
      points: expect.any(String),
      status: 'EXEMPTED',
    });
    expect(pointsOf(exempted, 'TB-D-3.1.a')).toBe(8);
  });

  it('宣传教育: a point per activity with 方案 and 签到表, at most 4', () => {
    expect(points({ tbDIntegrityTrainingEvents: 3 }, 'TB-D-5.1.a')).toBe(3);
    expect(points({ tbDIntegrityPublicityEvents: 6 }, 'TB-D-5.2.a')).toBe(4);
  });
});

describe('tongbai-department-2023 sample', () => {
  it('holds 11 县直单位 with a value for every field', () => {
    expect(sample).toHaveLength(11);
    for (const s of sample) {
      expect(Object.keys(s.values).sort()).toEqual([...fieldKeys].sort());
      expect([s.unit.name, validateValues(fields, s.values)]).toEqual([s.unit.name, []]);
    }
  });

  it('ranks the sample: 纠错率 20% first and the two tied at 25% last; 败诉率 in three ranks; no events full', () => {
    const cards = scoreUnits(system, sample);
    const got = Object.fromEntries(cards.map((c) => [c.unit.name, pointsOf(c, 'TB-D-1.1.a')]));
    expect(got['县教育局']).toBe(10);
    expect(got['县财政局']).toBe(0);
    expect(got['县市场监督管理局']).toBe(0);
    expect(got['县发展和改革委员会']).toBe(10);
    const litigation = Object.fromEntries(cards.map((c) => [c.unit.name, pointsOf(c, 'TB-D-1.2.a')]));
    // ranked: 人社 12.5% first, 自然资源 25% second of three (10 × 1/2), 市场监管 33.3% last
    expect([
      litigation['县人力资源和社会保障局'],
      litigation['县自然资源局'],
      litigation['县市场监督管理局'],
    ]).toEqual([10, 5, 0]);
    expect(litigation['县住房和城乡建设局']).toBe(10);
    const exempted = cards.find((c) => c.unit.name === '县机关事务管理局') as ScoreCard;
    expect(findScore(exempted.categories, 'TB-D-3.1.a')?.status).toBe('EXEMPTED');
  });

  it('scores every 县直单位 within [0, 100] with ranks 1..n (ties share a rank)', () => {
    const cards = scoreUnits(system, sample);
    expect(cards).toHaveLength(11);
    const totals = cards.map((c) => Number(c.total));
    for (const t of totals) expect(t >= 0 && t <= 100).toBe(true);
    cards.forEach((card, i) => {
      const expectedRank = 1 + totals.filter((t) => t > Number(card.total)).length;
      expect([card.unit.id, card.rank]).toEqual([card.unit.id, expectedRank]);
      if (i > 0) expect(totals[i - 1]).toBeGreaterThanOrEqual(totals[i] as number);
    });
  });
});
