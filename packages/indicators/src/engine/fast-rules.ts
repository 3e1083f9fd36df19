/**
 * The common rule shapes compiled once per scoring run into fixed-point scorers: bands and
 * proportional on one rate field, a formula `rate × constant`, capped deductions per occurrence.
 *
 * Exactness: inputs are integers (numerator, denominator, counts up to 10^9) and every constant a
 * short decimal, so each value is a rational with a small denominator. decimal.js carries 40
 * significant digits; the two can only disagree where the exact value sits exactly on a rounding
 * half or on a clamp edge, and there a scorer returns undefined and the node is scored by the
 * decimal.js rule instead. Texts that depend only on the rule (band ranges, 满分, zero-denominator
 * outcomes) are written once here with the decimal.js formatters.
 */
import type { Dec } from '../decimal';
import { clamp, formatPlain, formatPoints, toDecimal, ZERO } from '../decimal';
import type { Scale } from '../decimal';
import { scaleFactor, scaleSuffix } from '../decimal';
import { decimalPlaces, fixedText, isExact, MAX_FIXED_SCALE, plainText, pointsText, pow10, roundQuotient, terminates, toScaledInt } from '../decimal/fixed';
import type { ExprNode } from '../expression';
import { parseCached } from '../expression';
import type { BandsRule, DecimalLike, DeductionRule, FormulaRule, InputField, Metric, ProportionalRule, Rule } from '../model';
import { countUnit, describeBand, formatEdge, readableExpression, scoredText } from '../rules/explain';
import { metricScale } from '../rules/metric';
import type { EvalScope } from '../expression';

/** Inputs above this go through decimal.js: products with 10^4-scaled constants stay exact. */
const MAX_INPUT = 1_000_000_000;

/** A scorer: the explanation, with `out.points` set to the node's points rounded to the system's decimals. */
export interface FastRule {
  score(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined;
}

/** What a scorer needs about its node and system. */
export interface FastNodeInfo {
  max: Dec;
  /** max points at scale `decimals` */
  maxInt: number;
  decimals: number;
  scope: EvalScope;
  /** the node's result when its rate's denominator is 0, from the decimal.js rule (undefined: let it decide) */
  zero: { explanation: string; points: number } | undefined;
}

const hasOwn = Object.prototype.hasOwnProperty;

// the rate just read; module scratch so that reading allocates nothing
let num = 0;
let den = 0;

/**
 * Whether values[key] can reach Object.prototype: only keys it has (constructor, toString …).
 * The unit's values are a plain object (checked per unit), so for any other key values[key] is
 * the own value or undefined, and one lookup does what own() does with two.
 */
export function inheritable(key: string): boolean {
  return key in Object.prototype;
}

/** 1 read into num/den, -1 zero denominator, 0 anything unusual (missing, text, fractions, huge). */
function readRate(values: Readonly<Record<string, unknown>>, key: string, checkOwn: boolean): number {
  if (checkOwn && !hasOwn.call(values, key)) return 0;
  const value = values[key] as { numerator?: unknown; denominator?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
  const n = value.numerator;
  const d = value.denominator;
  if (typeof n !== 'number' || typeof d !== 'number') return 0;
  if (!(n >= 0 && n <= MAX_INPUT && d >= 0 && d <= MAX_INPUT) || !Number.isInteger(n) || !Number.isInteger(d)) return 0;
  num = n;
  den = d;
  return d === 0 ? -1 : 1;
}

/** A non-negative integer count up to 10^9, else -1. */
function readCount(values: Readonly<Record<string, unknown>>, key: string, checkOwn: boolean): number {
  if (checkOwn && !hasOwn.call(values, key)) return -1;
  const v = values[key];
  return typeof v === 'number' && v >= 0 && v <= MAX_INPUT && Number.isInteger(v) ? v : -1;
}

/** The single rate field a metric reads, with the scale its value is shown in. */
interface RateMetric {
  key: string;
  checkOwn: boolean;
  field: Extract<InputField, { type: 'rate' }>;
  scale: Scale;
  factor: number;
  /** “合规率 ”, “%”, “（入库数据量”, “/上报数据量” */
  head: string;
  suffix: string;
  numeratorHead: string;
  denominatorHead: string;
}

function rateMetric(metric: Metric, scope: EvalScope): RateMetric | undefined {
  const ast: ExprNode = parseCached(metric.expr);
  if (ast.type !== 'field') return undefined;
  const field = scope.fields.get(ast.key);
  if (field?.type !== 'rate') return undefined;
  const scale = metricScale(metric, scope);
  return {
    key: ast.key,
    checkOwn: inheritable(ast.key),
    field,
    scale,
    factor: scaleFactor(scale),
    head: `${metric.label} `,
    suffix: scaleSuffix(scale),
    numeratorHead: `（${field.numeratorLabel}`,
    denominatorHead: `/${field.denominatorLabel}`,
  };
}

/** The rate in num/den as formatScaled shows it, at scale 4 (PLAIN) or 2; NaN when too large. */
function shownRate(m: RateMetric): number {
  // a rate shown exactly on a half has a finite expansion, which decimal.js holds exactly
  return roundQuotient(num * m.factor, den, 0, m.scale === 'PLAIN' ? 4 : 2, true);
}

/**
 * “合规率 98.50%（入库数据量197/上报数据量200）” followed by `tail`. Joined in one piece: a card
 * keeps ~50 of these per unit, and one flat string is cheaper to keep than a rope of seven.
 */
function metricLine(m: RateMetric, shown: number, tail: string): string {
  const value = m.scale === 'PLAIN' ? plainText(shown, 4) : fixedText(shown, 2);
  return [m.head, value, m.suffix, m.numeratorHead, fixedText(num, 0), m.denominatorHead, fixedText(den, 0), '）', tail].join('');
}

/** Integer of a constant at `scale`; compile-time only. */
function scaled(value: DecimalLike | Dec, scale: number): number {
  const v = toScaledInt(value, scale);
  if (v === undefined) throw new RangeError('constant outside the fixed-point range');
  return v;
}

function placesOf(values: Array<DecimalLike | Dec | null | undefined>): number {
  let places = 0;
  for (const v of values) if (v !== null && v !== undefined) places = Math.max(places, decimalPlaces(v));
  return places;
}

function pointsInt(points: Dec, decimals: number): number {
  return scaled(points.toDecimalPlaces(decimals), decimals);
}

class BandsScorer implements FastRule {
  private readonly edges: Array<{ min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean }>;
  private readonly suffix: string[];
  private readonly points: number[];
  private readonly none: string;

  constructor(
    rule: BandsRule,
    private readonly metric: RateMetric,
    private readonly places: number,
    private readonly info: FastNodeInfo,
  ) {
    this.edges = rule.bands.map((b) => ({
      min: b.min === null ? null : scaled(b.min, places),
      minInclusive: b.minInclusive,
      max: b.max === null ? null : scaled(b.max, places),
      maxInclusive: b.maxInclusive,
    }));
    this.suffix = rule.bands.map((b) => {
      const points = clamp(toDecimal(b.points), ZERO, info.max);
      const capped = points.equals(toDecimal(b.points)) ? '' : `（档位分值 ${formatPoints(toDecimal(b.points))} 分超出本项分值，按满分计）`;
      return `落在 ${describeBand(b, metric.scale)} 档，${scoredText(points, info.max)}${capped}`;
    });
    this.points = rule.bands.map((b) => pointsInt(clamp(toDecimal(b.points), ZERO, info.max), info.decimals));
    this.none = `不在任何评分档内，${scoredText(ZERO, info.max)}`;
  }

  score(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined {
    const read = readRate(values, this.metric.key, this.metric.checkOwn);
    if (read === 0) return undefined;
    if (read === -1) {
      if (this.info.zero === undefined) return undefined;
      out.points = this.info.zero.points;
      return this.info.zero.explanation;
    }
    const shown = shownRate(this.metric);
    // value = num × factor / den against edge / 10^places: compare num × factor × 10^places with edge × den
    const left = num * this.metric.factor * pow10(this.places);
    if (Number.isNaN(shown) || !isExact(left)) return undefined;
    for (let i = 0; i < this.edges.length; i++) {
      const band = this.edges[i]!;
      if (band.min !== null) {
        const right = band.min * den;
        if (!isExact(right)) return undefined;
        if (band.minInclusive ? left < right : left <= right) continue;
      }
      if (band.max !== null) {
        const right = band.max * den;
        if (!isExact(right)) return undefined;
        if (band.maxInclusive ? left > right : left >= right) continue;
      }
      out.points = this.points[i]!;
      return metricLine(this.metric, shown, this.suffix[i]!);
    }
    out.points = 0;
    return metricLine(this.metric, shown, this.none);
  }
}

class ProportionalScorer implements FastRule {
  private readonly from: number;
  private readonly to: number;
  private readonly fromPoints: number;
  private readonly toPoints: number;
  private readonly maxAtPoints: number;
  private readonly belowText: string;
  private readonly aboveText: string;
  private readonly between: string;
  private readonly maxFull: string;
  private readonly belowPoints: number;
  private readonly abovePoints: number;

  constructor(
    rule: ProportionalRule,
    private readonly metric: RateMetric,
    private readonly places: number,
    private readonly pointPlaces: number,
    private readonly info: FastNodeInfo,
  ) {
    this.from = scaled(rule.from.value, places);
    this.to = scaled(rule.to.value, places);
    this.fromPoints = scaled(rule.from.points, pointPlaces);
    this.toPoints = scaled(rule.to.points, pointPlaces);
    this.maxAtPoints = scaled(info.max, pointPlaces);
    const from = formatEdge(toDecimal(rule.from.value), metric.scale);
    const to = formatEdge(toDecimal(rule.to.value), metric.scale);
    const below = clamp(toDecimal(rule.from.points), ZERO, info.max);
    const above = clamp(toDecimal(rule.to.points), ZERO, info.max);
    this.belowText = `，未达到 ${from}，按 ${from} 计，${scoredText(below, info.max)}`;
    this.aboveText = `，达到 ${to}，${scoredText(above, info.max)}`;
    this.between = `，介于 ${from} 与 ${to} 之间，按比例计分，`;
    this.maxFull = ` 分（满分 ${formatPoints(info.max)} 分）`;
    this.belowPoints = pointsInt(below, info.decimals);
    this.abovePoints = pointsInt(above, info.decimals);
  }

  score(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined {
    const read = readRate(values, this.metric.key, this.metric.checkOwn);
    if (read === 0) return undefined;
    if (read === -1) {
      if (this.info.zero === undefined) return undefined;
      out.points = this.info.zero.points;
      return this.info.zero.explanation;
    }
    const shown = shownRate(this.metric);
    const left = num * this.metric.factor * pow10(this.places);
    if (Number.isNaN(shown) || !isExact(left) || !isExact(this.from * den) || !isExact(this.to * den)) return undefined;
    // t = (value − from) / (to − from) = a / b
    let a = left - this.from * den;
    let b = (this.to - this.from) * den;
    if (b === 0) {
      const reached = left >= this.to * den;
      out.points = reached ? this.abovePoints : this.belowPoints;
      return metricLine(this.metric, shown, reached ? this.aboveText : this.belowText);
    }
    if (b < 0) {
      a = -a;
      b = -b;
    }
    if (a <= 0) {
      out.points = this.belowPoints;
      return metricLine(this.metric, shown, this.belowText);
    }
    if (a >= b) {
      out.points = this.abovePoints;
      return metricLine(this.metric, shown, this.aboveText);
    }
    // points = fromPoints + (toPoints − fromPoints) × a / b, at scale pointPlaces over b
    const fromTerm = this.fromPoints * b;
    const stepTerm = (this.toPoints - this.fromPoints) * a;
    const maxTerm = this.maxAtPoints * b;
    if (!isExact(fromTerm) || !isExact(stepTerm) || !isExact(maxTerm)) return undefined;
    const top = fromTerm + stepTerm;
    // on a clamp edge decimal.js may land either side of it: let it decide
    if (top <= 0 || top >= maxTerm) return undefined;
    const shownPoints = roundQuotient(top, b, this.pointPlaces, 2);
    const points = roundQuotient(top, b, this.pointPlaces, this.info.decimals);
    if (Number.isNaN(shownPoints) || Number.isNaN(points)) return undefined;
    out.points = points;
    return metricLine(this.metric, shown, [this.between, '得 ', plainText(shownPoints, 2), this.maxFull].join(''));
  }
}

class RateTimesScorer implements FastRule {
  private readonly checkOwn: boolean;
  private readonly factor: number;
  private readonly head: string;
  private readonly suffix: string;
  private readonly numeratorHead: string;
  private readonly denominatorHead: string;
  private readonly clampedTail: string;
  private readonly maxFull: string;
  private readonly maxAt: number;

  constructor(
    rule: FormulaRule,
    private readonly field: Extract<InputField, { type: 'rate' }>,
    private readonly key: string,
    private readonly coefficient: number,
    private readonly places: number,
    private readonly info: FastNodeInfo,
  ) {
    this.checkOwn = inheritable(key);
    this.factor = scaleFactor(field.display);
    this.head = `按公式 ${readableExpression(rule.expr, info.scope.fields)} 计算（${field.label}=`;
    this.suffix = scaleSuffix(field.display);
    this.numeratorHead = `（${field.numeratorLabel}`;
    this.denominatorHead = `/${field.denominatorLabel}`;
    this.clampedTail = `，超出 0～${formatPlain(info.max)} 分范围，按 ${formatPlain(info.max)} 分计，${scoredText(info.max, info.max)}`;
    this.maxFull = ` 分（满分 ${formatPoints(info.max)} 分）`;
    this.maxAt = scaled(info.max, places);
  }

  score(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined {
    const read = readRate(values, this.key, this.checkOwn);
    if (read === 0) return undefined;
    if (read === -1) {
      if (this.info.zero === undefined) return undefined;
      out.points = this.info.zero.points;
      return this.info.zero.explanation;
    }
    const ratio = roundQuotient(num * this.factor, den, 0, 2, true);
    // raw = num × coefficient / (den × 10^places); on a half or on max only a finite num / den is exact
    const top = num * this.coefficient;
    const maxSide = this.maxAt * den;
    if (Number.isNaN(ratio) || !isExact(top) || !isExact(maxSide)) return undefined;
    if (top === maxSide && !terminates(num, den)) return undefined;
    const raw = this.rounded(top, 4);
    if (Number.isNaN(raw)) return undefined;
    if (top > maxSide) {
      out.points = this.info.maxInt;
      return this.line(ratio, raw, this.clampedTail, '', '');
    }
    const shown = this.rounded(top, 2);
    const points = this.info.decimals === 2 ? shown : this.rounded(top, this.info.decimals);
    if (Number.isNaN(shown) || Number.isNaN(points)) return undefined;
    out.points = points;
    return this.line(ratio, raw, '，得 ', plainText(shown, 2), this.maxFull);
  }

  /** top / (den × 10^places) to `to` places; a half counts only when num / den terminates. */
  private rounded(top: number, to: number): number {
    const value = roundQuotient(top, den, this.places, to);
    if (!Number.isNaN(value) || !terminates(num, den)) return value;
    return roundQuotient(top, den, this.places, to, true);
  }

  /** 按公式 及时率×2 计算（及时率=98.50%（入库数据量197/上报数据量200）），结果为 1.97，得 1.97 分（满分 2 分） */
  private line(ratio: number, raw: number, tail: string, points: string, maxFull: string): string {
    const parts = [this.head, fixedText(ratio, 2), this.suffix, this.numeratorHead, fixedText(num, 0), this.denominatorHead, fixedText(den, 0), '）），结果为 ', plainText(raw, 4), tail, points, maxFull];
    return parts.join('');
  }
}

interface Occurrence {
  key: string;
  checkOwn: boolean;
  each: number;
  cap: number | undefined;
  zeroText: string;
  head: string;
  unitText: string;
  capHead: string;
}

/** Counts below this have their one-occurrence outcome kept: most units report 0–5 records. */
const REMEMBERED_COUNTS = 256;

class DeductionScorer implements FastRule {
  private readonly items: Occurrence[];
  private readonly maxAt: number;
  private readonly maxFull: string;
  /** one occurrence type: the text and points per count, shared by every unit with that count */
  private readonly byCount: Array<{ text: string; points: number } | undefined> = [];

  constructor(
    rule: DeductionRule,
    private readonly places: number,
    private readonly info: FastNodeInfo,
  ) {
    this.items = rule.occurrences.map((o) => {
      const unit = countUnit(info.scope.fields.get(o.field));
      return {
        key: o.field,
        checkOwn: inheritable(o.field),
        each: scaled(o.pointsEach, places),
        cap: o.cap === undefined ? undefined : scaled(o.cap, places),
        zeroText: `${o.label} 0 ${unit}，不减分`,
        head: `${o.label} `,
        capHead: o.cap === undefined ? '' : `（最高减${formatPoints(toDecimal(o.cap))}分`,
        unitText: ` ${unit}，每${unit}减${formatPoints(toDecimal(o.pointsEach))}分，减`,
      };
    });
    this.maxAt = scaled(info.max, places);
    this.maxFull = ` 分（满分 ${formatPoints(info.max)} 分）`;
  }

  score(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined {
    if (this.items.length !== 1) return this.scoreCounts(values, out);
    const count = readCount(values, this.items[0]!.key, this.items[0]!.checkOwn);
    if (count < 0) return undefined;
    if (count >= REMEMBERED_COUNTS) return this.scoreCounts(values, out);
    const known = this.byCount[count];
    if (known !== undefined) {
      out.points = known.points;
      return known.text;
    }
    const text = this.scoreCounts(values, out);
    if (text !== undefined) this.byCount[count] = { text, points: out.points };
    return text;
  }

  private scoreCounts(values: Readonly<Record<string, unknown>>, out: { points: number }): string | undefined {
    let deducted = 0;
    const lines: string[] = [];
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const count = readCount(values, item.key, item.checkOwn);
      if (count < 0) return undefined;
      const full = count * item.each;
      if (!isExact(full)) return undefined;
      const amount = item.cap === undefined || full <= item.cap ? full : item.cap;
      if (i > 0) lines.push('；');
      if (count === 0) {
        lines.push(item.zeroText);
        continue;
      }
      deducted += amount;
      lines.push(item.head, fixedText(count, 0), item.unitText, pointsText(amount, this.places), '分');
      if (item.cap !== undefined) lines.push(item.capHead, amount < full ? '，已封顶）' : '）');
    }
    const left = this.maxAt - deducted;
    const points = left < 0 ? 0 : left;
    // counts × short constants are exact in decimal.js too: a half rounds up in both
    out.points = roundQuotient(points, 1, this.places, this.info.decimals, true);
    if (Number.isNaN(out.points)) return undefined;
    lines.push(left < 0 ? '，扣完为止，得 ' : '，得 ', pointsText(points, this.places), this.maxFull);
    return lines.join('');
  }
}

/** A fixed-point scorer for the rule, or undefined when it runs through decimal.js. */
export function compileFastRule(rule: Rule, info: FastNodeInfo): FastRule | undefined {
  try {
    switch (rule.kind) {
      case 'bands': {
        const metric = rateMetric(rule.metric, info.scope);
        const places = placesOf(rule.bands.flatMap((b) => [b.min, b.max]));
        if (metric === undefined || places > 4) return undefined;
        return new BandsScorer(rule, metric, places, info);
      }
      case 'proportional': {
        const metric = rateMetric(rule.metric, info.scope);
        const places = placesOf([rule.from.value, rule.to.value]);
        const pointPlaces = placesOf([rule.from.points, rule.to.points, info.max]);
        if (metric === undefined || places > 4 || pointPlaces > 4) return undefined;
        return new ProportionalScorer(rule, metric, places, pointPlaces, info);
      }
      case 'formula':
        return compileRateTimes(rule, info);
      case 'deduction': {
        const places = Math.max(info.decimals, placesOf([info.max, ...rule.occurrences.flatMap((o) => [o.pointsEach, o.cap])]));
        const countable = rule.occurrences.every((o) => {
          const field = info.scope.fields.get(o.field);
          return field !== undefined && (field.type === 'count' || field.type === 'amount') && field.required !== false;
        });
        if (!countable || places > 6 || rule.occurrences.length === 0) return undefined;
        return new DeductionScorer(rule, places, info);
      }
      default:
        return undefined;
    }
  } catch {
    // a constant outside the fixed-point range or a rule the decimal.js path will refuse with
    // its own message when (and only when) a unit reaches it
    return undefined;
  }
}

/** `rate * 2`, `2 * rate`: the commonest formula in the seeds (得分=及时率×2). */
function compileRateTimes(rule: FormulaRule, info: FastNodeInfo): FastRule | undefined {
  const ast: ExprNode = parseCached(rule.expr);
  if (ast.type !== 'binary' || ast.op !== '*') return undefined;
  const [fieldNode, numberNode] = ast.left.type === 'field' ? [ast.left, ast.right] : [ast.right, ast.left];
  if (fieldNode.type !== 'field' || numberNode.type !== 'number' || numberNode.value.isNegative()) return undefined;
  const field = info.scope.fields.get(fieldNode.key);
  if (field?.type !== 'rate') return undefined;
  const places = Math.max(decimalPlaces(numberNode.value), decimalPlaces(info.max));
  if (places > 4 || places > MAX_FIXED_SCALE) return undefined;
  const coefficient = toScaledInt(numberNode.value, places);
  if (coefficient === undefined || coefficient > 1_000_000) return undefined;
  return new RateTimesScorer(rule, field, fieldNode.key, coefficient, places, info);
}

