import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { RecomputeJob } from './dto/recompute-job.type';

@Resolver(() => RecomputeJob)
export class RecomputeJobResolver {
  @Authorized(Action.SCORE_COMPUTE)
  @Mutation(() => RecomputeJob, { description: '在后台重新计算某期次的得分，可查询进度（相同幂等键返回同一任务）' })
  startRecompute(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('idempotencyKey', () => String, { description: '客户端生成的幂等键：重试时返回同一个任务' }) idempotencyKey: string,
  ): Promise<RecomputeJob> {
    return ctx.services.recomputeJobs.start(ctx, periodId, idempotencyKey);
  }

  @Authorized(Action.SCORE_COMPUTE)
  @Query(() => RecomputeJob, { description: '重新计算任务及其进度' })
  recomputeJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RecomputeJob> {
    return ctx.services.recomputeJobs.get(ctx, id);
  }

  @Authorized(Action.SCORE_COMPUTE)
  @Query(() => [RecomputeJob], { description: '我对某期次发起的重新计算任务，最新的在前' })
  myRecomputeJobs(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<RecomputeJob[]> {
    return ctx.services.recomputeJobs.mine(ctx, periodId, first);
  }
}
