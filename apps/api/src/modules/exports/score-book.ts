import type { ScoreCard } from '@govtrust/indicators';
import type { GradeList, IndicatorLoss, RankingRow } from '../scores/dto/score.types';
import type { ReportContext, ScoreReportService } from '../scores/score-reports.service';
import { UnitKind } from '../units/unit-kind';

export const unitKindNames: Record<string, string> = {
  [UnitKind.REGION]: '自治区',
  [UnitKind.LEAGUE_CITY]: '盟市',
  [UnitKind.COUNTY]: '旗县（市、区）',
  [UnitKind.TOWNSHIP]: '乡镇（街道）',
  [UnitKind.DEPARTMENT]: '部门',
};

/** One unit kind's results: units are ranked within their kind. */
export interface KindResults {
  unitKind: string;
  ranking: RankingRow[];
  losses: IndicatorLoss[];
  /** the cards themselves, by unit id, for the score matrix and each unit's weak points */
  cards: Map<string, ScoreCard>;
}

export interface ScoreBook {
  /** true when built from the current computation rather than a publication */
  provisional: boolean;
  revision: number | null;
  publishedAt: Date | null;
  kinds: KindResults[];
  gradeLists: GradeList[];
}

const KIND_ORDER = [UnitKind.REGION, UnitKind.LEAGUE_CITY, UnitKind.COUNTY, UnitKind.TOWNSHIP, UnitKind.DEPARTMENT] as string[];

/**
 * Everything the score exports and the Word report need, read through the scores module's
 * report service (which authorises, and throws NOT_PUBLISHED when nothing is published and
 * provisional figures were not asked for). The per-request loaders make each period's cards one
 * read however many kinds are asked for.
 */
export async function loadScoreBook(
  reports: ScoreReportService,
  ctx: ReportContext,
  periodId: string,
  provisional: boolean,
): Promise<ScoreBook> {
  const gradeLists = await reports.gradeLists(ctx, periodId, provisional);
  const rows = provisional
    ? await ctx.loaders.currentCards.load(periodId)
    : ((await ctx.loaders.publishedCards.load(periodId))?.cards ?? []);
  const kinds = [...new Set(rows.map((r) => r.unitKind))].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  const results: KindResults[] = [];
  let revision: number | null = null;
  let publishedAt: Date | null = null;
  for (const unitKind of kinds) {
    const page = await reports.ranking(ctx, { periodId, unitKind: unitKind as UnitKind, provisional, first: Math.max(rows.length, 1) });
    revision = page.revision;
    publishedAt = page.publishedAt;
    results.push({
      unitKind,
      ranking: page.nodes,
      losses: await reports.indicatorLosses(ctx, periodId, unitKind, provisional),
      cards: new Map(rows.filter((r) => r.unitKind === unitKind).map((r) => [r.unitId, r.card])),
    });
  }
  return { provisional, revision, publishedAt, kinds: results, gradeLists };
}
