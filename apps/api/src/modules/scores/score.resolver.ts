import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { InputField } from '@govtrust/indicators';
import { GraphQLJSON } from 'graphql-scalars';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { Unit } from '../units/unit.entity';
import { EnterMonitoringValuesInput, OverrideGradeInput, PublishResultsInput, RankingArgs, ScoreTrendArgs } from './dto/score.inputs';
import {
  GradeList,
  GradeListEntry,
  IndicatorLoss,
  RankingPage,
  RankingRow,
  RankingStatistics,
  RecomputeResult,
  ScoreCardView,
  ScoreTrendPoint,
} from './dto/score.types';
import { GradeOverride } from './grade-override.entity';
import { MonitoringEntry } from './monitoring-entry.entity';
import { PublishedResult } from './published-result.entity';
import { UnitKind } from '../units/unit-kind';

@Resolver()
export class ScoreResolver {
  @Authorized(Action.SCORE_COMPUTE)
  @Mutation(() => RecomputeResult, { description: '重新计算某期次的得分（保留历史计算结果）' })
  recomputeScores(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<RecomputeResult> {
    return ctx.services.scores.recomputeScores(ctx, periodId);
  }

  @Authorized(Action.SCORE_PUBLISH)
  @Mutation(() => GradeOverride, { description: '人工调整等级（须填写原因），立即重新计算' })
  overrideGrade(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OverrideGradeInput) input: OverrideGradeInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<GradeOverride> {
    return ctx.services.scores.overrideGrade(ctx, input.periodId, input.unitId, input.grade, input.reason, expectedVersion);
  }

  @Authorized(Action.SCORE_PUBLISH)
  @Mutation(() => GradeOverride, { description: '取消人工等级调整' })
  clearGradeOverride(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<GradeOverride> {
    return ctx.services.scores.clearGradeOverride(ctx, periodId, unitId, expectedVersion);
  }

  @Authorized(Action.SCORE_PUBLISH)
  @Mutation(() => PublishedResult, { description: '发布期次考核结果（生成不可修改的快照）' })
  publishPeriodResults(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PublishResultsInput) input: PublishResultsInput,
  ): Promise<PublishedResult> {
    return ctx.services.scores.publishPeriodResults(ctx, input.periodId, input.force ?? false, input.reason);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => [PublishedResult], { description: '期次的发布记录，最新的在前' })
  publishedResults(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<PublishedResult[]> {
    return ctx.services.scores.publications(ctx, periodId);
  }

  @Authorized(Action.MONITORING_ENTER)
  @Mutation(() => MonitoringEntry, { description: '录入监测数据（非单位填报的指标），立即重新计算' })
  enterMonitoringValues(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EnterMonitoringValuesInput) input: EnterMonitoringValuesInput,
  ): Promise<MonitoringEntry> {
    return ctx.services.monitoring.enter(ctx, input.periodId, input.unitId, input.values, input.expectedVersion);
  }

  @Authorized(Action.MONITORING_ENTER)
  @Query(() => GraphQLJSON, { description: '考核周期中由信用办/评估机构录入的监测填报项（InputField[]）' })
  monitoringFields(@Ctx() ctx: RequestContext, @Arg('cycleId', () => ID) cycleId: string): Promise<InputField[]> {
    return ctx.services.monitoring.fields(ctx, cycleId);
  }

  @Authorized(Action.SCORE_PUBLISH)
  @Query(() => GradeOverride, { nullable: true, description: '某单位某期次的等级调整记录（含版本号；已取消的记录 grade 为空）' })
  gradeOverride(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
  ): Promise<GradeOverride | null> {
    return ctx.services.scores.gradeOverrideOf(ctx, periodId, unitId);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => MonitoringEntry, { nullable: true, description: '某单位某期次的监测数据' })
  monitoringEntry(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
  ): Promise<MonitoringEntry | null> {
    return ctx.services.monitoring.entry(ctx, periodId, unitId);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => RankingPage, { description: '排名（默认已发布结果；provisional: true 返回当前暂定结果）' })
  ranking(@Ctx() ctx: RequestContext, @Args(() => RankingArgs) args: RankingArgs): Promise<RankingPage> {
    return ctx.services.scoreReports.ranking(ctx, args);
  }

  @Authorized()
  @Query(() => ScoreCardView, { description: '单位得分卡；单位账号只能查看本单位已发布的得分' })
  scoreCard(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('provisional', () => Boolean, { nullable: true }) provisional?: boolean | null,
  ): Promise<ScoreCardView> {
    return ctx.services.scoreReports.scoreCard(ctx, periodId, unitId, provisional);
  }

  @Authorized()
  @Query(() => ScoreCardView, { description: '本单位已发布的得分卡' })
  myScoreCard(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<ScoreCardView> {
    return ctx.services.scoreReports.myScoreCard(ctx, periodId);
  }

  @Authorized()
  @Query(() => [ScoreTrendPoint], { description: '单位在考核周期内同类期次的得分趋势' })
  scoreTrend(@Ctx() ctx: RequestContext, @Args(() => ScoreTrendArgs) args: ScoreTrendArgs): Promise<ScoreTrendPoint[]> {
    return ctx.services.scoreReports.scoreTrend(ctx, args.unitId, args.cycleId, args.periodKind, args.provisional);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => [IndicatorLoss], { description: '各指标失分情况（平均分、分布、得0分单位数）' })
  indicatorLosses(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitKind', () => UnitKind) unitKind: UnitKind,
    @Arg('provisional', () => Boolean, { nullable: true }) provisional?: boolean | null,
  ): Promise<IndicatorLoss[]> {
    return ctx.services.scoreReports.indicatorLosses(ctx, periodId, unitKind, provisional);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => RankingStatistics, { description: '某类单位结果的统计：等级分布、得分分布、暂定与未评级数' })
  rankingStatistics(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitKind', () => UnitKind) unitKind: UnitKind,
    @Arg('provisional', () => Boolean, { nullable: true }) provisional?: boolean | null,
  ): Promise<RankingStatistics> {
    return ctx.services.scoreReports.rankingStatistics(ctx, periodId, unitKind, provisional);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => [GradeList], { description: '红/蓝/黄名单' })
  gradeLists(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('provisional', () => Boolean, { nullable: true }) provisional?: boolean | null,
  ): Promise<GradeList[]> {
    return ctx.services.scoreReports.gradeLists(ctx, periodId, provisional);
  }
}

/** The unit behind a ranking row, batched per request. */
@Resolver(() => RankingRow)
export class RankingRowResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() row: RankingRow, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.unitById.load(row.unitId);
  }
}

@Resolver(() => ScoreCardView)
export class ScoreCardViewResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() card: ScoreCardView, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.unitById.load(card.unitId);
  }
}

@Resolver(() => GradeListEntry)
export class GradeListEntryResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() entry: GradeListEntry, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.unitById.load(entry.unitId);
  }
}

export const scoreResolvers = [ScoreResolver, RankingRowResolver, ScoreCardViewResolver, GradeListEntryResolver];
