/**
 * The fixed-point path must give the very cards the decimal.js pipeline gives: same points, same
 * texts, same key order, same ranks, same errors. Random systems mix bands, proportional,
 * deductions, penalties (倒扣) and `rate × c` formulas (plus a formula the fast path leaves to decimal.js), with
 * edges, coefficients and rates chosen to land exactly on band edges, rounding halves and caps.
 */
import fc from 'fast-check';
import type { Band, DeductionRule, IndicatorNode, IndicatorSystem, InputField, InputValues, Rule, UnitSubmission, ZeroDenominatorPolicy } from '../model';
import { referenceRank, referenceScoreUnits } from './__fixtures__/reference-scoring';
import { scoreFast } from './fast-card';
import { compilePlan } from './fast-plan';
import { rankCards } from './ranking';
import { scoreUnits } from './score-units';

/** A short decimal: v / 10^places, written as JSON would hold it (sometimes as a string). */
const short = (min: number, max: number, places: number): fc.Arbitrary<number | string> =>
  fc.tuple(fc.integer({ min: min * 10 ** places, max: max * 10 ** places }), fc.boolean()).map(([v, asText]) => {
    const n = Number((v / 10 ** places).toFixed(places));
    return asText ? String(n) : n;
  });

const places = fc.constantFrom(0, 0, 1, 2);
const maxPoints = fc.oneof(fc.integer({ min: 1, max: 20 }), short(0, 10, 2));
const zeroPolicy: fc.Arbitrary<ZeroDenominatorPolicy | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<ZeroDenominatorPolicy>({ policy: 'FULL' }, { policy: 'ZERO' }, { policy: 'NOT_APPLICABLE' }, { policy: 'POINTS', points: 1.5 }),
);
const scale = fc.constantFrom<'PERCENT' | 'PERMILLE' | 'PLAIN' | undefined>(undefined, 'PERCENT', 'PERMILLE', 'PLAIN');

/** Edges in the metric's own scale: 95 (%), 950 (‰) or 0.95. */
function edgesFor(metricScale: string | undefined): fc.Arbitrary<Array<number | string>> {
  const [lo, hi] = metricScale === 'PLAIN' ? [0, 1.2] : metricScale === 'PERMILLE' ? [0, 1200] : [0, 120];
  return places.chain((p) => fc.uniqueArray(short(lo, hi, metricScale === 'PLAIN' ? p + 2 : p), { minLength: 1, maxLength: 4, selector: Number }));
}

const bandsRule = (key: string): fc.Arbitrary<Rule> =>
  scale.chain((s) =>
    fc.record({
      s: fc.constant(s),
      edges: edgesFor(s),
      inclusive: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      points: fc.array(short(0, 12, 1), { minLength: 5, maxLength: 5 }),
      zero: zeroPolicy,
      descending: fc.boolean(),
    }),
  ).map(({ s, edges, inclusive, points, zero, descending }) => {
    const sorted = [...edges].sort((a, b) => Number(a) - Number(b));
    const cuts: Array<number | string | null> = [null, ...sorted, null];
    const bands: Band[] = cuts.slice(0, -1).map((min, i) => ({
      min,
      minInclusive: min === null ? false : inclusive[2 * i] === true,
      max: cuts[i + 1] ?? null,
      maxInclusive: cuts[i + 1] === null ? false : inclusive[2 * i + 1] === true,
      points: points[i] ?? 0,
    }));
    return { kind: 'bands', metric: { expr: key, label: '合规率', ...(s === undefined ? {} : { scale: s }) }, bands: descending ? bands.reverse() : bands, ...(zero === undefined ? {} : { zeroDenominator: zero }) };
  });

const proportionalRule = (key: string): fc.Arbitrary<Rule> =>
  fc
    .record({ s: scale, ends: edgesFor('PERCENT'), fromPoints: short(0, 12, 1), toPoints: short(0, 12, 2), zero: zeroPolicy, swap: fc.boolean() })
    .map(({ s, ends, fromPoints, toPoints, zero, swap }) => {
      const factor = s === 'PLAIN' ? 100 : s === 'PERMILLE' ? 0.1 : 1;
      const a = Number(ends[0]) / factor;
      const b = Number(ends[1] ?? ends[0]) / factor;
      const [from, to] = swap ? [b, a] : [a, b];
      return {
        kind: 'proportional',
        metric: { expr: key, label: '及时率', ...(s === undefined ? {} : { scale: s }) },
        from: { value: Number(from.toPrecision(6)), points: fromPoints },
        to: { value: Number(to.toPrecision(6)), points: toPoints },
        ...(zero === undefined ? {} : { zeroDenominator: zero }),
      };
    });

const formulaRule = (key: string): fc.Arbitrary<Rule> =>
  fc
    .record({ c: fc.oneof(short(0, 10, 0), short(0, 10, 1), short(0, 3, 3), fc.constantFrom(3, 7, 9, 6, 1.9, 0.3, 1.5)), order: fc.constantFrom('rc', 'cr', 'general'), zero: zeroPolicy })
    .map(({ c, order, zero }) => ({
      kind: 'formula',
      expr: order === 'rc' ? `${key} * ${c}` : order === 'cr' ? `${c} * ${key}` : `${key} * ${c} + 0.25`,
      ...(zero === undefined ? {} : { zeroDenominator: zero }),
    }));

const deductionRule = (keys: [string, string]): fc.Arbitrary<Rule> =>
  fc
    .array(fc.record({ each: fc.oneof(short(0, 3, 1), short(0, 1, 3)), cap: fc.option(short(0, 6, 1), { nil: undefined }) }), { minLength: 1, maxLength: 2 })
    .map((items) => ({
      kind: 'deduction',
      occurrences: items.map((item, i) => ({ field: keys[i] as string, label: `失信记录${i + 1}`, pointsEach: item.each, ...(item.cap === undefined ? {} : { cap: item.cap }) })),
    }));

function inputsFor(code: string, kind: string): InputField[] {
  if (kind === 'deduction' || kind === 'penalty') return [0, 1].map((i) => ({ key: `${code}_n${i}`, label: `记录数${code}${i}`, type: 'count' as const, unit: '条' }));
  return [{ key: `${code}_r`, label: `比率${code}`, type: 'rate', numeratorLabel: '分子', denominatorLabel: '分母', display: kind === 'formula' ? 'PERMILLE' : 'PERCENT' }];
}

const indicator = (code: string): fc.Arbitrary<IndicatorNode> =>
  fc
    .record({ kind: fc.constantFrom('bands', 'proportional', 'formula', 'deduction', 'penalty'), max: maxPoints, county: fc.integer({ min: 0, max: 9 }) })
    .chain(({ kind, max, county }) => {
      const rule =
        kind === 'bands'
          ? bandsRule(`${code}_r`)
          : kind === 'proportional'
            ? proportionalRule(`${code}_r`)
            : kind === 'formula'
              ? formulaRule(`${code}_r`)
              : deductionRule([`${code}_n0`, `${code}_n1`]).map((r): Rule => (kind === 'penalty' ? { kind: 'penalty', occurrences: (r as DeductionRule).occurrences } : r));
      return rule.map(
        (r): IndicatorNode => ({
          code,
          level: 'INDICATOR',
          name: `指标${code}`,
          maxPoints: max,
          inputs: inputsFor(code, kind),
          rule: r,
          ...(county === 0 ? { appliesTo: { unitKinds: ['COUNTY' as const] } } : {}),
        }),
      );
    });

const system: fc.Arbitrary<IndicatorSystem> = fc
  .record({
    categories: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 3 }),
    decimals: fc.constantFrom(undefined, 0, 1, 2, 3),
    floor: fc.constantFrom(undefined, 0, 5),
    gradeEdge: fc.constantFrom(60, 59.995, 12.5),
  })
  .chain(({ categories, decimals, floor, gradeEdge }) =>
    fc
      .tuple(...categories.map(([count], c) => fc.tuple(...Array.from({ length: count }, (_, i) => indicator(`C${c}I${i}`)))))
      .map(
        (groups): IndicatorSystem => ({
          id: 'fast-path',
          version: 1,
          name: '快速路径测试体系',
          unitKinds: ['DEPARTMENT', 'COUNTY'],
          periodKind: 'MONTH',
          totalPoints: 100,
          source: { title: '测试' },
          grading: [
            { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
            { grade: 'BLUE', label: '蓝名单', min: gradeEdge, minInclusive: true, max: 85, maxInclusive: false },
            { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: gradeEdge, maxInclusive: false },
          ],
          ...(decimals === undefined ? {} : { decimals }),
          ...(floor === undefined ? {} : { totalFloor: floor }),
          categories: groups.map((children, c) => ({ code: `C${c}`, level: 'CATEGORY', name: `类别${c}`, maxPoints: categories[c]?.[1] ?? 10, children })),
        }),
      ),
  );

/** Denominators that make exact edges, halves and non-terminating quotients likely. */
const denominator = fc.oneof(fc.constantFrom(0, 1, 3, 7, 8, 12, 16, 24, 40, 48, 76, 80, 96, 280, 400, 800, 1000, 3072, 12000), fc.integer({ min: 1, max: 2000 }));
const rate = fc.oneof(
  { weight: 12, arbitrary: denominator.chain((d) => fc.integer({ min: 0, max: Math.ceil(d * 1.3) }).map((n) => ({ numerator: n, denominator: d }))) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, '', { numerator: '39', denominator: '40' }, { numerator: 2.5, denominator: 4 }, { numerator: -1, denominator: 4 }, 'x') },
);
const count = fc.oneof({ weight: 12, arbitrary: fc.nat({ max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, '3', 2.5, -1, null) });

function valuesFor(sys: IndicatorSystem): fc.Arbitrary<InputValues> {
  const fields = sys.categories.flatMap((c) => (c.children ?? []).flatMap((n) => n.inputs ?? []));
  return fc.tuple(...fields.map((f) => (f.type === 'rate' ? rate : count))).map((vs) => {
    const values: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      if (vs[i] !== undefined) values[f.key] = vs[i];
    });
    return values as InputValues;
  });
}

const scenario = system.chain((sys) =>
  fc.record({
    system: fc.constant(sys),
    units: fc.array(fc.record({ values: valuesFor(sys), county: fc.boolean(), name: fc.constantFrom('甲局', '乙局', '丙局', '丁局') }), { minLength: 1, maxLength: 6 }),
    absent: fc.boolean(),
  }),
);

function submissions(units: Array<{ values: InputValues; county: boolean; name: string }>): UnitSubmission[] {
  return units.map((u, i) => ({ unit: { id: `u${i}`, name: u.name, kind: u.county ? 'COUNTY' : 'DEPARTMENT' }, values: u.values }));
}

/** One indicator in one category: the smallest system that shows a rule's exact outcome. */
function oneRule(rule: Rule, max: number, display: 'PERCENT' | 'PERMILLE' = 'PERCENT'): IndicatorSystem {
  return {
    id: 'one',
    version: 1,
    name: '单项',
    unitKinds: ['DEPARTMENT'],
    periodKind: 'MONTH',
    totalPoints: 100,
    source: { title: '测试' },
    categories: [
      {
        code: 'C',
        level: 'CATEGORY',
        name: '类别',
        maxPoints: 100,
        children: [
          {
            code: 'I',
            level: 'INDICATOR',
            name: '指标',
            maxPoints: max,
            inputs: [{ key: 'r', label: '比率', type: 'rate', numeratorLabel: '分子', denominatorLabel: '分母', display }],
            rule,
          },
        ],
      },
    ],
  };
}

describe('fixed-point scoring path', () => {
  // decimal.js keeps 40 digits: where the exact value sits on a half or a cap and the quotient
  // does not terminate, its rounding error decides the outcome and the fast path must defer
  it.each([
    ['r × 3 on a points half: 5/24 × 3 = 0.625, decimal.js 0.62499…', oneRule({ kind: 'formula', expr: 'r * 3' }, 1), 5, 24],
    ['r × 3 on a 4-place half: 11/96 × 3 = 0.34375, decimal.js 0.34374…', oneRule({ kind: 'formula', expr: 'r * 3' }, 1), 11, 96],
    ['1.9 × r on a points half: 3/76 × 1.9 = 0.075', oneRule({ kind: 'formula', expr: '1.9 * r' }, 1), 3, 76],
    ['r × 7 on a points half: 3/280 × 7 = 0.075', oneRule({ kind: 'formula', expr: 'r * 7' }, 1), 3, 280],
    ['r × 3 = max 1 through 1/3, decimal.js 0.99…', oneRule({ kind: 'formula', expr: 'r * 3' }, 1), 1, 3],
    ['proportional 0–90% → 0–3 at 18.75%: 0.625 through t = 0.2083…', oneRule({ kind: 'proportional', metric: { expr: 'r', label: '率' }, from: { value: 0, points: 0 }, to: { value: 90, points: 3 } }, 1), 3, 16],
    ['proportional 0–100% → 0–3 at 5/24: 0.625', oneRule({ kind: 'proportional', metric: { expr: 'r', label: '率' }, from: { value: 0, points: 0 }, to: { value: 100, points: 3 } }, 1), 5, 24],
    ['proportional reaching max 1 at 30% through t = 1/3', oneRule({ kind: 'proportional', metric: { expr: 'r', label: '率' }, from: { value: 0, points: 0 }, to: { value: 90, points: 3 } }, 1), 3, 10],
  ])('%s', (_name, sys, numerator, denominator) => {
    const subs = submissions([{ values: { r: { numerator, denominator } }, county: false, name: '甲局' }]);
    expect(JSON.stringify(scoreUnits(sys, subs))).toBe(JSON.stringify(referenceScoreUnits(sys, subs)));
  });

  it('gives the same cards, texts, ranks and errors as the decimal.js pipeline', () => {
    let units = 0;
    let fast = 0;
    fc.assert(
      fc.property(scenario, ({ system: sys, units: raw, absent }) => {
        const subs = submissions(raw);
        const expected = absent ? ['u0', 'missing'] : [];
        let reference: ReturnType<typeof referenceScoreUnits> | undefined;
        let failure: Error | undefined;
        try {
          reference = referenceScoreUnits(sys, subs, expected);
        } catch (error) {
          failure = error as Error;
        }
        if (failure !== undefined) {
          expect(() => scoreUnits(sys, subs, { expectedUnitIds: expected })).toThrow(failure.message);
          return;
        }
        const actual = scoreUnits(sys, subs, { expectedUnitIds: expected });
        expect(JSON.stringify(actual)).toBe(JSON.stringify(reference));
        expect(actual).toEqual(reference);
        const plan = compilePlan(sys);
        units += subs.length;
        fast += plan === undefined ? 0 : subs.filter((s) => scoreFast(plan, s) !== undefined).length;
      }),
      { numRuns: 400 },
    );
    // most random units must really take the fixed-point path, or this proves nothing
    expect(fast).toBeGreaterThan(units / 3);
  });

  it('treats odd submissions exactly as the decimal.js pipeline does (same card or same error)', () => {
    const bands = oneRule(
      { kind: 'bands', metric: { expr: 'r', label: '率' }, bands: [{ min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 }, { min: 95, minInclusive: true, max: null, maxInclusive: false, points: 1 }] },
      1,
    );
    const inherited = oneRule({ kind: 'formula', expr: 'constructor * 2' }, 2);
    inherited.categories[0]!.children![0]!.inputs = [{ key: 'constructor', label: '比率', type: 'rate', numeratorLabel: '分子', denominatorLabel: '分母', display: 'PERCENT' }];
    const bare = Object.create(null) as InputValues;
    (bare as Record<string, unknown>).r = { numerator: 96, denominator: 100 };
    const cases: Array<[IndicatorSystem, UnitSubmission]> = [
      [bands, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: undefined as unknown as InputValues }],
      [bands, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: { r: { numerator: 95, denominator: 100 } }, exemptions: null as unknown as Record<string, string> }],
      [bands, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: bare }],
      [bands, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: Object.create({ r: { numerator: 1, denominator: 1 } }) as InputValues }],
      [bands, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: { r: { numerator: 95, denominator: 100 } }, gradeOverride: { grade: 'YELLOW', reason: '人工' } }],
      [inherited, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: {} }],
      [inherited, { unit: { id: 'a', name: '甲', kind: 'DEPARTMENT' }, values: { constructor: { numerator: 1, denominator: 2 } } as unknown as InputValues }],
    ];
    for (const [sys, sub] of cases) {
      let expected: string;
      try {
        expected = JSON.stringify(referenceScoreUnits(sys, [sub]));
      } catch (error) {
        expected = `error: ${(error as Error).message}`;
      }
      let actual: string;
      try {
        actual = JSON.stringify(scoreUnits(sys, [sub]));
      } catch (error) {
        actual = `error: ${(error as Error).message}`;
      }
      expect(actual).toBe(expected);
    }
  });

  it('ranks like counting better totals, for known and unknown kinds and any totals', () => {
    const card = fc.record({
      total: fc.oneof(short(0, 100, 2).map(String), fc.constantFrom('1.5', '1.50', '-0.00', '0', '12345678901234567.89', '12345678901234567.88')),
      kind: fc.constantFrom('DEPARTMENT', 'COUNTY', 'LEAGUE_CITY', 'OTHER', 'ELSE'),
      name: fc.constantFrom('甲', '乙', 'a', 'B', '阿'),
      id: fc.constantFrom('1', '2', 'x', 'X'),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 12 }), fc.boolean(), (raw, knownOnly) => {
        const cards = raw
          .filter((c) => !knownOnly || (c.kind !== 'OTHER' && c.kind !== 'ELSE'))
          .map((c) => ({
            systemId: 's',
            systemVersion: 1,
            unit: { id: c.id, name: c.name, kind: c.kind as 'COUNTY' },
            total: c.total,
            maxTotal: '100.00',
            categories: [],
            grade: null,
            provisional: false,
            explanation: '',
          }));
        expect(JSON.stringify(rankCards(cards))).toBe(JSON.stringify(referenceRank(cards)));
      }),
      { numRuns: 500 },
    );
  });
});
