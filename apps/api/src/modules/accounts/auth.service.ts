import type { DataSource, EntityManager } from 'typeorm';
import { requireUser } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { Account } from './account.entity';
import type { LoginThrottle } from './login-throttle';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import type { SessionService } from './session.service';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** What login and logout need from the request besides the audit fields. */
export interface AuthRequestContext extends AuditContext {
  userAgent: string | null;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
}

const badCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, '用户名或密码错误');

function rateLimited(retryAt: Date, message: string): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, message, { retryAt: retryAt.toISOString() });
}

export class AuthService {
  /** compared against when the username is unknown, so timing does not reveal which names exist */
  private dummyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly bcryptRounds: number,
  ) {
    this.dummyHash = hashPassword('not-a-real-password-0', bcryptRounds);
  }

  async login(ctx: AuthRequestContext, username: string, password: string): Promise<LoginResult> {
    const ip = ctx.ip ?? 'unknown';
    const now = new Date();
    const ipBlockedUntil = this.throttle.blockedUntil(ip, now.getTime());
    if (ipBlockedUntil) throw rateLimited(ipBlockedUntil, '登录失败次数过多，请稍后再试');

    const account = await this.dataSource.getRepository(Account).findOneBy({ username: username.trim() });
    if (!account || !account.active) {
      await verifyPassword(password, await this.dummyHash);
      this.throttle.recordFailure(ip, now.getTime());
      throw badCredentials();
    }
    if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime()) {
      throw rateLimited(account.lockedUntil, `账号已锁定，请于${formatTime(account.lockedUntil)}后再试`);
    }

    if (!(await verifyPassword(password, account.passwordHash))) {
      this.throttle.recordFailure(ip, now.getTime());
      const lockedUntil = await this.recordFailure(ctx, account, now);
      if (lockedUntil) {
        throw rateLimited(lockedUntil, `密码连续错误${MAX_FAILED_LOGINS}次，账号已锁定${LOCK_MINUTES}分钟`);
      }
      throw badCredentials();
    }

    return this.dataSource.transaction(async (manager) => {
      await this.setCounters(manager, account.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      const { token, session } = await this.sessions.create(manager, account.id, {
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: account.id,
        action: 'LOGIN',
        unitId: account.unitId,
        actorId: account.id,
        after: { sessionId: session.id },
      });
      const fresh = await manager.findOneByOrFail(Account, { id: account.id });
      return { token, expiresAt: session.expiresAt, account: fresh };
    });
  }

  async logout(ctx: AuditContext): Promise<boolean> {
    const user = requireUser(ctx);
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, user.sessionId);
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: user.id,
        action: 'LOGOUT',
        unitId: user.unitId,
      });
    });
    return true;
  }

  async changePassword(ctx: AuditContext, oldPassword: string, newPassword: string): Promise<Account> {
    const user = requireUser(ctx);
    const problem = passwordProblem(newPassword, 'newPassword');
    if (problem) throw AppError.validation([problem]);
    if (oldPassword === newPassword) {
      throw AppError.validation([{ field: 'newPassword', message: '新密码不能与原密码相同' }]);
    }
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(oldPassword, account.passwordHash))) {
      throw AppError.validation([{ field: 'oldPassword', message: '原密码不正确' }]);
    }
    const passwordHash = await hashPassword(newPassword, this.bcryptRounds);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: account.id }, { passwordHash, mustChangePassword: false, updatedAt: new Date() });
      // other devices signed in with the old password are signed out
      await this.sessions.revokeAll(manager, account.id, user.sessionId);
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: account.id,
        action: 'CHANGE_PASSWORD',
        unitId: account.unitId,
      });
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }

  /** Count a wrong password; returns the lock end when this failure locked the account. */
  private async recordFailure(ctx: AuditContext, account: Account, now: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(Account)
        // security counters are not edits: keep version so an admin's open form stays valid
        .set({ failedLogins: () => 'failedLogins + 1', version: () => 'version' })
        .where('id = :id', { id: account.id })
        .execute();
      const { failedLogins } = await manager.findOneByOrFail(Account, { id: account.id });
      if (failedLogins < MAX_FAILED_LOGINS) return null;
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await this.setCounters(manager, account.id, { failedLogins: 0, lockedUntil });
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: account.id,
        action: 'LOCK',
        unitId: account.unitId,
        actorId: null,
        after: { lockedUntil: lockedUntil.toISOString(), failedLogins },
      });
      return lockedUntil;
    });
  }

  private async setCounters(
    manager: EntityManager,
    id: string,
    values: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date },
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Account)
      .set({ ...values, version: () => 'version' })
      .where('id = :id', { id })
      .execute();
  }
}

/** 2026-11-28 21:05 in China time, for messages. */
function formatTime(date: Date): string {
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export async function hashForNewAccount(password: string, rounds: number): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw AppError.validation([problem]);
  return hashPassword(password, rounds);
}
