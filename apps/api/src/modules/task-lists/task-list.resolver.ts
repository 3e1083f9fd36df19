import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { BulkAssignArgs, DueDatePreviewArgs, UpdateTaskDefinitionInput } from './dto/task-list.inputs';
import { DueDatePreviewRow, MyTask, ParsedDeadlineText, TaskListImportResult, UnitTask } from './dto/task-list.types';
import { TaskAssignment } from './task-assignment.entity';
import { TaskDefinition } from './task-definition.entity';

@Resolver()
export class TaskListResolver {
  @Authorized(Action.SUBMISSION_FILL)
  @Query(() => [MyTask], { description: '本单位在开放期次（或获准补报的期次）中的任务，逾期的在前' })
  myTasks(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { nullable: true }) periodId?: string | null,
  ): Promise<MyTask[]> {
    return ctx.services.taskLists.myTasks(ctx, periodId);
  }

  @Authorized()
  @Query(() => [UnitTask], { description: '某单位在某考核周期的任务清单；单位账号只能查看本单位' })
  unitTasks(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ): Promise<UnitTask[]> {
    return ctx.services.taskLists.unitTasks(ctx, unitId, cycleId);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => [TaskDefinition], { description: '考核周期的全部任务' })
  cycleTasks(
    @Ctx() ctx: RequestContext,
    @Arg('cycleId', () => ID) cycleId: string,
  ): Promise<TaskDefinition[]> {
    return ctx.services.taskLists.tasks(ctx, cycleId);
  }

  @Authorized()
  @Query(() => [DueDatePreviewRow], { description: '按完成时限规则预览一年的截止日期（含节假日顺延）' })
  dueDatePreview(
    @Ctx() ctx: RequestContext,
    @Args(() => DueDatePreviewArgs) args: DueDatePreviewArgs,
  ): Promise<DueDatePreviewRow[]> {
    return ctx.services.taskLists.dueDatePreview(ctx, args.rule, args.year);
  }

  @Authorized()
  @Query(() => ParsedDeadlineText, { description: '解析完成时限原文（如“每月4日前报送上月信息”），编辑任务时预览' })
  parseDeadlineText(@Ctx() ctx: RequestContext, @Arg('text', () => String) text: string): ParsedDeadlineText {
    return ctx.services.taskLists.parseDeadline(ctx, text);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => TaskListImportResult, { description: '导入预置任务清单（按单位编码匹配单位）' })
  importTaskListPreset(
    @Ctx() ctx: RequestContext,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('presetId', () => String) presetId: string,
  ): Promise<TaskListImportResult> {
    return ctx.services.taskLists.importPreset(ctx, cycleId, presetId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => TaskDefinition, {
    description: '修改任务定义（名称、类别、目标、完成时限、填报项、佐证要求、数据来源）；改完成时限会重算未关闭期次的截止日期',
  })
  updateTaskDefinition(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateTaskDefinitionInput) input: UpdateTaskDefinitionInput,
  ): Promise<TaskDefinition> {
    return ctx.services.taskLists.updateTaskDefinition(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => TaskAssignment, { description: '把任务分配给单位' })
  assignTask(
    @Ctx() ctx: RequestContext,
    @Arg('taskId', () => ID) taskId: string,
    @Arg('unitId', () => ID) unitId: string,
  ): Promise<TaskAssignment> {
    return ctx.services.taskLists.assign(ctx, taskId, unitId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => Boolean, { description: '取消分配（已有填报记录时不能取消）' })
  unassignTask(
    @Ctx() ctx: RequestContext,
    @Arg('taskId', () => ID) taskId: string,
    @Arg('unitId', () => ID) unitId: string,
  ): Promise<boolean> {
    return ctx.services.taskLists.unassign(ctx, taskId, unitId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => [TaskAssignment], { description: '按单位分类批量分配，返回新增的分配' })
  bulkAssignByUnitClass(
    @Ctx() ctx: RequestContext,
    @Args(() => BulkAssignArgs) args: BulkAssignArgs,
  ): Promise<TaskAssignment[]> {
    return ctx.services.taskLists.bulkAssignByUnitClass(ctx, args.cycleId, args.taskId, args.unitClass);
  }
}
