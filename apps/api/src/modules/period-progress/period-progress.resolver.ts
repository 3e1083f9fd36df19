import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import type { RequestContext } from '../../context';
import { UnitProgressArgs } from './dto/period-progress.args';
import { PeriodProgressSummary, UnitProgressPage } from './dto/period-progress.types';

@Resolver()
export class PeriodProgressResolver {
  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => PeriodProgressSummary, { description: '期次报送总览：应报、已报送、已通过、已退回、未报送、逾期，及各截止日期' })
  periodProgress(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string): Promise<PeriodProgressSummary> {
    return ctx.services.periodProgress.summary(ctx, periodId);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => UnitProgressPage, { description: '各单位报送进度（未报送多的在前），分页' })
  unitProgress(@Ctx() ctx: RequestContext, @Args(() => UnitProgressArgs) args: UnitProgressArgs): Promise<UnitProgressPage> {
    return ctx.services.periodProgress.units(ctx, args);
  }
}
