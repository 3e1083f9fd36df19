import type { InputValues, UnitSubmission } from '../model';
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
import { nmgQuarterly2022 as system } from './nmg-quarterly-2022';
import sampleJson from './samples/nmg-quarterly-2022.json';

const sample = sampleJson as unknown as UnitSubmission[];
const fields = systemFields(system);
const fieldKeys = new Set(fields.map((f) => f.key));

function unitWith(values: InputValues, id = 'u1'): UnitSubmission {
  const base = sample[0] as UnitSubmission;
  return { unit: { id, name: `测试盟市${id}`, kind: 'LEAGUE_CITY' }, values: { ...base.values, ...values } };
}

describe('nmg-quarterly-2022 structure', () => {
  it('has 4 categories and 10 indicators adding up to 100', () => {
    expect(system.categories).toHaveLength(4);
    expect(allNodes(system).filter((n) => n.level === 'INDICATOR')).toHaveLength(10);
    expect(system.categories.map((c) => Number(c.maxPoints))).toEqual([20, 20, 40, 20]);
    expect(system.categories.reduce((sum, c) => sum + Number(c.maxPoints), 0)).toBe(
      Number(system.totalPoints),
    );
  });

  itHasSoundStructure(system, ['INDICATOR', 'ITEM']);
});

describe('nmg-quarterly-2022 band edges', () => {
  itScoresEveryBandEdge(system, unitWith);

  it.each([
    ['NMG-Q-1.1', 'nmgQDoublePublicityCompliance', 9500, 1.5],
    ['NMG-Q-1.1', 'nmgQDoublePublicityCompliance', 9499, 0],
    ['NMG-Q-1.1', 'nmgQDoublePublicityCompliance', 9899, 5],
    ['NMG-Q-1.1', 'nmgQDoublePublicityCompliance', 9900, 6],
    ['NMG-Q-1.1', 'nmgQDoublePublicityCompliance', 10000, 6],
    ['NMG-Q-1.2', 'nmgQDoublePublicityLate', 99, 6],
    ['NMG-Q-1.2', 'nmgQDoublePublicityLate', 100, 5],
    ['NMG-Q-1.2', 'nmgQDoublePublicityLate', 499, 1.5],
    ['NMG-Q-1.2', 'nmgQDoublePublicityLate', 500, 0],
    ['NMG-Q-1.3', 'nmgQDoublePublicityConcealed', 149, 7],
    ['NMG-Q-1.3', 'nmgQDoublePublicityConcealed', 150, 6],
    ['NMG-Q-1.3', 'nmgQDoublePublicityConcealed', 450, 1],
    ['NMG-Q-2.1', 'nmgQCreditRepairOverdue', 100, 6],
    ['NMG-Q-2.2', 'nmgQHotlineResolution', 8999, 0],
    ['NMG-Q-2.2', 'nmgQHotlineResolution', 9800, 5],
    ['NMG-Q-2.3', 'nmgQHotlineSatisfaction', 9900, 6],
  ])('seed text: %s %s at %d/10000 → %d points', (code, key, hundredths, points) => {
    expect(pointsOf(scoreUnit(system, unitWith({ [key]: pct(hundredths) })), code)).toBe(points);
  });

  it('95 of 100 records accepted is exactly 95% and scores 1.5, not 0', () => {
    const card = scoreUnit(
      system,
      unitWith({ nmgQDoublePublicityCompliance: { numerator: 95, denominator: 100 } }),
    );
    expect(pointsOf(card, 'NMG-Q-1.1')).toBe(1.5);
  });
});

describe('nmg-quarterly-2022 zero denominators', () => {
  it('no reported records: 合规率 not applicable, 迟报率 full marks', () => {
    const card = scoreUnit(
      system,
      unitWith({
        nmgQDoublePublicityCompliance: pct(0),
        nmgQDoublePublicityLate: { numerator: 0, denominator: 0 },
      }),
    );
    expect(pointsOf(card, 'NMG-Q-1.2')).toBe(6);
    const zeroReported = scoreUnit(
      system,
      unitWith({ nmgQDoublePublicityCompliance: { numerator: 0, denominator: 0 } }),
    );
    expect(findScore(zeroReported.categories, 'NMG-Q-1.1')?.status).toBe('NOT_APPLICABLE');
    expect(Number(zeroReported.maxTotal)).toBe(94);
    // the 94 applicable points are re-normalised to the stated 100
    const applicablePoints = zeroReported.categories.reduce((sum, c) => sum + Number(c.points), 0);
    expect(Number(zeroReported.total)).toBeCloseTo((applicablePoints * 100) / 94, 1);
  });

  it('no credit repairs in the quarter: 超期率 full marks', () => {
    const card = scoreUnit(system, unitWith({ nmgQCreditRepairOverdue: { numerator: 0, denominator: 0 } }));
    expect(pointsOf(card, 'NMG-Q-2.1')).toBe(8);
  });
});

describe('nmg-quarterly-2022 deductions and increments', () => {
  it('公共事务管理部门政务失信: 12 debtors (capped at −10) + 3 breaches (−6) → 4', () => {
    const card = scoreUnit(system, unitWith({ nmgQPublicBodyDebtors: 12, nmgQPublicBodyBreaches: 3 }));
    expect(pointsOf(card, 'NMG-Q-3.1')).toBe(4);
  });

  it('公共事务管理部门政务失信: both caps reached → 0, never negative', () => {
    const card = scoreUnit(system, unitWith({ nmgQPublicBodyDebtors: 30, nmgQPublicBodyBreaches: 30 }));
    expect(pointsOf(card, 'NMG-Q-3.1')).toBe(0);
  });

  it('公职人员政务失信: 2 points each, 7 cases → 6, 11 cases → 0', () => {
    expect(pointsOf(scoreUnit(system, unitWith({ nmgQOfficialMisconduct: 7 })), 'NMG-Q-3.2')).toBe(6);
    expect(pointsOf(scoreUnit(system, unitWith({ nmgQOfficialMisconduct: 11 })), 'NMG-Q-3.2')).toBe(0);
  });

  it('查询批次: 0.5 each, 19 → 9.5, 20 and more → 10', () => {
    expect(pointsOf(scoreUnit(system, unitWith({ nmgQOfficialQueryBatches: 19 })), 'NMG-Q-4.2')).toBe(9.5);
    expect(pointsOf(scoreUnit(system, unitWith({ nmgQOfficialQueryBatches: 40 })), 'NMG-Q-4.2')).toBe(10);
  });

  it('查询领域: six listed domains plus five others is capped at 10', () => {
    const all = ['PROCUREMENT', 'BIDDING', 'LICENSING', 'MARKET_ACCESS', 'QUALIFICATION', 'FUNDING'];
    expect(
      pointsOf(scoreUnit(system, unitWith({ nmgQQueryDomains: all, nmgQQueryOtherDomains: 5 })), 'NMG-Q-4.1'),
    ).toBe(10);
    expect(
      pointsOf(
        scoreUnit(system, unitWith({ nmgQQueryDomains: ['BIDDING'], nmgQQueryOtherDomains: 2 })),
        'NMG-Q-4.1',
      ),
    ).toBe(3);
  });
});

describe('nmg-quarterly-2022 sample', () => {
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
