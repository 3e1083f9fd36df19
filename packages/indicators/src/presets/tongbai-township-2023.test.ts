import type { InputValues, UnitSubmission } from '../model';
import { scoreUnit, scoreUnits, validateValues } from '../index';
import {
  allNodes,
  findScore,
  itHasSoundStructure,
  pointsOf,
  systemFields,
} from './__fixtures__/preset-checks';
import { tongbaiTownship2023 as system } from './tongbai-township-2023';
import sampleJson from './samples/tongbai-township-2023.json';

const sample = sampleJson as unknown as UnitSubmission[];
const fields = systemFields(system);
const fieldKeys = new Set(fields.map((f) => f.key));

function unitWith(values: InputValues, id = 'u1'): UnitSubmission {
  const base = sample[0] as UnitSubmission;
  return { unit: { id, name: `测试乡镇${id}`, kind: 'TOWNSHIP' }, values: { ...base.values, ...values } };
}
const rate = (numerator: number, denominator: number) => ({ numerator, denominator });
const points = (values: InputValues, code: string) => pointsOf(scoreUnit(system, unitWith(values)), code);

describe('tongbai-township-2023 structure', () => {
  it('has 5 categories, 14 二级指标 and 24 考核内容 adding up to 100', () => {
    expect(system.categories).toHaveLength(5);
    expect(allNodes(system).filter((n) => n.level === 'INDICATOR')).toHaveLength(14);
    expect(allNodes(system).filter((n) => n.level === 'ITEM')).toHaveLength(24);
    expect(system.categories.map((c) => Number(c.maxPoints))).toEqual([18, 22, 28, 18, 14]);
    expect(system.categories.reduce((sum, c) => sum + Number(c.maxPoints), 0)).toBe(
      Number(system.totalPoints),
    );
  });

  itHasSoundStructure(system, ['ITEM']);
});

describe('tongbai-township-2023 formulas', () => {
  it.each([
    [rate(1, 10), 4.5],
    [rate(0, 8), 5],
    [rate(8, 8), 0],
    [rate(1, 3), 3.33],
    [rate(0, 0), 5],
  ])('得分=（1-行政诉讼败诉率）*5: %j → %d', (lossRate, expected) => {
    expect(points({ tbTLitigationLossRate: lossRate }, 'TB-T-1.3.a')).toBe(expected);
  });

  it('得分=（1-行政复议直接纠错率）*5: 1 of 4 corrected → 3.75; no reviews → full', () => {
    expect(points({ tbTReviewCorrectionRate: rate(1, 4) }, 'TB-T-1.3.b')).toBe(3.75);
    expect(points({ tbTReviewCorrectionRate: rate(0, 0) }, 'TB-T-1.3.b')).toBe(5);
  });

  it('得分=2*上报率+2*合规率+2*及时率: 90%, 95%, 80% → 5.3; all 100% → 6', () => {
    const values = {
      tbTDoublePublicityReporting: rate(90, 100),
      tbTDoublePublicityCompliance: rate(95, 100),
      tbTDoublePublicityTimely: rate(80, 100),
    };
    expect(points(values, 'TB-T-2.3.a')).toBe(5.3);
    const perfect = {
      tbTDoublePublicityReporting: rate(7, 7),
      tbTDoublePublicityCompliance: rate(7, 7),
      tbTDoublePublicityTimely: rate(7, 7),
    };
    expect(points(perfect, 'TB-T-2.3.a')).toBe(6);
  });

  it('no “双公示” data reported: the item does not apply and the reachable total drops by 6', () => {
    const card = scoreUnit(system, unitWith({ tbTDoublePublicityCompliance: rate(0, 0) }));
    expect(findScore(card.categories, 'TB-T-2.3.a')?.status).toBe('NOT_APPLICABLE');
    expect(Number(card.maxTotal)).toBe(94);
  });

  it('归集: each kind scores 归集条数/存续企业数 up to 1', () => {
    const values = {
      tbTLiveEnterprises: 1000,
      tbTTaxRecords: 1000,
      tbTWaterRecords: 500,
      tbTPowerRecords: 2000,
      tbTGasRecords: 250,
      tbTRealEstateRecords: 1200,
      tbTResearchRecords: 0,
    };
    expect(points(values, 'TB-T-2.3.c')).toBe(3.75);
  });

  it('政务服务事项覆盖率 and 好差评, 清偿率, 兑现率, 履约率 formulas', () => {
    const coverage = {
      tbTOnlineCoverage: rate(100, 100),
      tbTImmediateCoverage: rate(50, 100),
      tbTOneVisitCoverage: rate(80, 100),
      tbTNearbyCoverage: rate(25, 100),
    };
    expect(points(coverage, 'TB-T-3.1.a')).toBe(2.55);
    expect(points({ tbTServiceSatisfaction: rate(95, 100) }, 'TB-T-3.1.b')).toBe(3.8);
    expect(points({ tbTRandomInspectionCoverage: rate(3, 4) }, 'TB-T-3.2.d')).toBe(2.25);
    expect(points({ tbTSmeArrearsCleared: rate(900, 1000) }, 'TB-T-4.1.a')).toBe(5.4);
    expect(points({ tbTSmeArrearsCleared: rate(0, 0) }, 'TB-T-4.1.a')).toBe(6);
    expect(points({ tbTInvestmentPromisesKept: rate(5, 6) }, 'TB-T-4.2.a')).toBe(5);
    expect(points({ tbTProcurementPaid: rate(0, 0) }, 'TB-T-4.3.a')).toBe(6);
  });
});

describe('tongbai-township-2023 counts, lists and choices', () => {
  it('政府网站: 0.5 per failure until zero (3 → 1.5, 6 → 0, 9 → 0)', () => {
    expect(points({ tbTWebsiteFailures: 3 }, 'TB-T-2.2.a')).toBe(1.5);
    expect(points({ tbTWebsiteFailures: 6 }, 'TB-T-2.2.a')).toBe(0);
    expect(points({ tbTWebsiteFailures: 9 }, 'TB-T-2.2.a')).toBe(0);
  });

  it('信用修复处理: 0.5 per issue until zero (3 → 0.5, 5 → 0)', () => {
    expect(points({ tbTCreditRepairIssues: 3 }, 'TB-T-3.2.f')).toBe(0.5);
    expect(points({ tbTCreditRepairIssues: 5 }, 'TB-T-3.2.f')).toBe(0);
  });

  it('重大行政决策制度: 0.4 per reposted and per local document (5 + 3 → 3.2)', () => {
    const all = ['HEARING', 'CATALOGUE', 'FOLLOW_UP', 'EXPERT_POOL', 'RISK'];
    expect(
      points(
        { tbTDecisionRulesReposted: all, tbTDecisionRulesLocal: ['HEARING', 'RISK', 'CATALOGUE'] },
        'TB-T-1.2.a',
      ),
    ).toBe(3.2);
    expect(points({ tbTDecisionRulesReposted: all, tbTDecisionRulesLocal: all }, 'TB-T-1.2.a')).toBe(4);
  });

  it('决策事项目录: 制定 1 + 按时公布 1', () => {
    expect(points({ tbTDecisionCatalogue: ['DRAWN_UP'] }, 'TB-T-1.2.b')).toBe(1);
    expect(points({ tbTDecisionCatalogue: ['DRAWN_UP', 'PUBLISHED_ON_TIME'] }, 'TB-T-1.2.b')).toBe(2);
  });

  it('0.6 per 领域: 4 → 2.4, 5 → 3 (信用报告, 信用奖惩)', () => {
    expect(
      points(
        { tbTCreditReportDomains: ['PROCUREMENT', 'BIDDING', 'APPROVAL', 'MARKET_ACCESS'] },
        'TB-T-3.2.a',
      ),
    ).toBe(2.4);
    expect(
      points(
        { tbTCreditReportDomains: ['PROCUREMENT', 'BIDDING', 'APPROVAL', 'MARKET_ACCESS', 'QUALIFICATION'] },
        'TB-T-3.2.a',
      ),
    ).toBe(3);
    expect(points({ tbTRewardPunishDomains: 4 }, 'TB-T-3.2.e')).toBe(2.4);
    expect(points({ tbTRewardPunishDomains: 6 }, 'TB-T-3.2.e')).toBe(3);
  });

  it('分级分类监管: 0.2 per 领域, 30 领域 → exactly 6, 17 → 3.4; 替代证明 0.5 per 场景 capped at 3', () => {
    expect(points({ tbTTieredSupervisionDomains: 30 }, 'TB-T-3.2.c')).toBe(6);
    expect(points({ tbTTieredSupervisionDomains: 17 }, 'TB-T-3.2.c')).toBe(3.4);
    expect(points({ tbTTieredSupervisionDomains: 45 }, 'TB-T-3.2.c')).toBe(6);
    expect(points({ tbTReportReplacesProofScenes: 9 }, 'TB-T-3.2.b')).toBe(3);
  });

  it.each([
    ['A', 0],
    ['B', 2],
    ['C', 4],
    ['D', 6],
  ])('政府失信情况 %s → %d', (option, expected) => {
    expect(points({ tbTPublicBodyDebtorStatus: option }, 'TB-T-5.2.a')).toBe(expected);
  });

  it('负面清单案例: 无通报 5, 妥善处理 3, 未妥善处理 0', () => {
    expect(points({ tbTNegativeListCases: 'NONE' }, 'TB-T-5.1.a')).toBe(5);
    expect(points({ tbTNegativeListCases: 'HANDLED' }, 'TB-T-5.1.a')).toBe(3);
    expect(points({ tbTNegativeListCases: 'UNHANDLED' }, 'TB-T-5.1.a')).toBe(0);
  });

  it('权责清单 2 points; 诚信教育活动 0.5 each capped at 3', () => {
    expect(points({ tbTPowerListPublished: true }, 'TB-T-1.1.a')).toBe(2);
    expect(points({ tbTPowerListPublished: false }, 'TB-T-1.1.a')).toBe(0);
    expect(points({ tbTIntegrityEducationEvents: 5 }, 'TB-T-5.3.a')).toBe(2.5);
    expect(points({ tbTIntegrityEducationEvents: 8 }, 'TB-T-5.3.a')).toBe(3);
  });
});

describe('tongbai-township-2023 sample', () => {
  it('holds 12 乡镇（街道） with a value for every field', () => {
    expect(sample).toHaveLength(12);
    for (const s of sample) {
      expect(Object.keys(s.values).sort()).toEqual([...fieldKeys].sort());
      expect([s.unit.name, validateValues(fields, s.values)]).toEqual([s.unit.name, []]);
    }
  });

  it('scores every 乡镇（街道） within [0, 100] with ranks 1..n (ties share a rank)', () => {
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
