import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import { AuditLog } from './audit-log.entity';
import type { AuditLogFilter } from './audit-log.inputs';

/** What the audit trail needs from a request. RequestContext satisfies it. */
export interface AuditContext extends AuthContext {
  requestId: string;
  ip: string | null;
}

export interface AuditEntry {
  /** entity name, e.g. 'Unit' */
  entity: string;
  entityId: string | null;
  /** verb, e.g. 'CREATE', 'UPDATE', 'ARCHIVE' */
  action: string;
  /** the unit the change concerns, for per-unit audit queries */
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  /** who acted when there is no signed-in user yet (failed logins) */
  actorId?: string | null;
}

/** Secrets never enter the audit trail, whatever entity is passed in. */
const secretKeys = new Set(['passwordHash', 'tokenHash', 'password', 'newPassword', 'oldPassword']);

export function toAuditJson(value: unknown): unknown {
  if (value == null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (secretKeys.has(key) ? undefined : v)),
  ) as unknown;
}

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Write one audit row with the transaction's manager, so the row commits or rolls back together
   * with the change it describes. Never call it with `dataSource.manager` for a change made in a
   * transaction.
   */
  async record(manager: EntityManager, ctx: AuditContext, entry: AuditEntry): Promise<AuditLog> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record 必须在事务中调用（传入事务的 EntityManager）');
    }
    const row = manager.create(AuditLog, {
      actorId: entry.actorId !== undefined ? entry.actorId : (ctx.user?.id ?? null),
      actorRole: ctx.user?.role ?? null,
      unitId: entry.unitId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return manager.save(AuditLog, row);
  }

  async list(ctx: AuthContext, filter: AuditLogFilter, page: PageArgs): Promise<Page<AuditLog>> {
    requireCan(ctx, Action.AUDIT_READ);
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('log');
    if (filter.actorId) qb.andWhere('log.actorId = :actorId', { actorId: filter.actorId });
    if (filter.unitId) qb.andWhere('log.unitId = :unitId', { unitId: filter.unitId });
    if (filter.entity) qb.andWhere('log.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('log.entityId = :entityId', { entityId: filter.entityId });
    if (filter.action) qb.andWhere('log.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('log.createdAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('log.createdAt < :to', { to: filter.to });
    return paginate(qb, page, { property: 'createdAt', direction: 'DESC' });
  }
}
