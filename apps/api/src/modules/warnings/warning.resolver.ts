import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { Period } from '../cycles/period.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { Unit } from '../units/unit.entity';
import {
  CreateWarningRuleInput,
  UpdateWarningRuleInput,
  WarningConnection,
  WarningEvaluation,
  WarningFilter,
} from './dto/warning.inputs';
import { WarningRule } from './warning-rule.entity';
import { canAcknowledge } from './warning.service';
import { Warning } from './warning.entity';

@Resolver(() => WarningRule)
export class WarningRuleResolver {
  @Authorized(Action.CONFIG_MANAGE, Action.SCORE_READ)
  @Query(() => [WarningRule], { description: '预警规则：某考核周期的规则及全局规则（不传周期为全部）' })
  warningRules(
    @Ctx() ctx: RequestContext,
    @Arg('cycleId', () => ID, { nullable: true }) cycleId?: string | null,
  ): Promise<WarningRule[]> {
    return ctx.services.warningRules.list(ctx, cycleId);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => WarningRule, { description: '新建预警规则（信用办）' })
  createWarningRule(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWarningRuleInput) input: CreateWarningRuleInput,
  ): Promise<WarningRule> {
    return ctx.services.warningRules.create(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => WarningRule, { description: '修改预警规则；version 不一致时返回 CONFLICT' })
  updateWarningRule(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWarningRuleInput) input: UpdateWarningRuleInput,
  ): Promise<WarningRule> {
    return ctx.services.warningRules.update(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => Boolean, { description: '删除预警规则（其未解除的预警随之解除）' })
  deleteWarningRule(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<boolean> {
    return ctx.services.warningRules.remove(ctx, id, version);
  }
}

@Resolver(() => Warning)
export class WarningResolver {
  @Authorized()
  @Query(() => WarningConnection, { description: '预警列表（最新在前）；单位用户只能看到本单位' })
  warnings(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WarningFilter, { nullable: true }) filter?: WarningFilter | null,
  ): Promise<WarningConnection> {
    return ctx.services.warnings.list(ctx, filter ?? {}, page);
  }

  @Authorized(Action.SUBMISSION_REVIEW, Action.SUBMISSION_FILL)
  @Mutation(() => Warning, { description: '确认预警并填写说明（单位用户只能确认本单位的预警，且必须填写说明）' })
  acknowledgeWarning(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<Warning> {
    return ctx.services.warnings.acknowledge(ctx, id, note);
  }

  @Authorized(Action.SCORE_COMPUTE)
  @Mutation(() => WarningEvaluation, { description: '立即评估某期次的预警（每日也会自动评估所有填报中的期次）' })
  evaluateWarnings(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<WarningEvaluation> {
    return ctx.services.warnings.evaluate(ctx, periodId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() warning: Warning, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.unitById.load(warning.unitId);
  }

  @FieldResolver(() => Period, { nullable: true })
  period(@Root() warning: Warning, @Ctx() ctx: RequestContext): Promise<Period | null> {
    return ctx.loaders.periodById.load(warning.periodId);
  }

  @FieldResolver(() => TaskDefinition, { nullable: true })
  task(@Root() warning: Warning, @Ctx() ctx: RequestContext): Promise<TaskDefinition | null> {
    return warning.taskId ? ctx.loaders.taskById.load(warning.taskId) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: '当前用户能否确认该预警' })
  canAcknowledge(@Root() warning: Warning, @Ctx() ctx: RequestContext): boolean {
    return canAcknowledge(ctx, warning);
  }
}
