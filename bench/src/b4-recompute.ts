import { randomUUID } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import type { Pool } from 'mysql2/promise';
import { scoreUnits, type InputValues, type RateValue, type UnitSubmission } from '@govtrust/indicators';
import { gqlOk } from './lib/api';
import { loadAverage } from './lib/machine';
import type { Section } from './lib/report';
import { fmt } from './lib/report';
import { median, repeat, timed } from './lib/stats';
import { summarise, type CpuProfile } from './lib/profile';
import { BAND_EDGES, buildSystem, DEDUCTION_EACH, indicators, MAX_POINTS, SYSTEM_KEY } from './data/system';

const RECOMPUTE = 'mutation($p: ID!) { recomputeScores(periodId: $p) { cards provisional } }';

export interface UnitValues {
  id: string;
  name: string;
  values: InputValues;
}

export async function approvedValues(pool: Pool, periodId: string): Promise<UnitValues[]> {
  const [rows] = await pool.query(
    "SELECT s.unitId, u.name, s.`values` FROM submission s JOIN unit u ON u.id = s.unitId WHERE s.periodId = ? AND s.state = 'APPROVED' ORDER BY u.code, s.updatedAt",
    [periodId],
  );
  const byUnit = new Map<string, UnitValues>();
  for (const r of rows as Array<{ unitId: string; name: string; values: string }>) {
    const unit = byUnit.get(r.unitId) ?? { id: r.unitId, name: r.name, values: {} };
    Object.assign(unit.values, JSON.parse(r.values) as InputValues);
    byUnit.set(r.unitId, unit);
  }
  return [...byUnit.values()];
}

const PLAIN = indicators();

/** The floor: the same rules on plain numbers, then totals, grades and ranks. */
export function plainScores(units: readonly UnitValues[], factor: number): Array<{ id: string; total: number; grade: string; rank: number }> {
  const firstFormula = PLAIN.find((i) => i.shape === 'formula')!.code;
  const scored = units.map((u) => {
    let total = 0;
    for (const ind of PLAIN) {
      const v = u.values[ind.key];
      if (ind.shape === 'deduction') {
        total += MAX_POINTS - Math.min(MAX_POINTS, Number(v) * DEDUCTION_EACH);
        continue;
      }
      const rate = v as RateValue;
      const den = Number(rate.denominator);
      if (den === 0) {
        total += MAX_POINTS;
        continue;
      }
      const r = Number(rate.numerator) / den;
      if (ind.shape === 'formula') {
        total += Math.min(MAX_POINTS, Math.max(0, Math.round(r * (ind.code === firstFormula ? factor : 2) * 100) / 100));
      } else {
        const pct = (Number(rate.numerator) * 100) / den;
        const band = BAND_EDGES.find((b) => (b.min === null || pct >= b.min) && (b.max === null || pct < b.max))!;
        total += band.points;
      }
    }
    total = Math.round(total * 100) / 100;
    return { id: u.id, total, grade: total >= 85 ? 'RED' : total >= 60 ? 'BLUE' : 'YELLOW', rank: 0 };
  });
  const sorted = [...scored].sort((a, b) => b.total - a.total);
  sorted.forEach((s, i) => (s.rank = i > 0 && sorted[i - 1]!.total === s.total ? sorted[i - 1]!.rank : i + 1));
  return scored;
}

async function setFormulaFactor(pool: Pool, factor: number): Promise<void> {
  await pool.query('UPDATE indicator_system_version SET definition = ? WHERE systemKey = ? AND systemVersion = 1', [JSON.stringify(buildSystem(1, factor)), SYSTEM_KEY]);
}

/** The end-to-end floor: read the same rows with mysql2, score on plain numbers, write the same rows. */
async function floorEndToEnd(pool: Pool, cycleId: string, periodId: string, cardJson: Map<string, string>, summaryJson: Map<string, string>, factor: number): Promise<number> {
  const [subs] = await pool.query("SELECT id, unitId, `values`, updatedAt FROM submission WHERE periodId = ? AND state = 'APPROVED'", [periodId]);
  const [units] = await pool.query(
    'SELECT DISTINCT u.id, u.code, u.name, u.kind, u.classes FROM unit u JOIN task_assignment a ON a.unitId = u.id WHERE a.cycleId = ? AND u.archivedAt IS NULL ORDER BY u.code',
    [cycleId],
  );
  await pool.query('SELECT taskId, unitId FROM task_due WHERE periodId = ?', [periodId]);
  const [existing] = await pool.query('SELECT id, unitId FROM score_card_floor WHERE periodId = ? AND current = 1', [periodId]);
  const byUnit = new Map<string, UnitValues>();
  for (const u of units as Array<{ id: string; name: string }>) byUnit.set(u.id, { id: u.id, name: u.name, values: {} });
  for (const s of subs as Array<{ unitId: string; values: string }>) Object.assign(byUnit.get(s.unitId)?.values ?? {}, JSON.parse(s.values) as InputValues);
  const scores = plainScores([...byUnit.values()], factor);
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const ids = (existing as Array<{ id: string }>).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 1000) await conn.query('UPDATE score_card_floor SET current = 0 WHERE id IN (?)', [ids.slice(i, i + 1000)]);
    const now = new Date();
    const computation = randomUUID();
    // the same columns the API writes, the ranking summary included (prepared with the card JSON, untimed)
    const rows = scores.map((s) => [randomUUID(), now, SYSTEM_KEY, 1, cycleId, periodId, s.id, 'DEPARTMENT', computation, 1, s.total.toFixed(2), '100.00', s.grade, s.rank, 0, byUnit.get(s.id)?.name ?? '', s.total.toFixed(2), summaryJson.get(s.id) ?? null, cardJson.get(s.id) ?? '{}', now]);
    for (let i = 0; i < rows.length; i += 200) {
      await conn.query(
        'INSERT INTO score_card_floor (id, createdAt, systemKey, systemVersion, cycleId, periodId, unitId, unitKind, computationId, current, total, maxTotal, grade, `rank`, provisional, unitName, totalValue, summary, card, computedAt) VALUES ?',
        [rows.slice(i, i + 200)],
      );
    }
    await conn.commit();
  } finally {
    conn.release();
  }
  return scores.length;
}

/** A CPU profile of `fn` in this process (the engine is a library: no server to profile). */
async function profileInProcess(fn: () => void): Promise<string[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    fn();
    const { profile } = await session.post('Profiler.stop');
    return summarise(profile as unknown as CpuProfile);
  } finally {
    session.disconnect();
  }
}

/** B4: recompute every score of a period after a rule edit. */
export async function runB4(options: { pool: Pool; apiUrl: string; token: string; cycleId: string; periodId: string; units: number; quick: boolean }): Promise<Section> {
  const { pool } = options;
  const loadBefore = loadAverage();
  const runs = options.quick ? 3 : 5;
  const units = await approvedValues(pool, options.periodId);

  // engine vs plain numbers, in this process, on the same merged values
  const system = buildSystem(1, 1.9);
  const submissions: UnitSubmission[] = units.map((u) => ({ unit: { id: u.id, name: u.name, kind: 'DEPARTMENT' }, values: u.values }));
  const engineMs = await repeat(1, runs, async () => (await timed(async () => scoreUnits(system, submissions))).ms);
  const plainMs = await repeat(1, runs, async () => (await timed(async () => plainScores(units, 1.9))).ms);
  const cards = scoreUnits(system, submissions);
  const plain = new Map(plainScores(units, 1.9).map((p) => [p.id, p]));
  const mismatched = cards.filter((c) => Math.abs(Number(c.total) - (plain.get(c.unit.id)?.total ?? NaN)) > 0.005 || c.rank !== plain.get(c.unit.id)?.rank).length;

  const engineProfile = await profileInProcess(() => void scoreUnits(system, submissions));

  // end to end: each run edits the rule first, so every card changes and is rewritten
  let factor = 2;
  const e2eMs = await repeat(1, runs, async () => {
    factor = factor === 2 ? 1.9 : 2;
    await setFormulaFactor(pool, factor);
    const { ms, value } = await timed(() => gqlOk<{ recomputeScores: { cards: number } }>(options.apiUrl, RECOMPUTE, { p: options.periodId }, options.token));
    if (value.recomputeScores.cards !== units.length) throw new Error(`recompute wrote ${value.recomputeScores.cards} cards, expected ${units.length}`);
    return ms;
  });
  await pool.query('DROP TABLE IF EXISTS score_card_floor');
  await pool.query('CREATE TABLE score_card_floor LIKE score_card');
  await pool.query('INSERT INTO score_card_floor SELECT * FROM score_card WHERE periodId = ? AND current = 1', [options.periodId]);
  const [cardRows] = await pool.query('SELECT unitId, card FROM score_card WHERE periodId = ? AND current = 1', [options.periodId]);
  const cardJson = new Map((cardRows as Array<{ unitId: string; card: string }>).map((r) => [r.unitId, r.card]));
  const [summaryRows] = await pool.query('SELECT unitId, summary FROM score_card WHERE periodId = ? AND current = 1', [options.periodId]);
  const summaryJson = new Map((summaryRows as Array<{ unitId: string; summary: string }>).map((r) => [r.unitId, r.summary]));
  const floorMs = await repeat(1, runs, async () => (await timed(() => floorEndToEnd(pool, options.cycleId, options.periodId, cardJson, summaryJson, factor))).ms);
  await pool.query('DROP TABLE IF EXISTS score_card_floor');

  const engine = median(engineMs);
  const floorEngine = median(plainMs);
  const e2e = median(e2eMs);
  const floorE2e = median(floorMs);
  return {
    id: 'B4',
    title: 'recompute every score of a period after a rule edit',
    sizes: `${units.length} units × 50 indicators, one monthly period; ${runs} runs after 1 warm-up`,
    loadBefore,
    rows: [
      { metric: 'engine: scoreUnits ms', figure: fmt(engine), floor: fmt(floorEngine, 2), ratio: engine / floorEngine, target: '≤ 3× floor', met: engine / floorEngine <= 3 },
      { metric: 'engine vs plain numbers: units whose total or rank differ', figure: String(mismatched), target: 'reported (the floor rounds binary floats)', met: null },
      { metric: 'end to end: `recomputeScores` ms', figure: fmt(e2e), floor: fmt(floorE2e), ratio: e2e / floorE2e, target: '≤ 3× floor', met: e2e / floorE2e <= 3 },
    ],
    profiles: [{ title: `the engine, one scoreUnits call over ${units.length} units in this process (node:inspector), top frames by self time`, lines: engineProfile }],
    notes: [
      'Rule edit: the coefficient of one formula indicator (得分=及时率×2 ↔ ×1.9) is changed in the stored system version before each run, so every unit’s card changes and is written again (unchanged cards would be kept).',
      'Units whose total differs between the engine and the float floor point at the floor: with binary floats a formula result that should end in exactly half a hundredth can land just below it and round down, where the engine’s decimal arithmetic rounds half-up as written; ranks then shift with it. (Not traced unit by unit.)',
      'Engine floor: the same bands / formula / capped deduction on JavaScript numbers, then totals, grades and ranks; the engine evaluates exactly (decimal.js), builds every node’s Chinese explanation and validates inputs.',
      'End-to-end floor: mysql2 reads the same submissions, units, assignments, dues and current cards, scores on plain numbers and, in one transaction, retires the old rows and inserts the same number of card rows with the same card JSON (into a copy of `score_card`).',
    ],
  };
}
