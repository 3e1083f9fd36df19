import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { TaskMatrixArgs } from './dto/task-matrix.args';
import { TaskMatrixPage } from './dto/task-matrix.types';
import { TaskUnitsArgs } from './dto/task-units.args';
import { TaskAssignedCount, TaskClassCount, TaskUnitPage } from './dto/task-units.types';

@Resolver()
export class TaskMatrixResolver {
  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => TaskMatrixPage, { description: '单位任务矩阵（按单位分页）：各单位任务数、按完成时限类型的分布、所选期次应报数' })
  taskMatrix(@Ctx() ctx: RequestContext, @Args(() => TaskMatrixArgs) args: TaskMatrixArgs): Promise<TaskMatrixPage> {
    return ctx.services.taskMatrix.page(ctx, args);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => TaskUnitPage, { description: '某任务的可分配单位（是否已分配），分页、可查找' })
  taskUnits(@Ctx() ctx: RequestContext, @Args(() => TaskUnitsArgs) args: TaskUnitsArgs): Promise<TaskUnitPage> {
    return ctx.services.taskUnits.page(ctx, args);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => [TaskAssignedCount], { description: '考核周期各任务已分配的单位数（未归档单位）' })
  taskAssignedCounts(@Ctx() ctx: RequestContext, @Arg('cycleId', () => ID) cycleId: string): Promise<TaskAssignedCount[]> {
    return ctx.services.taskUnits.assignedCounts(ctx, cycleId);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => [TaskClassCount], { description: '各单位分类标签的单位数及其中尚未分配该任务的单位数（按分类批量分配用）' })
  taskClassCounts(@Ctx() ctx: RequestContext, @Arg('taskId', () => ID) taskId: string): Promise<TaskClassCount[]> {
    return ctx.services.taskUnits.classCounts(ctx, taskId);
  }
}
