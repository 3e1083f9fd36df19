/** Property tests: bounds that must hold for any input, not just the worked examples. */
import fc from 'fast-check';
import { Dec, toDecimal } from '../decimal';
import type { Band, InputField, Rule } from '../model';
import { context } from './__fixtures__/context';
import { measurePeer } from './peer-measure';
import { scoreRank } from './rank';
import { scoreRelativeToBest } from './relative-to-best';
import { scoreRule } from './score-rule';
import type { SingleUnitRule } from './score-rule';

const fields: InputField[] = [
  { key: 'r', label: '比率', type: 'rate', numeratorLabel: '分子', denominatorLabel: '分母', display: 'PERCENT' },
  { key: 'n', label: '数量', type: 'count' },
  { key: 'm', label: '数量2', type: 'count' },
  { key: 'c', label: '清单', type: 'checklist', options: ['a', 'b', 'c', 'd'].map((code) => ({ code, label: code })) },
  { key: 'k', label: '单选', type: 'choice', options: ['A', 'B', 'C', 'D'].map((code) => ({ code, label: code })) },
];

const rateValue = fc.nat({ max: 10_000 }).chain((denominator) =>
  fc.nat({ max: denominator }).map((numerator) => ({ numerator, denominator })),
);
const values = fc.record({
  r: rateValue,
  n: fc.nat({ max: 1_000 }),
  m: fc.nat({ max: 1_000 }),
  c: fc.subarray(['a', 'b', 'c', 'd']),
  k: fc.constantFrom('A', 'B', 'C', 'D'),
});
const points = fc.integer({ min: 0, max: 2000 }).map((v) => v / 100);
const max = fc.integer({ min: 1, max: 30 });

const bands: Band[] = [
  { min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0 },
  { min: 90, minInclusive: true, max: 95, maxInclusive: false, points: 2 },
  { min: 95, minInclusive: true, max: 99, maxInclusive: false, points: 4 },
  { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 6 },
];

const singleRules: fc.Arbitrary<SingleUnitRule> = fc.oneof(
  fc.constant<SingleUnitRule>({ kind: 'bands', metric: { expr: 'r', label: '比率' }, bands }),
  fc.constantFrom<SingleUnitRule>(
    { kind: 'formula', expr: '(1 - r) * 5 + n - m' },
    { kind: 'formula', expr: 'r * 100 - n / (m + 1)' },
    { kind: 'formula', expr: 'n / m', zeroDenominator: { policy: 'FULL' } },
  ),
  fc.tuple(points, points, points).map(([each, cap, each2]): SingleUnitRule => ({
    kind: 'deduction',
    occurrences: [
      { field: 'n', label: '一', pointsEach: each, cap },
      { field: 'm', label: '二', pointsEach: each2 },
    ],
  })),
  points.map((each): SingleUnitRule => ({ kind: 'deductUntilZero', field: 'n', label: '不合规', pointsEach: each })),
  fc.tuple(points, points).map(([each, cap]): SingleUnitRule => ({
    kind: 'increment',
    items: [
      { field: 'n', label: '批次', pointsEach: each, cap },
      { field: 'c', label: '场景', pointsEach: each },
    ],
  })),
  fc.tuple(points, points).map(([each, a]): SingleUnitRule => ({ kind: 'checklist', field: 'c', pointsEach: each, optionPoints: { a } })),
  fc.tuple(points, points, points, points).map(([A, B, C, D]): SingleUnitRule => ({ kind: 'choice', field: 'k', optionPoints: { A, B, C, D } })),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), points, points)
    .filter(([a, b]) => a !== b)
    .map(([from, to, fp, tp]): SingleUnitRule => ({
      kind: 'proportional',
      metric: { expr: 'r', label: '比率' },
      from: { value: from, points: fp },
      to: { value: to, points: tp },
    })),
);

describe('rule properties', () => {
  it('every non-penalty rule scores within [0, max]', () => {
    fc.assert(
      fc.property(singleRules, values, max, (rule, v, m) => {
        const result = scoreRule(rule, context(fields, v, m));
        return result.points.greaterThanOrEqualTo(0) && result.points.lessThanOrEqualTo(m);
      }),
      { numRuns: 500 },
    );
  });

  it('peer rules score within [0, max]', () => {
    const peerRules: Rule[] = [
      { kind: 'relativeToBest', metric: { expr: 'r', label: '比率' }, higherIsBetter: true },
      { kind: 'relativeToBest', metric: { expr: 'n', label: '数量' }, higherIsBetter: false },
      { kind: 'rank', metric: { expr: 'r', label: '比率' }, higherIsBetter: false, noEventsWhenZero: 'm' },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...peerRules), fc.array(values, { minLength: 1, maxLength: 12 }), max, (rule, all, m) => {
        if (rule.kind !== 'relativeToBest' && rule.kind !== 'rank') return true;
        const measures = all.map((v) => measurePeer(rule, context(fields, v, m)));
        const results = rule.kind === 'rank' ? scoreRank(rule, toDecimal(m), measures) : scoreRelativeToBest(rule, toDecimal(m), measures);
        return results.every((r) => r.points.greaterThanOrEqualTo(0) && r.points.lessThanOrEqualTo(m));
      }),
      { numRuns: 300 },
    );
  });

  it('a monotonic band table scores monotonically', () => {
    fc.assert(
      fc.property(rateValue, rateValue, (a, b) => {
        const rule: SingleUnitRule = { kind: 'bands', metric: { expr: 'r', label: '比率' }, bands };
        const score = (r: typeof a) => scoreRule(rule, context(fields, { r }, 6)).points;
        const ratio = (r: typeof a) => (r.denominator === 0 ? new Dec(-1) : new Dec(r.numerator).dividedBy(r.denominator));
        if (a.denominator === 0 || b.denominator === 0) return true;
        const [lo, hi] = ratio(a).lessThanOrEqualTo(ratio(b)) ? [a, b] : [b, a];
        return score(lo).lessThanOrEqualTo(score(hi));
      }),
      { numRuns: 500 },
    );
  });

  it('deductions never go below 0 and never rise with more occurrences', () => {
    fc.assert(
      fc.property(points, fc.nat({ max: 500 }), fc.nat({ max: 500 }), max, (each, n1, n2, m) => {
        const rule: SingleUnitRule = { kind: 'deduction', occurrences: [{ field: 'n', label: '一', pointsEach: each }] };
        const at = (n: number) => scoreRule(rule, context(fields, { n }, m)).points;
        const [lo, hi] = n1 <= n2 ? [n1, n2] : [n2, n1];
        return at(hi).greaterThanOrEqualTo(0) && at(hi).lessThanOrEqualTo(at(lo));
      }),
      { numRuns: 300 },
    );
  });

  it('penalties are never positive', () => {
    fc.assert(
      fc.property(points, values, (each, v) => {
        const result = scoreRule({ kind: 'penalty', occurrences: [{ field: 'n', label: '瞒报', pointsEach: each }] }, context(fields, v, 0));
        return result.points.lessThanOrEqualTo(0);
      }),
    );
  });
});
