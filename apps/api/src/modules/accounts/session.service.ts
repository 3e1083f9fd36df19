import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { SessionUser } from '../../common/auth/session-user';
import { Account } from './account.entity';
import { Session, SessionKind } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

/** Renew lastSeenAt/expiresAt at most this often, so every request is not a write. */
const RENEW_AFTER_MS = 60_000;
/** Ended sessions are kept this long (the audit log keeps LOGIN/LOGOUT for good). */
const KEEP_ENDED_MS = 30 * 24 * 3_600_000;

export interface ResolvedSession {
  user: SessionUser;
  expiresAt: Date;
  /** true when this request extended the session (the cookie should be re-sent) */
  renewed: boolean;
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs: number,
  ) {}

  async create(
    manager: EntityManager,
    accountId: string,
    client: { ip: string | null; userAgent: string | null },
    kind: SessionKind = SessionKind.SESSION,
  ): Promise<{ token: string; session: Session }> {
    const token = newSessionToken();
    const now = new Date();
    await this.purgeEnded(manager, accountId, now);
    const session = await manager.save(
      Session,
      manager.create(Session, {
        tokenHash: hashSessionToken(token),
        accountId,
        kind,
        expiresAt: new Date(now.getTime() + this.ttlMs),
        lastSeenAt: now,
        revokedAt: null,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 255) ?? null,
      }),
    );
    return { token, session };
  }

  /** The signed-in user for a token, or null when unknown, revoked, expired or deactivated. */
  async resolve(token: string, now = new Date()): Promise<ResolvedSession | null> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: hashSessionToken(token), revokedAt: IsNull() },
    });
    if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: session.accountId });
    if (!account || !account.active) return null;

    let expiresAt = session.expiresAt;
    let renewed = false;
    // sliding expiry for interactive sessions; API tokens keep their fixed lifetime
    if (session.kind === SessionKind.SESSION && now.getTime() - session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
      expiresAt = new Date(now.getTime() + this.ttlMs);
      await this.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: now, expiresAt });
      renewed = true;
    }
    return {
      expiresAt,
      renewed,
      user: {
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: account.unitId,
        mustChangePassword: account.mustChangePassword,
        sessionId: session.id,
        readOnly: session.kind === SessionKind.API_TOKEN,
      },
    };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Sign an account out everywhere, optionally keeping the current session. */
  async revokeAll(manager: EntityManager, accountId: string, exceptSessionId?: string): Promise<void> {
    const qb = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: new Date() })
      .where('accountId = :accountId AND revokedAt IS NULL', { accountId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await qb.execute();
  }

  /** Housekeeping on each login: drop this account's sessions that ended over 30 days ago. */
  private async purgeEnded(manager: EntityManager, accountId: string, now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - KEEP_ENDED_MS);
    await manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('accountId = :accountId AND (expiresAt < :cutoff OR revokedAt < :cutoff)', { accountId, cutoff })
      .execute();
  }
}
