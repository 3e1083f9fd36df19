import type { IndicatorSystem } from '@govtrust/indicators';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { SystemProblemType } from './dto/indicator-system.types';
import { IndicatorSystemVersion } from './indicator-system-version.entity';

@Resolver(() => IndicatorSystemVersion)
export class IndicatorSystemResolver {
  @Authorized()
  @Query(() => [IndicatorSystemVersion], { description: '指标体系列表（每个体系的最新版本）' })
  indicatorSystems(@Ctx() ctx: RequestContext): Promise<IndicatorSystemVersion[]> {
    return ctx.services.indicatorSystems.listLatest(ctx);
  }

  @Authorized()
  @Query(() => IndicatorSystemVersion, { description: '指标体系的某一版本；不指定版本号时为最新版本' })
  indicatorSystem(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String) key: string,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<IndicatorSystemVersion> {
    return ctx.services.indicatorSystems.get(ctx, key, version);
  }

  @Authorized()
  @Query(() => [IndicatorSystemVersion], { description: '指标体系的全部版本（新版本在前）' })
  indicatorSystemVersions(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String) key: string,
  ): Promise<IndicatorSystemVersion[]> {
    return ctx.services.indicatorSystems.versions(ctx, key);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => IndicatorSystemVersion, { description: '从预置体系导入为草稿（第1版或下一版草稿）' })
  importIndicatorSystemPreset(
    @Ctx() ctx: RequestContext,
    @Arg('presetId', () => String) presetId: string,
  ): Promise<IndicatorSystemVersion> {
    return ctx.services.indicatorSystems.importPreset(ctx, presetId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => IndicatorSystemVersion, {
    description:
      '保存草稿；已发布版本不会被修改，保存时生成下一版草稿。有错误时返回 VALIDATION_FAILED（details.problems）',
  })
  saveIndicatorSystemDraft(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String) key: string,
    @Arg('definition', () => GraphQLJSON) definition: unknown,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: '最新版本的 version（新建体系时省略）',
    })
    expectedVersion?: number | null,
  ): Promise<IndicatorSystemVersion> {
    return ctx.services.indicatorSystems.saveDraft(ctx, key, definition, expectedVersion ?? null);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => IndicatorSystemVersion, { description: '发布草稿；发布后不可修改' })
  publishIndicatorSystem(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String) key: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<IndicatorSystemVersion> {
    return ctx.services.indicatorSystems.publish(ctx, key, expectedVersion);
  }

  @FieldResolver(() => GraphQLJSON, { description: '指标体系定义（引擎的 IndicatorSystem JSON）' })
  definition(@Root() row: IndicatorSystemVersion): IndicatorSystem {
    return row.definition;
  }

  @FieldResolver(() => [SystemProblemType], { description: '校验问题（已保存的版本只会有 WARNING）' })
  problems(@Root() row: IndicatorSystemVersion, @Ctx() ctx: RequestContext): SystemProblemType[] {
    return ctx.services.indicatorSystems.problems(row);
  }
}
