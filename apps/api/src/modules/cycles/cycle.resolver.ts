import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { AssessmentCycle } from './assessment-cycle.entity';
import { CreateCycleInput, GrantLockExceptionInput } from './dto/cycle.inputs';
import { LockException } from './lock-exception.entity';
import { Period } from './period.entity';

@Resolver(() => AssessmentCycle)
export class CycleResolver {
  @Authorized()
  @Query(() => [AssessmentCycle], { description: '考核周期列表（新年度在前）' })
  cycles(@Ctx() ctx: RequestContext): Promise<AssessmentCycle[]> {
    return ctx.services.cycles.list(ctx);
  }

  @Authorized()
  @Query(() => AssessmentCycle)
  cycle(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssessmentCycle> {
    return ctx.services.cycles.get(ctx, id);
  }

  @Authorized()
  @Query(() => Period)
  period(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Period> {
    return ctx.services.cycles.getPeriod(ctx, id);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Query(() => [LockException], { description: '某期次的补报例外' })
  lockExceptions(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
  ): Promise<LockException[]> {
    return ctx.services.cycles.lockExceptions(ctx, periodId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => AssessmentCycle, { description: '新建考核周期（须使用已发布的指标体系版本），并生成期次' })
  createCycle(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateCycleInput) input: CreateCycleInput,
  ): Promise<AssessmentCycle> {
    return ctx.services.cycles.create(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => AssessmentCycle, {
    description: '考核周期改用本指标体系的另一已发布版本，并重新计算未发布的期次（已发布结果不变）',
  })
  adoptIndicatorSystemVersion(
    @Ctx() ctx: RequestContext,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('systemVersion', () => Int) systemVersion: number,
    @Arg('expectedVersion', () => Int, { description: '读取周期时的 version' }) expectedVersion: number,
    @Arg('systemKey', () => String, { nullable: true, description: '可选：须与周期的指标体系一致' }) systemKey?: string | null,
  ): Promise<AssessmentCycle> {
    return ctx.services.cycles.adoptSystemVersion(ctx, cycleId, systemVersion, expectedVersion, systemKey);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => Period, { description: '开放期次填报（也可重新开放已关闭的期次）' })
  openPeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Period> {
    return ctx.services.cycles.openPeriod(ctx, id);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => Period, { description: '关闭期次；关闭后单位不能再填报或修改' })
  closePeriod(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Period> {
    return ctx.services.cycles.closePeriod(ctx, id);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => LockException, { description: '批准某单位在未开放或已关闭的期次补报' })
  grantLockException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => GrantLockExceptionInput) input: GrantLockExceptionInput,
  ): Promise<LockException> {
    return ctx.services.cycles.grantLockException(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => LockException)
  revokeLockException(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LockException> {
    return ctx.services.cycles.revokeLockException(ctx, id);
  }

  @FieldResolver(() => [Period], { description: '期次（月、季、年）' })
  periods(@Root() cycle: AssessmentCycle, @Ctx() ctx: RequestContext): Promise<Period[]> {
    return ctx.services.cycles.periods(ctx, cycle.id);
  }
}
