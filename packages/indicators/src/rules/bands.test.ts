import type { Band, BandsRule } from '../model';
import { scoreBands } from './bands';
import { context, rate, rateField } from './__fixtures__/context';

const band = (min: number | null, max: number | null, points: number, minInclusive = true, maxInclusive = false): Band => ({
  min,
  max,
  points,
  minInclusive,
  maxInclusive,
});

// 合规率<95%不得分，95%≤合规率<96%得1分 … 99%及以上得5分
const compliance: BandsRule = {
  kind: 'bands',
  metric: { expr: 'hgl', label: '合规率' },
  bands: [
    band(null, 95, 0, false),
    band(95, 96, 1),
    band(96, 97, 2),
    band(97, 98, 3),
    band(98, 99, 4),
    band(99, null, 5),
  ],
};

// 迟报率<1%得5分，1%≤迟报率<2%得3分，迟报率≥2%不得分
const late: BandsRule = {
  kind: 'bands',
  metric: { expr: 'cbl', label: '迟报率' },
  bands: [band(null, 1, 5, false), band(1, 2, 3), band(2, null, 0)],
};

const fields = [rateField('hgl', '合规率'), rateField('cbl', '迟报率', '迟报', '上报')];
const score = (rule: BandsRule, values: Record<string, { numerator: number; denominator: number }>) =>
  scoreBands(rule, context(fields, values, 5));

describe('bands rule', () => {
  it.each([
    [94, 1000, 0], // 9.4%
    [949, 1000, 0], // 94.9%: just below the 95% edge
    [9499, 10000, 0],
    [95, 100, 1], // exactly 95% → 95%≤x<96%
    [951, 1000, 1],
    [959, 1000, 1], // just below 96%
    [96, 100, 2], // exactly 96%
    [979, 1000, 3],
    [98, 100, 4],
    [197, 200, 4],
    [989, 1000, 4],
    [99, 100, 5], // exactly 99% → 99%及以上
    [100, 100, 5],
    [0, 5, 0],
  ])('合规率 %i/%i → %i 分', (numerator, denominator, points) => {
    expect(score(compliance, { hgl: rate(numerator, denominator) }).points.toNumber()).toBe(points);
  });

  it('explains the band as a department can check it', () => {
    const result = score(compliance, { hgl: rate(197, 200) });
    expect(result.explanation).toBe('合规率 98.50%（入库197/上报200）落在 98%≤x<99% 档，得 4 分（满分 5 分）');
    expect(result.status).toBe('SCORED');
    expect(score(compliance, { hgl: rate(99, 100) }).explanation).toContain('x≥99% 档');
    expect(score(compliance, { hgl: rate(9, 10) }).explanation).toContain('x<95% 档，得 0 分');
  });

  it.each([
    [0, 100, 5],
    [9, 1000, 5], // 0.9%
    [1, 100, 3], // exactly 1% → 1%≤x<2%
    [19, 1000, 3],
    [2, 100, 0], // exactly 2%
    [50, 100, 0],
  ])('descending: 迟报 %i/%i → %i 分', (numerator, denominator, points) => {
    expect(score(late, { cbl: rate(numerator, denominator) }).points.toNumber()).toBe(points);
  });

  it('honours exclusive lower and inclusive upper edges exactly as written', () => {
    const rule: BandsRule = {
      kind: 'bands',
      metric: { expr: 'hgl', label: '合规率' },
      bands: [band(null, 90, 0, false, true), band(90, 100, 5, false, true)], // ≤90% 0分; >90% 5分
    };
    expect(score(rule, { hgl: rate(90, 100) }).points.toNumber()).toBe(0);
    expect(score(rule, { hgl: rate(901, 1000) }).points.toNumber()).toBe(5);
    expect(score(rule, { hgl: rate(100, 100) }).points.toNumber()).toBe(5);
    expect(score(rule, { hgl: rate(90, 100) }).explanation).toContain('x≤90% 档');
  });

  it('scores 0 and says so when no band contains the value', () => {
    const rule: BandsRule = { ...compliance, bands: [band(95, 100, 5, true, true)] };
    const result = score(rule, { hgl: rate(9, 10) });
    expect(result.points.toNumber()).toBe(0);
    expect(result.explanation).toContain('不在任何评分档内');
  });

  it('caps band points at the node max', () => {
    const rule: BandsRule = { ...compliance, bands: [band(null, null, 8, false)] };
    expect(score(rule, { hgl: rate(1, 2) }).points.toNumber()).toBe(5);
  });

  describe('zero denominator', () => {
    const zero = { hgl: rate(0, 0) };
    it('defaults to ZERO and says the default was used', () => {
      const result = score(compliance, zero);
      expect(result.points.toNumber()).toBe(0);
      expect(result.status).toBe('SCORED');
      expect(result.explanation).toContain('规则未规定分母为 0 的处理办法，按默认得 0 分');
    });
    it.each([
      ['FULL', undefined, 5, 'SCORED'],
      ['ZERO', undefined, 0, 'SCORED'],
      ['POINTS', 2.5, 2.5, 'SCORED'],
      ['NOT_APPLICABLE', undefined, 0, 'NOT_APPLICABLE'],
    ] as const)('applies policy %s', (policy, points, expected, status) => {
      const rule: BandsRule = { ...compliance, zeroDenominator: { policy, ...(points === undefined ? {} : { points }) } };
      const result = score(rule, zero);
      expect(result.points.toNumber()).toBe(expected);
      expect(result.status).toBe(status);
      expect(result.explanation).toContain('分母（上报）为 0');
    });
  });

  it('applies a PERMILLE scale when given', () => {
    const rule: BandsRule = {
      kind: 'bands',
      metric: { expr: 'hgl', label: '差错率', scale: 'PERMILLE' },
      bands: [band(null, 1, 5, false), band(1, null, 0)],
    };
    expect(score(rule, { hgl: rate(9, 10000) }).points.toNumber()).toBe(5);
    expect(score(rule, { hgl: rate(1, 1000) }).points.toNumber()).toBe(0);
    expect(score(rule, { hgl: rate(1, 1000) }).explanation).toContain('差错率 1.00‰');
  });
});
