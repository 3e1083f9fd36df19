import type { Pool } from 'mysql2/promise';
import { gql } from './lib/api';
import { countStatements } from './lib/db';
import { loadAverage } from './lib/machine';
import type { ResultRow } from './lib/report';
import { fmt } from './lib/report';
import { percentile, timed } from './lib/stats';

export const RANKING_QUERY = `query($periodId: ID!, $first: Int) {
  ranking(periodId: $periodId, unitKind: DEPARTMENT, provisional: true, first: $first) {
    totalCount
    nodes { rank unitId unitName total maxTotal grade provisional
      categories { code name maxPoints points }
      previousTotal pointsChange previousRank rankChange }
  }
}`;

export interface RankingFigures {
  units: number;
  api: { p50: number; p95: number };
  floor: { p50: number; p95: number };
  statements: number;
  floorStatements: number;
  sameResult: boolean;
  rows: number;
}

interface RankingNode {
  rank: number | null;
  unitId: string;
  total: string;
  categories: Array<{ code: string; points: string }>;
  previousTotal: string | null;
}

/** B3 at one size: p50/p95 of the API ranking page and of the floor's single SQL query, and SQL statements per request. */
export async function measureRanking(options: {
  apiUrl: string;
  floorUrl: string;
  token: string;
  admin: Pool;
  database: string;
  units: number;
  periodId: string;
  previousPeriodId: string;
  quick: boolean;
}): Promise<RankingFigures> {
  const { apiUrl, floorUrl, token } = options;
  const first = 100;
  const callApi = async () => {
    const res = await gql<{ ranking: { totalCount: number; nodes: RankingNode[] } }>(apiUrl, RANKING_QUERY, { periodId: options.periodId, first }, token);
    if (res.status !== 200 || res.errors?.length || !res.data) throw new Error(`ranking: ${JSON.stringify(res.errors)}`);
    return res.data.ranking;
  };
  const floorQuery = new URLSearchParams({ periodId: options.periodId, previousPeriodId: options.previousPeriodId, unitKind: 'DEPARTMENT', first: String(first) });
  const callFloor = async () => {
    const res = await fetch(`${floorUrl}/ranking?${floorQuery}`);
    if (res.status !== 200) throw new Error(`floor ranking ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return ((await res.json()) as { data: { ranking: { totalCount: number; nodes: RankingNode[] } } }).data.ranking;
  };
  const warm = options.quick || options.units > 5000 ? 2 : 3;
  const runs = options.quick ? 15 : options.units > 5000 ? 8 : 20;
  for (let i = 0; i < warm; i++) {
    await callApi();
    await callFloor();
  }
  const apiMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    apiMs.push((await timed(callApi)).ms);
    floorMs.push((await timed(callFloor)).ms);
  }
  const [a, f] = [await callApi(), await callFloor()];
  const key = (n: RankingNode) => `${n.rank}|${n.unitId}|${n.total}|${n.previousTotal}|${n.categories.map((c) => `${c.code}=${c.points}`).join(',')}`;
  const sameResult = a.totalCount === f.totalCount && a.nodes.length === f.nodes.length && a.nodes.every((n, i) => key(n) === key(f.nodes[i]!));
  const statements = await countStatements(options.admin, options.database, async () => void (await callApi()));
  const floorStatements = await countStatements(options.admin, options.database, async () => void (await callFloor()));
  return {
    units: options.units,
    api: { p50: percentile(apiMs, 50), p95: percentile(apiMs, 95) },
    floor: { p50: percentile(floorMs, 50), p95: percentile(floorMs, 95) },
    statements,
    floorStatements,
    sameResult,
    rows: a.nodes.length,
  };
}

export function rankingRows(fig: RankingFigures): ResultRow[] {
  const p50 = fig.api.p50 / fig.floor.p50;
  const p95 = fig.api.p95 / fig.floor.p95;
  return [
    { metric: `${fig.units} units: p50 ms`, figure: fmt(fig.api.p50), floor: fmt(fig.floor.p50), ratio: p50, target: '≤ 1.5× floor', met: p50 <= 1.5 },
    { metric: `${fig.units} units: p95 ms`, figure: fmt(fig.api.p95), floor: fmt(fig.floor.p95), ratio: p95, target: '≤ 1.5× floor', met: p95 <= 1.5 },
    { metric: `${fig.units} units: SQL statements per request`, figure: String(fig.statements), floor: String(fig.floorStatements), target: '≤ 4, constant in units', met: fig.statements <= 4 },
    { metric: `${fig.units} units: same first page as the floor`, figure: fig.sameResult ? `yes (${fig.rows} rows)` : 'NO', target: 'equal', met: fig.sameResult },
  ];
}

export { loadAverage };
