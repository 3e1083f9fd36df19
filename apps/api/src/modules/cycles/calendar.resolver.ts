import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { CalendarOverride } from './calendar-override.entity';
import { CalendarOverrideInput } from './dto/cycle.inputs';

@Resolver(() => CalendarOverride)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarOverride], { description: '工作日历调整（按日期）' })
  calendarOverrides(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<CalendarOverride[]> {
    return ctx.services.calendar.list(ctx, year);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => CalendarOverride, { description: '设置某日为工作日或休息日；未关闭期次的截止日期随之重算' })
  setCalendarOverride(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CalendarOverrideInput) input: CalendarOverrideInput,
  ): Promise<CalendarOverride> {
    return ctx.services.calendar.set(ctx, input);
  }

  @Authorized(Action.CONFIG_MANAGE)
  @Mutation(() => Boolean, { description: '删除某日的调整，恢复法定日历' })
  removeCalendarOverride(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => String) date: string,
  ): Promise<boolean> {
    return ctx.services.calendar.remove(ctx, date);
  }
}
