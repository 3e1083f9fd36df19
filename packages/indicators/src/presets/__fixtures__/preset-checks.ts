/**
 * Checks every preset's test file runs: the tree adds up, codes and keys are unique, rules read only
 * their own node's fields, rate rules state a zero-denominator policy, band tables cover each edge
 * exactly once and the engine scores every edge as the table says.
 */
import type {
  BandsRule,
  IndicatorNode,
  IndicatorSystem,
  InputField,
  InputValues,
  NodeLevel,
  NodeScore,
  Rule,
  ScoreCard,
  UnitSubmission,
} from '../../model';
import { scoreUnit, validateSystem } from '../../index';

export function allNodes(system: IndicatorSystem): IndicatorNode[] {
  const walk = (nodes: IndicatorNode[]): IndicatorNode[] =>
    nodes.flatMap((n) => [n, ...walk(n.children ?? [])]);
  return walk(system.categories);
}

export function systemFields(system: IndicatorSystem): InputField[] {
  return allNodes(system).flatMap((n) => n.inputs ?? []);
}

/** Field keys a rule reads, directly or inside its expressions. */
export function ruleFieldKeys(rule: Rule): string[] {
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

export function findScore(scores: NodeScore[], code: string): NodeScore | undefined {
  for (const s of scores) {
    if (s.code === code) return s;
    const inner = findScore(s.children ?? [], code);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export function pointsOf(card: ScoreCard, code: string): number {
  const score = findScore(card.categories, code);
  if (score === undefined) throw new Error(`no score for ${code}`);
  return Number(score.points);
}

/** The generic structure checks, registered inside the caller's describe block. */
export function itHasSoundStructure(system: IndicatorSystem, sourceTextLevels: NodeLevel[]): void {
  const nodes = allNodes(system);
  const fields = systemFields(system);

  it('every parent is the sum of its children and every leaf has a rule', () => {
    for (const node of nodes) {
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
    const codes = nodes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    for (const node of nodes.filter((n) => sourceTextLevels.includes(n.level))) {
      expect([node.code, (node.sourceText ?? '').length > 0, node.dataSource !== undefined]).toEqual([
        node.code,
        true,
        true,
      ]);
    }
  });

  it('every rule reads only fields defined on its own node', () => {
    for (const node of nodes.filter((n) => n.rule !== undefined)) {
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
    for (const node of nodes) {
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
}

/** A percentage written in hundredths (9500 = 95.00%) as an exact rate. */
export const pct = (hundredths: number) => ({ numerator: hundredths, denominator: 10000 });
const edgeHundredths = (edge: number | string) => Math.round(Number(edge) * 100);

function bandsHolding(rule: BandsRule, probe: number) {
  return rule.bands.filter(
    (b) =>
      (b.min === null || (b.minInclusive ? probe >= edgeHundredths(b.min) : probe > edgeHundredths(b.min))) &&
      (b.max === null || (b.maxInclusive ? probe <= edgeHundredths(b.max) : probe < edgeHundredths(b.max))),
  );
}

/** Every edge of every percent band table, at, just below and just above it. */
export function itScoresEveryBandEdge(
  system: IndicatorSystem,
  unitWith: (values: InputValues) => UnitSubmission,
): void {
  const bandNodes = allNodes(system).filter(
    (n): n is IndicatorNode & { rule: BandsRule } => n.rule?.kind === 'bands',
  );
  const probes = (node: IndicatorNode & { rule: BandsRule }) =>
    node.rule.bands.flatMap((band) =>
      [band.min, band.max]
        .filter((e): e is number | string => e !== null)
        .flatMap((edge) => [-1, 0, 1].map((d) => edgeHundredths(edge) + d)),
    );

  it('bands cover every value exactly once (at, just below and just above each edge)', () => {
    for (const node of bandNodes) {
      for (const probe of probes(node)) {
        expect([node.code, probe, bandsHolding(node.rule, probe).length]).toEqual([node.code, probe, 1]);
      }
    }
  });

  it('the engine scores every edge probe as the band data says', () => {
    for (const node of bandNodes) {
      for (const probe of probes(node)) {
        const expected = bandsHolding(node.rule, probe)[0];
        const card = scoreUnit(system, unitWith({ [node.rule.metric.expr]: pct(probe) }));
        expect([node.code, probe, pointsOf(card, node.code)]).toEqual([
          node.code,
          probe,
          Number(expected?.points),
        ]);
      }
    }
  });
}
