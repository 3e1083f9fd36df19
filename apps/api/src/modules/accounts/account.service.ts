import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import { isUnitRole, type Role } from '../../common/auth/roles';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { Unit } from '../units/unit.entity';
import { Account } from './account.entity';
import { hashForNewAccount } from './auth.service';
import type { AccountFilter, CreateAccountInput, UpdateAccountInput } from './dto/account.inputs';
import type { SessionService } from './session.service';

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly bcryptRounds: number,
  ) {}

  async me(ctx: AuthContext): Promise<Account> {
    const user = requireUser(ctx);
    return this.dataSource.getRepository(Account).findOneByOrFail({ id: user.id });
  }

  async list(ctx: AuthContext, filter: AccountFilter, page: PageArgs): Promise<Page<Account>> {
    requireCan(ctx, Action.ACCOUNT_READ);
    const qb = this.dataSource.getRepository(Account).createQueryBuilder('account');
    if (filter.role) qb.andWhere('account.role = :role', { role: filter.role });
    if (filter.unitId) qb.andWhere('account.unitId = :unitId', { unitId: filter.unitId });
    if (filter.active != null) qb.andWhere('account.active = :active', { active: filter.active });
    if (filter.search) {
      qb.andWhere(`(account.username LIKE :search ${LIKE_ESCAPE} OR account.displayName LIKE :search ${LIKE_ESCAPE})`, {
        search: containsPattern(filter.search),
      });
    }
    return paginate(qb, page, { property: 'username', direction: 'ASC' });
  }

  async get(ctx: AuthContext, id: string): Promise<Account> {
    requireCan(ctx, Action.ACCOUNT_READ);
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw AppError.notFound('账号');
    return account;
  }

  async create(ctx: AuditContext, input: CreateAccountInput): Promise<Account> {
    requireCan(ctx, Action.ACCOUNT_MANAGE);
    const passwordHash = await hashForNewAccount(input.password, this.bcryptRounds);
    return this.dataSource.transaction(async (manager) => {
      await this.checkUnit(manager, input.role, input.unitId ?? null);
      if (await manager.existsBy(Account, { username: input.username })) {
        throw AppError.validation([{ field: 'username', message: `用户名“${input.username}”已存在` }]);
      }
      const account = await manager.save(
        Account,
        manager.create(Account, {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId: input.unitId ?? null,
          passwordHash,
          active: true,
          failedLogins: 0,
          lockedUntil: null,
          mustChangePassword: true,
          lastLoginAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: account.id,
        action: 'CREATE',
        unitId: account.unitId,
        after: account,
      });
      return account;
    });
  }

  async update(ctx: AuditContext, input: UpdateAccountInput): Promise<Account> {
    const user = requireCan(ctx, Action.ACCOUNT_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      const role = input.role ?? before.role;
      const unitId = input.unitId !== undefined ? input.unitId : before.unitId;
      await this.checkUnit(manager, role, unitId);
      if (input.id === user.id && (input.active === false || (input.role && input.role !== before.role))) {
        throw AppError.validation([{ field: 'id', message: '不能停用自己的账号或修改自己的角色' }]);
      }
      await updateWithVersion(manager, Account, input.id, input.version, {
        displayName: input.displayName ?? before.displayName,
        role,
        unitId,
        active: input.active ?? before.active,
      });
      if (input.active === false || role !== before.role || unitId !== before.unitId) {
        // reach changed: existing sessions carry the old role/unit in spirit, end them
        await this.sessions.revokeAll(manager, input.id);
      }
      const after = await this.find(manager, input.id);
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: input.id,
        action: 'UPDATE',
        unitId: after.unitId,
        before,
        after,
      });
      return after;
    });
  }

  deactivate(ctx: AuditContext, id: string, version: number): Promise<Account> {
    return this.update(ctx, { id, version, active: false });
  }

  async resetPassword(ctx: AuditContext, id: string, newPassword: string): Promise<Account> {
    requireCan(ctx, Action.ACCOUNT_MANAGE);
    const passwordHash = await hashForNewAccount(newPassword, this.bcryptRounds);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, id);
      await manager.update(
        Account,
        { id },
        { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() },
      );
      await this.sessions.revokeAll(manager, id);
      const after = await this.find(manager, id);
      await this.audit.record(manager, ctx, {
        entity: 'Account',
        entityId: id,
        action: 'RESET_PASSWORD',
        unitId: after.unitId,
        before: { mustChangePassword: before.mustChangePassword, lockedUntil: before.lockedUntil },
        after: { mustChangePassword: true, lockedUntil: null },
      });
      return after;
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Account> {
    const account = await manager.findOneBy(Account, { id });
    if (!account) throw AppError.notFound('账号');
    return account;
  }

  private async checkUnit(manager: EntityManager, role: Role, unitId: string | null): Promise<void> {
    const problems: FieldProblem[] = [];
    if (isUnitRole(role) && !unitId) {
      problems.push({ field: 'unitId', message: '单位填报人和单位负责人必须关联单位' });
    }
    if (unitId) {
      const unit = await manager.findOneBy(Unit, { id: unitId });
      if (!unit) problems.push({ field: 'unitId', message: '关联的单位不存在' });
      else if (unit.archivedAt) problems.push({ field: 'unitId', message: '关联的单位已归档' });
    }
    if (problems.length > 0) throw AppError.validation(problems);
  }
}
