import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { Account } from '../accounts/account.entity';
import { Unit } from '../units/unit.entity';
import { AuditLog } from './audit-log.entity';
import { AuditLogConnection, AuditLogFilter } from './audit-log.inputs';

@Resolver(() => AuditLog)
export class AuditResolver {
  @Authorized(Action.AUDIT_READ)
  @Query(() => AuditLogConnection, { description: '审计日志（管理员、信用办）' })
  auditLogs(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
  ): Promise<AuditLogConnection> {
    return ctx.services.audit.list(ctx, filter ?? {}, page);
  }

  /** Only AUDIT_READ holders reach audit rows, and they may read every account and unit. */
  @FieldResolver(() => Account, { nullable: true, description: '操作人' })
  actor(@Root() log: AuditLog, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return log.actorId ? ctx.loaders.accountById.load(log.actorId) : Promise.resolve(null);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '涉及的单位' })
  unit(@Root() log: AuditLog, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return log.unitId ? ctx.loaders.unitById.load(log.unitId) : Promise.resolve(null);
  }
}
