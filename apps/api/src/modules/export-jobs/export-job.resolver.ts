import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { StartExportInput } from './dto/export-job.inputs';
import { ExportJob } from './export-job.entity';

@Resolver(() => ExportJob)
export class ExportJobResolver {
  @Authorized(Action.SCORE_READ)
  @Mutation(() => ExportJob, { description: '发起导出（后台生成，可查询进度；相同幂等键返回同一任务）' })
  startExport(@Ctx() ctx: RequestContext, @Arg('input', () => StartExportInput) input: StartExportInput): Promise<ExportJob> {
    return ctx.services.exportJobs.start(ctx, input);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => ExportJob, { description: '导出任务及其进度' })
  exportJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ExportJob> {
    return ctx.services.exportJobs.get(ctx, id);
  }

  @Authorized(Action.SCORE_READ)
  @Query(() => [ExportJob], { description: '我最近发起的导出任务，最新的在前' })
  myExportJobs(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 10 }) first: number): Promise<ExportJob[]> {
    return ctx.services.exportJobs.mine(ctx, first);
  }
}
