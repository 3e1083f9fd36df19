import { In, type DataSource } from 'typeorm';
import { requireRole, requireUser, type AuthContext } from '../../common/auth/guards';
import { Role } from '../../common/auth/roles';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { Session, SessionKind } from '../accounts/session.entity';
import type { SessionService } from '../accounts/session.service';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { ApiToken } from './api-token.entity';
import type { CreatedApiToken } from './dto/api-token.inputs';

const DAY_MS = 24 * 3_600_000;
/** without an expiry a token lives a year; never more than three */
const DEFAULT_LIFETIME_MS = 365 * DAY_MS;
const MAX_LIFETIME_MS = 3 * 365 * DAY_MS;
const MAX_ACTIVE_TOKENS = 20;

/** Roles whose reports BI tools may pull. */
const TOKEN_ROLES = [Role.LEADER, Role.CREDIT_OFFICE] as const;

/**
 * Read-only API tokens: created and revoked by their owner, listed with their state. Requests
 * with such a token are refused every write centrally (common/auth/read-only.ts).
 */
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async create(ctx: AuditContext, name: string, expiresAt?: Date | null): Promise<CreatedApiToken> {
    const user = requireRole(ctx, ...TOKEN_ROLES);
    const label = name.trim();
    if (label.length < 1 || label.length > 100) {
      throw AppError.validation([{ field: 'name', message: '令牌名称不能为空且不超过100字' }]);
    }
    const now = Date.now();
    const expiry = expiresAt ?? new Date(now + DEFAULT_LIFETIME_MS);
    if (expiry.getTime() <= now) throw AppError.validation([{ field: 'expiresAt', message: '到期时间须晚于当前时间' }]);
    if (expiry.getTime() > now + MAX_LIFETIME_MS) {
      throw AppError.validation([{ field: 'expiresAt', message: '令牌有效期最长3年' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const mine = await this.withState(await manager.findBy(ApiToken, { accountId: user.id }));
      if (mine.filter((t) => t.active).length >= MAX_ACTIVE_TOKENS) {
        throw new AppError(ErrorCode.INVALID_STATE, `每个账号最多${MAX_ACTIVE_TOKENS}个有效令牌，请先撤销不用的令牌`);
      }
      const { token, session } = await this.sessions.create(
        manager,
        user.id,
        { ip: ctx.ip, userAgent: null },
        SessionKind.API_TOKEN,
      );
      await manager.update(Session, { id: session.id }, { expiresAt: expiry });
      const row = await manager.save(
        ApiToken,
        manager.create(ApiToken, { name: label, accountId: user.id, sessionId: session.id, expiresAt: expiry }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'ApiToken',
        entityId: row.id,
        action: 'CREATE',
        after: { name: row.name, expiresAt: row.expiresAt },
      });
      return { token, apiToken: Object.assign(row, { revokedAt: null, active: true }) };
    });
  }

  /** Only the owner revokes a token (an admin deactivating the account ends them all). */
  async revoke(ctx: AuditContext, id: string): Promise<ApiToken> {
    const user = requireUser(ctx);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(ApiToken, { id });
      if (!row || row.accountId !== user.id) throw AppError.notFound('API 令牌');
      await this.sessions.revoke(manager, row.sessionId);
      await this.audit.record(manager, ctx, { entity: 'ApiToken', entityId: id, action: 'REVOKE', before: { name: row.name } });
      const session = await manager.findOneBy(Session, { id: row.sessionId });
      return Object.assign(row, { revokedAt: session?.revokedAt ?? new Date(), active: false });
    });
  }

  async mine(ctx: AuthContext): Promise<ApiToken[]> {
    const user = requireUser(ctx);
    const rows = await this.dataSource.getRepository(ApiToken).findBy({ accountId: user.id });
    const listed = await this.withState(rows);
    return listed.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** Revocation lives on the session (a password change revokes every session, tokens included). */
  private async withState(rows: ApiToken[]): Promise<ApiToken[]> {
    if (rows.length === 0) return [];
    const sessions = await this.dataSource.getRepository(Session).findBy({ id: In(rows.map((r) => r.sessionId)) });
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const now = Date.now();
    return rows.map((row) => {
      const session = byId.get(row.sessionId);
      // a session purged after it ended counts as revoked at its expiry
      const revokedAt = session ? session.revokedAt : row.expiresAt;
      return Object.assign(row, { revokedAt, active: !revokedAt && row.expiresAt.getTime() > now });
    });
  }
}
