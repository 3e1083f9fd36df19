import type { InputValues, ScoreCard, UnitSubmission } from '../model';
import { scoreUnit, scoreUnits, validateValues } from '../index';
import {
  allNodes,
  findScore,
  itHasSoundStructure,
  itScoresEveryBandEdge,
  pct,
  pointsOf,
  systemFields,
} from './__fixtures__/preset-checks';
import { nmgAnnual2022 as system } from './nmg-annual-2022';
import sampleJson from './samples/nmg-annual-2022.json';

const sample = sampleJson as unknown as UnitSubmission[];
const fields = systemFields(system);
const fieldKeys = new Set(fields.map((f) => f.key));

function unitWith(values: InputValues, id = 'u1'): UnitSubmission {
  const base = sample[0] as UnitSubmission;
  return { unit: { id, name: `测试盟市${id}`, kind: 'LEAGUE_CITY' }, values: { ...base.values, ...values } };
}

describe('nmg-annual-2022 structure', () => {
  it('has 5 categories and 14 indicators adding up to 100', () => {
    expect(system.categories).toHaveLength(5);
    expect(allNodes(system).filter((n) => n.level === 'INDICATOR')).toHaveLength(14);
    expect(system.categories.map((c) => Number(c.maxPoints))).toEqual([10, 20, 25, 30, 15]);
    expect(system.categories.reduce((sum, c) => sum + Number(c.maxPoints), 0)).toBe(
      Number(system.totalPoints),
    );
  });

  itHasSoundStructure(system, ['INDICATOR', 'ITEM']);
});

describe('nmg-annual-2022 band edges', () => {
  itScoresEveryBandEdge(system, unitWith);

  it.each([
    ['NMG-A-2.2', 'nmgADoublePublicityCompliance', 9500, 1],
    ['NMG-A-2.2', 'nmgADoublePublicityCompliance', 9499, 0],
    ['NMG-A-2.2', 'nmgADoublePublicityCompliance', 9750, 3],
    ['NMG-A-2.2', 'nmgADoublePublicityCompliance', 9900, 5],
    ['NMG-A-2.3', 'nmgADoublePublicityLate', 99, 5],
    ['NMG-A-2.3', 'nmgADoublePublicityLate', 100, 4],
    ['NMG-A-2.3', 'nmgADoublePublicityLate', 500, 0],
    ['NMG-A-2.4', 'nmgADoublePublicityConcealed', 499, 1],
    ['NMG-A-3.1.c', 'nmgACreditRepairOverdue', 200, 3],
    ['NMG-A-3.2.a', 'nmgAHotlineResolution', 8999, 0],
    ['NMG-A-3.2.a', 'nmgAHotlineResolution', 9000, 1],
    ['NMG-A-3.2.b', 'nmgAHotlineSatisfaction', 9800, 5],
  ])('seed text: %s %s at %d/10000 → %d points', (code, key, hundredths, points) => {
    expect(pointsOf(scoreUnit(system, unitWith({ [key]: pct(hundredths) })), code)).toBe(points);
  });

  it('95 of 100 records accepted is exactly 95% and scores 1, not 0', () => {
    const card = scoreUnit(
      system,
      unitWith({ nmgADoublePublicityCompliance: { numerator: 95, denominator: 100 } }),
    );
    expect(pointsOf(card, 'NMG-A-2.2')).toBe(1);
  });
});

describe('nmg-annual-2022 relative to the best', () => {
  it('seed example: 第2名分数占第1名80% → 4 of 5 points (政务公开情况)', () => {
    const cards = scoreUnits(system, [
      unitWith({ nmgAGovOpennessScore: 90 }, 'a'),
      unitWith({ nmgAGovOpennessScore: 72 }, 'b'),
      unitWith({ nmgAGovOpennessScore: 45 }, 'c'),
    ]);
    const byId = (id: string) => cards.find((c) => c.unit.id === id) as ScoreCard;
    expect(pointsOf(byId('a'), 'NMG-A-2.1')).toBe(5);
    expect(pointsOf(byId('b'), 'NMG-A-2.1')).toBe(4);
    expect(pointsOf(byId('c'), 'NMG-A-2.1')).toBe(2.5);
  });

  it('公职人员诚信教育: more sessions score higher, relative to the most active 盟市', () => {
    const cards = scoreUnits(system, [
      unitWith({ nmgAIntegrityEducationSessions: 10 }, 'a'),
      unitWith({ nmgAIntegrityEducationSessions: 8 }, 'b'),
      unitWith({ nmgAIntegrityEducationSessions: 3 }, 'c'),
    ]);
    expect(cards.map((c) => [c.unit.id, pointsOf(c, 'NMG-A-4.3')]).sort()).toEqual([
      ['a', 5],
      ['b', 4],
      ['c', 1.5],
    ]);
  });

  it('scored alone, a relative-to-best node waits for its peers', () => {
    const card = scoreUnit(system, unitWith({}));
    expect(findScore(card.categories, 'NMG-A-2.1')?.status).toBe('PENDING_PEERS');
    expect(card.provisional).toBe(true);
  });
});

describe('nmg-annual-2022 other rule kinds', () => {
  it('公共事务管理部门政务失信: 12 debtors (capped at −5) + 3 breaches (−6) → 4', () => {
    const card = scoreUnit(system, unitWith({ nmgAPublicBodyDebtors: 12, nmgAPublicBodyBreaches: 3 }));
    expect(pointsOf(card, 'NMG-A-4.1')).toBe(4);
  });

  it('公职人员信用信息查询: 25 batches × 0.2 = exactly 5, 24 → 4.8, 26 → 5', () => {
    for (const [batches, points] of [
      [25, '5'],
      [24, '4.8'],
      [26, '5'],
    ] as const) {
      const score = findScore(
        scoreUnit(system, unitWith({ nmgAOfficialQueryBatches: batches })).categories,
        'NMG-A-5.2',
      );
      expect(Number(score?.points)).toBe(Number(points));
      expect(score?.points).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });

  it('科学民主决策: one point per 制度', () => {
    const card = scoreUnit(
      system,
      unitWith({ nmgADecisionSystems: ['LEGAL_ADVISER', 'RISK_ASSESSMENT', 'LEGALITY_REVIEW'] }),
    );
    expect(pointsOf(card, 'NMG-A-1.1')).toBe(3);
  });

  it('法治政府建设: 报告 1 + 会议部署 2 scored separately', () => {
    const reportOnly = scoreUnit(
      system,
      unitWith({ nmgALawReportPublished: true, nmgALawWorkDeployed: false }),
    );
    expect(pointsOf(reportOnly, 'NMG-A-1.3')).toBe(1);
    const meetingOnly = scoreUnit(
      system,
      unitWith({ nmgALawReportPublished: false, nmgALawWorkDeployed: true }),
    );
    expect(pointsOf(meetingOnly, 'NMG-A-1.3')).toBe(2);
  });

  it('创新管理方式: three 5-point parts (0.5 per 领域, bands on 超期率)', () => {
    const card = scoreUnit(
      system,
      unitWith({
        nmgATieredSupervisionDomains: 7,
        nmgAJointRewardPunishDomains: 12,
        nmgACreditRepairOverdue: { numerator: 0, denominator: 0 },
      }),
    );
    expect(pointsOf(card, 'NMG-A-3.1.a')).toBe(3.5);
    expect(pointsOf(card, 'NMG-A-3.1.b')).toBe(5);
    expect(pointsOf(card, 'NMG-A-3.1.c')).toBe(5);
    expect(pointsOf(card, 'NMG-A-3.1')).toBe(13.5);
  });
});

describe('nmg-annual-2022 sample', () => {
  it('holds the 12 盟市 with a value for every field', () => {
    expect(sample).toHaveLength(12);
    for (const s of sample) {
      expect(Object.keys(s.values).sort()).toEqual([...fieldKeys].sort());
      expect([s.unit.name, validateValues(fields, s.values)]).toEqual([s.unit.name, []]);
    }
  });

  it('scores every 盟市 within [0, 100] with ranks 1..n (ties share a rank)', () => {
    const cards = scoreUnits(system, sample);
    expect(cards).toHaveLength(12);
    const totals = cards.map((c) => Number(c.total));
    for (const t of totals) expect(t >= 0 && t <= 100).toBe(true);
    cards.forEach((card, i) => {
      const expectedRank = 1 + totals.filter((t) => t > Number(card.total)).length;
      expect([card.unit.id, card.rank]).toEqual([card.unit.id, expectedRank]);
      if (i > 0) expect(totals[i - 1]).toBeGreaterThanOrEqual(totals[i] as number);
    });
  });
});
