import { parseSystem, type IndicatorNode } from '@govtrust/indicators';
import { In, type DataSource } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { isUnitRole } from '../../common/auth/roles';
import { requireCan, requireUnitScope, requireUser, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { Page } from '../../common/pagination/connection.type';
import type { PeriodKindEnum } from '../cycles/cycle-enums';
import { Period } from '../cycles/period.entity';
import { Evidence } from '../evidence/evidence.entity';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { SubmissionState } from '../submissions/submission-enums';
import { Submission } from '../submissions/submission.entity';
import {
  RankingSort,
  ScoreGrade,
  ScoreSource,
  type GradeList,
  type IndicatorLoss,
  type RankingRow,
  type RankingStatistics,
  type ScoreCardView,
  type ScoreNodeView,
  type ScoreTrendPoint,
} from './dto/score.types';
import { rankingPage, type CardScope } from './ranking-page';
import { rankingStatistics } from './ranking-statistics';
import { PublishedResult } from './published-result.entity';
import type { RankingArgs } from './dto/score.inputs';
import { periodsInside } from './period-scoring';
import type { ScoreLoaders } from './score.loader';
import { lastPeriodOfPreviousCycle, previousPeriodOf } from './cycle-history';
import { toScoringPeriod } from './scores.service';
import { byRank, flattenNodes, indicatorLosses, overrideView, pointsDelta, type CardRow } from './score-views';

/** What the report queries need from the request: the user and the per-request loaders. */
export interface ReportContext extends AuthContext {
  loaders: ScoreLoaders;
}

interface CardSet {
  source: ScoreSource;
  revision: number | null;
  publishedAt: Date | null;
  cards: CardRow[];
}

const GRADE_LABELS: Record<ScoreGrade, string> = { RED: '红名单', BLUE: '蓝名单', YELLOW: '黄名单' };

/**
 * Leadership reports (领导查询) over stored cards. Everyone sees the latest publication by default;
 * the current, unpublished computation only with `provisional: true` and SCORE_READ. Unit users
 * see only their own unit's published card (myScoreCard / scoreCard / scoreTrend).
 */
export class ScoreReportService {
  constructor(private readonly dataSource: DataSource) {}

  async ranking(ctx: ReportContext, args: RankingArgs): Promise<Page<RankingRow> & Omit<CardSet, 'cards'> & { previousPeriodId: string | null }> {
    const { scope, previousScope, header, previousPeriodId } = await this.rankingScopes(ctx, args.periodId, args.provisional, true);
    const page = await rankingPage(this.dataSource.manager, {
      scope,
      previous: previousScope,
      unitKind: args.unitKind,
      first: args.first ?? 20,
      after: args.after,
      offset: args.offset,
      sortBy: args.sortBy ?? RankingSort.RANK,
      descending: args.descending ?? false,
      search: args.search,
      grade: args.grade,
      ungradedOnly: args.ungradedOnly ?? false,
    });
    return { ...page, ...header, previousPeriodId };
  }

  /** Grade and score distribution of one kind's results (the statistics tab), without listing them. */
  async rankingStatistics(ctx: ReportContext, periodId: string, unitKind: string, provisional: boolean | null | undefined): Promise<RankingStatistics> {
    const { scope, header } = await this.rankingScopes(ctx, periodId, provisional, false);
    return { source: header.source, ...(await rankingStatistics(this.dataSource.manager, scope, unitKind)) };
  }

  /**
   * The cards a ranking reads (the current computation, or the latest publication) and, with
   * `withPrevious`, those of the previous period of the same kind to compare with.
   */
  private async rankingScopes(ctx: ReportContext, periodId: string, provisional: boolean | null | undefined, withPrevious: boolean) {
    const source = this.view(ctx, provisional, true);
    const periods = await this.cyclePeriodsOf(periodId);
    const period = periods.find((p) => p.id === periodId)!;
    const previous = withPrevious ? await previousPeriodOf(this.dataSource.manager, period, periods) : null;
    if (source === ScoreSource.CURRENT) {
      return {
        scope: { kind: 'current', periodId: period.id } as CardScope,
        previousScope: previous ? ({ kind: 'current', periodId: previous.id } as CardScope) : null,
        header: { source, revision: null, publishedAt: null } as Omit<CardSet, 'cards'>,
        previousPeriodId: previous?.id ?? null,
      };
    }
    const latest = await this.latestPublications([period.id, ...(previous ? [previous.id] : [])]);
    const snapshot = latest.get(period.id);
    if (!snapshot) throw new AppError(ErrorCode.NOT_PUBLISHED);
    const before = previous ? latest.get(previous.id) : undefined;
    return {
      scope: { kind: 'published', snapshotId: snapshot.id } as CardScope,
      previousScope: before ? ({ kind: 'published', snapshotId: before.id } as CardScope) : null,
      header: { source, revision: snapshot.revision, publishedAt: snapshot.createdAt } as Omit<CardSet, 'cards'>,
      previousPeriodId: previous?.id ?? null,
    };
  }

  /** The latest publication of each period, in one statement. */
  private async latestPublications(periodIds: string[]): Promise<Map<string, PublishedResult>> {
    const rows = await this.dataSource.getRepository(PublishedResult).findBy({ periodId: In(periodIds) });
    const latest = new Map<string, PublishedResult>();
    for (const r of rows) {
      const seen = latest.get(r.periodId);
      if (!seen || seen.revision < r.revision) latest.set(r.periodId, r);
    }
    return latest;
  }

  async myScoreCard(ctx: ReportContext, periodId: string): Promise<ScoreCardView> {
    const user = requireUser(ctx);
    if (!isUnitRole(user.role) || !user.unitId) throw new AppError(ErrorCode.FORBIDDEN, '仅单位账号可查看本单位得分');
    return this.scoreCard(ctx, periodId, user.unitId, false);
  }

  async scoreCard(ctx: ReportContext, periodId: string, unitId: string, provisional?: boolean | null): Promise<ScoreCardView> {
    requireUnitScope(ctx, unitId, Action.SCORE_READ);
    const source = this.view(ctx, provisional, false);
    const set = await this.cardSet(ctx, periodId, source);
    const row = set.cards.find((c) => c.unitId === unitId);
    if (!row) {
      if (source === ScoreSource.PUBLISHED) throw new AppError(ErrorCode.NOT_PUBLISHED, '该单位本期的得分尚未发布');
      throw AppError.notFound('该单位本期的得分');
    }
    const evidence = await this.evidenceByNode(periodId, unitId, row);
    const nodes: ScoreNodeView[] = flattenNodes(row.card).map(({ score, parentCode, depth }) => ({
      code: score.code,
      name: score.name,
      level: score.level,
      parentCode,
      depth,
      maxPoints: score.maxPoints,
      points: score.points,
      status: score.status,
      explanation: score.explanation,
      evidence: evidence.get(score.code) ?? [],
    }));
    return {
      periodId,
      unitId,
      unitName: row.card.unit.name,
      source: set.source,
      revision: set.revision,
      total: row.total,
      maxTotal: row.maxTotal,
      grade: row.grade as ScoreGrade | null,
      gradeOverride: overrideView(row.card),
      rank: row.rank,
      provisional: row.provisional,
      explanation: row.card.explanation,
      nodes,
      card: row.card,
    };
  }

  async scoreTrend(ctx: ReportContext, unitId: string, cycleId: string, periodKind: PeriodKindEnum, provisional?: boolean | null): Promise<ScoreTrendPoint[]> {
    requireUnitScope(ctx, unitId, Action.SCORE_READ);
    const source = this.view(ctx, provisional, false);
    const periods = (await this.dataSource.getRepository(Period).findBy({ cycleId, kind: periodKind })).sort(
      (a, b) => a.year - b.year || a.index - b.index,
    );
    // the first period's change is against the previous cycle's last one (2024 Q1 vs 2023 Q4)
    const before = await lastPeriodOfPreviousCycle(this.dataSource.manager, cycleId, periodKind);
    const ids = [...(before ? [before.id] : []), ...periods.map((p) => p.id)];
    const sets =
      source === ScoreSource.CURRENT
        ? (await ctx.loaders.currentCards.loadMany(ids)).map((r) => (r instanceof Error ? [] : r))
        : (await ctx.loaders.publishedCards.loadMany(ids)).map((r) => (r instanceof Error || !r ? [] : r.cards));
    const cardOf = (i: number) => (sets[i] as CardRow[] | undefined)?.find((c) => c.unitId === unitId);
    const offset = before ? 1 : 0;
    return periods.flatMap((p, i) => {
      const card = cardOf(i + offset);
      if (!card) return [];
      const prev = i + offset > 0 ? cardOf(i + offset - 1) : undefined;
      return [{
        periodId: p.id,
        label: p.label,
        kind: p.kind,
        year: p.year,
        index: p.index,
        total: card.total,
        maxTotal: card.maxTotal,
        grade: card.grade as ScoreGrade | null,
        rank: card.rank,
        provisional: card.provisional,
        previousTotal: prev?.total ?? null,
        pointsChange: prev ? pointsDelta(card.total, prev.total) : null,
      }];
    });
  }

  async indicatorLosses(ctx: ReportContext, periodId: string, unitKind: string, provisional?: boolean | null): Promise<IndicatorLoss[]> {
    const set = await this.cardSet(ctx, periodId, this.view(ctx, provisional, true));
    return indicatorLosses(set.cards.filter((c) => c.unitKind === unitKind));
  }

  async gradeLists(ctx: ReportContext, periodId: string, provisional?: boolean | null): Promise<GradeList[]> {
    const set = await this.cardSet(ctx, periodId, this.view(ctx, provisional, true));
    return Object.values(ScoreGrade).map((grade) => ({
      grade,
      label: GRADE_LABELS[grade],
      units: set.cards
        .filter((c) => c.grade === grade)
        .sort((a, b) => a.unitKind.localeCompare(b.unitKind) || byRank(a, b))
        .map((c) => ({
          unitId: c.unitId,
          unitName: c.card.unit.name,
          unitKind: c.unitKind,
          total: c.total,
          rank: c.rank,
          gradeOverride: overrideView(c.card),
        })),
    }));
  }

  /**
   * PUBLISHED unless `provisional: true` is asked explicitly by a role holding SCORE_READ;
   * unit users never see unpublished figures. `listing` reports need SCORE_READ in any case.
   */
  private view(ctx: AuthContext, provisional: boolean | null | undefined, listing: boolean): ScoreSource {
    const user = listing ? requireCan(ctx, Action.SCORE_READ) : requireUser(ctx);
    if (provisional !== true) return ScoreSource.PUBLISHED;
    if (isUnitRole(user.role) || !can(user, Action.SCORE_READ)) {
      throw new AppError(ErrorCode.FORBIDDEN, '单位账号只能查看已发布的结果');
    }
    return ScoreSource.CURRENT;
  }

  private async cardSet(ctx: ReportContext, periodId: string, source: ScoreSource): Promise<CardSet> {
    if (source === ScoreSource.CURRENT) {
      return { source, revision: null, publishedAt: null, cards: await ctx.loaders.currentCards.load(periodId) };
    }
    const published = await ctx.loaders.publishedCards.load(periodId);
    if (!published) throw new AppError(ErrorCode.NOT_PUBLISHED);
    return { source, revision: published.snapshot.revision, publishedAt: published.snapshot.createdAt, cards: published.cards };
  }

  private async cardSetOrNull(ctx: ReportContext, periodId: string, source: ScoreSource): Promise<CardSet | null> {
    try {
      return await this.cardSet(ctx, periodId, source);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.NOT_PUBLISHED) return null;
      throw error;
    }
  }

  /** All periods of the period's cycle in one statement. */
  private async cyclePeriodsOf(periodId: string): Promise<Period[]> {
    const periods = await this.dataSource
      .getRepository(Period)
      .createQueryBuilder('p')
      .where((qb) => `p.cycleId = ${qb.subQuery().select('x.cycleId').from(Period, 'x').where('x.id = :periodId').getQuery()}`)
      .setParameter('periodId', periodId)
      .getMany();
    if (!periods.some((p) => p.id === periodId)) throw AppError.notFound('期次');
    return periods;
  }

  /**
   * Evidence of the unit's approved submissions in the period (and the finer periods it rolls
   * up) that fed each node: a submission feeds a node when it carries one of the input keys of
   * the node or of its descendants. Links are the evidence download route.
   */
  private async evidenceByNode(periodId: string, unitId: string, row: CardRow): Promise<Map<string, ScoreNodeView['evidence']>> {
    const periods = await this.cyclePeriodsOf(periodId);
    const target = toScoringPeriod(periods.find((p) => p.id === periodId)!);
    const ids = [target, ...periodsInside(target, periods.map(toScoringPeriod))].map((p) => p.id);
    const submissions = await this.dataSource
      .getRepository(Submission)
      .findBy({ unitId, periodId: In(ids), state: SubmissionState.APPROVED });
    const evidenceIds = [...new Set(submissions.flatMap((s) => s.evidenceIds))];
    if (evidenceIds.length === 0) return new Map();
    const version = await this.dataSource
      .getRepository(IndicatorSystemVersion)
      .findOneByOrFail({ systemKey: row.card.systemId, systemVersion: row.card.systemVersion });
    const files = await this.dataSource.getRepository(Evidence).findBy({ id: In(evidenceIds) });
    const fileById = new Map(files.filter((f) => !f.deletedAt).map((f) => [f.id, f]));
    const keysOf = (node: IndicatorNode): string[] => [
      ...(node.inputs ?? []).map((i) => i.key),
      ...(node.children ?? []).flatMap(keysOf),
    ];
    const result = new Map<string, ScoreNodeView['evidence']>();
    const visit = (node: IndicatorNode) => {
      const keys = new Set(keysOf(node));
      const links = submissions
        .filter((s) => Object.keys(s.values).some((k) => keys.has(k)))
        .flatMap((s) => s.evidenceIds)
        .filter((id, i, all) => all.indexOf(id) === i && fileById.has(id))
        .map((id) => ({ id, fileName: fileById.get(id)!.originalName, url: `/files/evidence/${id}` }));
      result.set(node.code, links);
      (node.children ?? []).forEach(visit);
    };
    parseSystem(version.definition).categories.forEach(visit);
    return result;
  }
}
