import type {
  BandsRule,
  IndicatorNode,
  InputField,
  InputValues,
  NodeScore,
  Rule,
  ScoreCard,
  UnitSubmission,
} from '../model';
import { scoreUnit, scoreUnits, validateSystem, validateValues } from '../index';
import { nmgQuarterly2022 as system } from './nmg-quarterly-2022';
import sampleJson from './samples/nmg-quarterly-2022.json';

const sample = sampleJson as unknown as UnitSubmission[];

function allNodes(nodes: IndicatorNode[] = system.categories): IndicatorNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children ?? [])]);
}
const fields: InputField[] = allNodes().flatMap((n) => n.inputs ?? []);
const fieldKeys = new Set(fields.map((f) => f.key));

function ruleFieldKeys(rule: Rule): string[] {
  const exprs = 'metric' in rule ? [rule.metric.expr] : rule.kind === 'formula' ? [rule.expr] : [];
  if (rule.kind === 'rank' && rule.noEventsWhenZero !== undefined) exprs.push(rule.noEventsWhenZero);
  const direct =
    'field' in rule
      ? [rule.field]
      : 'occurrences' in rule
        ? rule.occurrences.map((o) => o.field)
        : 'items' in rule
          ? rule.items.map((i) => i.field)
          : [];
  const named = exprs
    .flatMap((e) => e.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])
    .filter((k) => !['min', 'max', 'clamp'].includes(k));
  return [...direct, ...named];
}

function findScore(scores: NodeScore[], code: string): NodeScore | undefined {
  for (const s of scores) {
    if (s.code === code) return s;
    const inner = findScore(s.children ?? [], code);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
function pointsOf(card: ScoreCard, code: string): number {
  const score = findScore(card.categories, code);
  if (score === undefined) throw new Error(`no score for ${code}`);
  return Number(score.points);
}
function unitWith(values: InputValues, id = 'u1'): UnitSubmission {
  const base = sample[0] as UnitSubmission;
  return { unit: { id, name: `测试盟市${id}`, kind: 'LEAGUE_CITY' }, values: { ...base.values, ...values } };
}
/** A percentage written in hundredths (9500 = 95.00%) as an exact rate. */
const pct = (hundredths: number) => ({ numerator: hundredths, denominator: 10000 });
const edgeHundredths = (edge: number | string) => Math.round(Number(edge) * 100);

describe('nmg-quarterly-2022 structure', () => {
  it('has 4 categories and 10 indicators adding up to 100', () => {
    expect(system.categories).toHaveLength(4);
    expect(allNodes().filter((n) => n.level === 'INDICATOR')).toHaveLength(10);
    expect(system.categories.map((c) => Number(c.maxPoints))).toEqual([20, 20, 40, 20]);
    expect(system.categories.reduce((sum, c) => sum + Number(c.maxPoints), 0)).toBe(
      Number(system.totalPoints),
    );
  });

  it('every parent is the sum of its children and every leaf has a rule', () => {
    for (const node of allNodes()) {
      if (node.children !== undefined) {
        expect(node.rule).toBeUndefined();
        const sum = node.children.reduce((s, c) => s + Number(c.maxPoints) * 100, 0);
        expect([node.code, sum]).toEqual([node.code, Number(node.maxPoints) * 100]);
      } else {
        expect([node.code, node.rule?.kind !== undefined]).toEqual([node.code, true]);
      }
    }
  });

  it('codes and field keys are unique; every node keeps its source text', () => {
    const codes = allNodes().map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(fieldKeys.size).toBe(fields.length);
    for (const node of allNodes().filter((n) => n.level !== 'CATEGORY')) {
      expect([node.code, (node.sourceText ?? '').length > 0, node.dataSource !== undefined]).toEqual([
        node.code,
        true,
        true,
      ]);
    }
  });

  it('every rule reads only fields defined on its own node', () => {
    for (const node of allNodes().filter((n) => n.rule !== undefined)) {
      const own = (node.inputs ?? []).map((f) => f.key);
      expect([node.code, ruleFieldKeys(node.rule as Rule).filter((k) => !own.includes(k))]).toEqual([
        node.code,
        [],
      ]);
      expect([node.code, ruleFieldKeys(node.rule as Rule).length > 0]).toEqual([node.code, true]);
    }
  });

  it('every rule reading a rate states its zero-denominator policy', () => {
    const rateKeys = new Set(fields.filter((f) => f.type === 'rate').map((f) => f.key));
    for (const node of allNodes()) {
      const rule = node.rule;
      if (rule === undefined || !ruleFieldKeys(rule).some((k) => rateKeys.has(k))) continue;
      expect([node.code, 'zeroDenominator' in rule ? rule.zeroDenominator?.policy : undefined]).toEqual([
        node.code,
        expect.any(String),
      ]);
    }
  });

  it('has no ERROR problems in validateSystem', () => {
    expect(validateSystem(system).filter((p) => p.severity === 'ERROR')).toEqual([]);
  });
});

describe('nmg-quarterly-2022 band edges', () => {
  const bandNodes = allNodes().filter(
    (n): n is IndicatorNode & { rule: BandsRule } => n.rule?.kind === 'bands',
  );

  it('bands cover every value exactly once (at, just below and just above each edge)', () => {
    for (const node of bandNodes) {
      for (const band of node.rule.bands) {
        for (const edge of [band.min, band.max].filter((e): e is number | string => e !== null)) {
          for (const probe of [-1, 0, 1].map((d) => edgeHundredths(edge) + d)) {
            const hits = node.rule.bands.filter(
              (b) =>
                (b.min === null ||
                  (b.minInclusive ? probe >= edgeHundredths(b.min) : probe > edgeHundredths(b.min))) &&
                (b.max === null ||
                  (b.maxInclusive ? probe <= edgeHundredths(b.max) : probe < edgeHundredths(b.max))),
            );
            expect([node.code, probe, hits.length]).toEqual([node.code, probe, 1]);
          }
        }
      }
    }
  });

  it('the engine scores every edge probe as the band data says', () => {
    for (const node of bandNodes) {
      const key = node.rule.metric.expr;
      for (const band of node.rule.bands) {
        for (const edge of [band.min, band.max].filter((e): e is number | string => e !== null)) {
          for (const probe of [-1, 0, 1].map((d) => edgeHundredths(edge) + d)) {
            const expected = node.rule.bands.find(
              (b) =>
                (b.min === null ||
                  (b.minInclusive ? probe >= edgeHundredths(b.min) : probe > edgeHundredths(b.min))) &&
                (b.max === null ||
                  (b.maxInclusive ? probe <= edgeHundredths(b.max) : probe < edgeHundredths(b.max))),
            );
            const card = scoreUnit(system, unitWith({ [key]: pct(probe) }));
            expect([node.code, probe, pointsOf(card, node.code)]).toEqual([
              node.code,
              probe,
              Number(expected?.points),
            ]);
          }
        }
      }
    }
  });

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
