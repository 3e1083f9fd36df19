/**
 * Turns a period's approved values into scorecards with the engine (pure, no database).
 *
 * A MONTH period, or any period without started finer periods inside it, is scored once with
 * its own values. A QUARTER or YEAR period that contains started finer periods (Genhe's monthly
 * and quarterly indicators inside the annual assessment; Inner Mongolia's quarters inside the
 * year) is composed:
 * - every started finer period is scored on its own values (peer rules over the same units);
 * - the period itself is scored on all values of the finer periods and its own merged
 *   chronologically (a later period's value of a key wins), so CUMULATIVE and YEAR indicators
 *   see the latest figure;
 * - each MONTH or QUARTER indicator (node.periodKind, inherited from the parent, else the
 *   system's) is taken from the cards of the finer periods its inputs were reported in (its own
 *   kind first; see sourceKinds), everything else from the period's own card;
 * - aggregatePeriods then combines them by each node's aggregation (AVERAGE over the months …)
 *   and recomputes totals, grades and ranks. Every unit scored in the period gets a card in every
 *   started finer period, so a month without data counts as 0 (MISSING_INPUT), not as absent.
 */
import {
  aggregatePeriods,
  scoreUnits,
  type Grade,
  type IndicatorNode,
  type IndicatorSystem,
  type InputValues,
  type NodeScore,
  type PeriodKind,
  type ScoreCard,
  type ScoredUnit,
  type UnitSubmission,
} from '@govtrust/indicators';

export interface ScoringPeriod {
  id: string;
  kind: PeriodKind;
  year: number;
  index: number;
  label: string;
  /** opened at least once; periods never opened are not part of a roll-up */
  started: boolean;
}

export interface PeriodScoringInput {
  system: IndicatorSystem;
  target: ScoringPeriod;
  /** every period of the cycle */
  periods: readonly ScoringPeriod[];
  /** units that should be scored (assigned in the cycle and of a kind the system evaluates) */
  expectedUnits: readonly ScoredUnit[];
  /** merged approved values of one unit in one period, undefined when it has none */
  valuesOf: (periodId: string, unitId: string) => InputValues | undefined;
  /** accepted exemptions of one unit in one period (node code → explanation) */
  exemptionsOf?: (periodId: string, unitId: string) => Record<string, string> | undefined;
  overrides: ReadonlyMap<string, { grade: Grade; reason: string }>;
  /** some expected unit still has unapproved data due: every card is provisional */
  incomplete: boolean;
}

const KIND_ORDER: Record<PeriodKind, number> = { MONTH: 0, QUARTER: 1, CUMULATIVE: 2, YEAR: 3 };

/** The months a period covers, as [first, last] month numbers of its year. */
export function monthSpan(p: Pick<ScoringPeriod, 'kind' | 'index'>): [number, number] {
  if (p.kind === 'MONTH') return [p.index, p.index];
  if (p.kind === 'QUARTER') return [p.index * 3 - 2, p.index * 3];
  return [1, 12];
}

/** Finer periods of the same year that lie inside `target`, oldest first (months before quarters on ties). */
export function periodsInside(target: ScoringPeriod, periods: readonly ScoringPeriod[]): ScoringPeriod[] {
  const [from, to] = monthSpan(target);
  return periods
    .filter((p) => p.id !== target.id && p.year === target.year && KIND_ORDER[p.kind] < KIND_ORDER[target.kind])
    .filter((p) => p.kind === 'MONTH' || p.kind === 'QUARTER')
    .filter((p) => {
      const [a, b] = monthSpan(p);
      return a >= from && b <= to;
    })
    .sort((a, b) => monthSpan(a)[1] - monthSpan(b)[1] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Coarser periods of the same year that contain `period` (its quarter and its year). */
export function periodsAround(period: ScoringPeriod, periods: readonly ScoringPeriod[]): ScoringPeriod[] {
  return periods.filter((p) => p.id !== period.id && periodsInside(p, [period]).length === 1);
}

export function scorePeriod(input: PeriodScoringInput): ScoreCard[] {
  const { system, target } = input;
  const inside = periodsInside(target, input.periods).filter((p) => p.started);
  const allPeriods = [...inside, target];
  const scored = input.expectedUnits.filter((u) => allPeriods.some((p) => input.valuesOf(p.id, u.id) !== undefined));
  if (scored.length === 0) return [];
  const expectedUnitIds = input.expectedUnits.map((u) => u.id);

  const ownValues = (unit: ScoredUnit) =>
    Object.assign({}, ...allPeriods.map((p) => input.valuesOf(p.id, unit.id) ?? {})) as InputValues;
  const ownExemptions = (unit: ScoredUnit) =>
    Object.assign({}, ...allPeriods.map((p) => input.exemptionsOf?.(p.id, unit.id) ?? {})) as Record<string, string>;
  const baseCards = scoreUnits(system, scored.map((u) => submission(u, ownValues(u), input.overrides, ownExemptions(u))), {
    expectedUnitIds,
  });
  if (inside.length === 0) return markIncomplete(baseCards, input.incomplete);

  const source = sourceKinds(system, inside, scored, input.valuesOf);
  const parts = inside.map((p) => {
    const cards = scoreUnits(
      system,
      scored.map((u) => submission(u, input.valuesOf(p.id, u.id) ?? {}, new Map(), input.exemptionsOf?.(p.id, u.id))),
    );
    return { period: p.label, cards: cards.map((c) => prune(system, c, (code) => source.get(code) === p.kind)) };
  });
  parts.push({ period: target.label, cards: baseCards.map((c) => prune(system, c, (code) => !source.has(code))) });
  return markIncomplete(aggregatePeriods(system, parts), input.incomplete);
}

function submission(
  unit: ScoredUnit,
  values: InputValues,
  overrides: ReadonlyMap<string, { grade: Grade; reason: string }>,
  exemptions?: Record<string, string>,
): UnitSubmission {
  const override = overrides.get(unit.id);
  return {
    unit,
    values,
    ...(override ? { gradeOverride: override } : {}),
    ...(exemptions && Object.keys(exemptions).length > 0 ? { exemptions } : {}),
  };
}

export function markIncomplete(cards: ScoreCard[], incomplete: boolean): ScoreCard[] {
  if (!incomplete) return cards;
  return cards.map((c) =>
    c.provisional
      ? c
      : { ...c, provisional: true, explanation: `${c.explanation}（尚有单位数据未审核通过，结果为暂定）` },
  );
}

/**
 * Which finer period kind each MONTH/QUARTER indicator is taken from: its own kind when its
 * inputs were reported in such periods, else the other finer kind in which they were reported
 * (Genhe's monthly 诚信文化宣传 is collected by a quarterly task), else none: the node is then
 * scored on the period's merged values like a cumulative one.
 */
function sourceKinds(
  system: IndicatorSystem,
  inside: readonly ScoringPeriod[],
  units: readonly ScoredUnit[],
  valuesOf: PeriodScoringInput['valuesOf'],
): Map<string, PeriodKind> {
  const reported = new Map<PeriodKind, Set<string>>();
  for (const p of inside) {
    const keys = reported.get(p.kind) ?? new Set<string>();
    for (const u of units) for (const key of Object.keys(valuesOf(p.id, u.id) ?? {})) keys.add(key);
    reported.set(p.kind, keys);
  }
  const kinds = nodeKinds(system);
  const result = new Map<string, PeriodKind>();
  const visit = (node: IndicatorNode) => {
    const kind = kinds.get(node.code);
    const keys = (node.inputs ?? []).map((f) => f.key);
    if ((kind === 'MONTH' || kind === 'QUARTER') && keys.length > 0) {
      const candidates: PeriodKind[] = kind === 'MONTH' ? ['MONTH', 'QUARTER'] : ['QUARTER', 'MONTH'];
      const chosen = candidates.find((k) => keys.some((key) => reported.get(k)?.has(key)));
      if (chosen) result.set(node.code, chosen);
    }
    (node.children ?? []).forEach(visit);
  };
  system.categories.forEach(visit);
  return result;
}

/** The period kind of every scored-on-its-own node: its own, else its parent's, else the system's. */
export function nodeKinds(system: IndicatorSystem): Map<string, PeriodKind> {
  const kinds = new Map<string, PeriodKind>();
  const visit = (node: IndicatorNode, inherited: PeriodKind) => {
    const kind = node.periodKind ?? inherited;
    kinds.set(node.code, kind);
    for (const child of node.children ?? []) visit(child, kind);
  };
  for (const category of system.categories) visit(category, system.periodKind);
  return kinds;
}

/**
 * Keeps the nodes scored on their own whose code passes `keep` (and the parents leading to
 * them); aggregatePeriods leaves a period out for a node that does not appear in its card.
 */
function prune(system: IndicatorSystem, card: ScoreCard, keep: (code: string) => boolean): ScoreCard {
  const nodes = new Map<string, IndicatorNode>();
  const index = (n: IndicatorNode) => {
    nodes.set(n.code, n);
    (n.children ?? []).forEach(index);
  };
  system.categories.forEach(index);
  const anyKept = (n: IndicatorNode): boolean =>
    n.rule !== undefined || (n.children ?? []).length === 0 ? keep(n.code) : (n.children ?? []).some(anyKept);
  const walk = (scores: NodeScore[]): NodeScore[] =>
    scores.flatMap((s) => {
      const node = nodes.get(s.code);
      if (!node) return [];
      if (node.rule !== undefined || (s.children ?? []).length === 0) return anyKept(node) ? [s] : [];
      const children = walk(s.children ?? []);
      return children.length > 0 ? [{ ...s, children }] : [];
    });
  return { ...card, categories: walk(card.categories) };
}
