import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { TaskMatrixArgs } from './dto/task-matrix.args';
import { TaskMatrixPage } from './dto/task-matrix.types';

@Resolver()
export class TaskMatrixResolver {
  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => TaskMatrixPage, { description: '单位任务矩阵（按单位分页）：各单位任务数、按完成时限类型的分布、所选期次应报数' })
  taskMatrix(@Ctx() ctx: RequestContext, @Args(() => TaskMatrixArgs) args: TaskMatrixArgs): Promise<TaskMatrixPage> {
    return ctx.services.taskMatrix.page(ctx, args);
  }
}
