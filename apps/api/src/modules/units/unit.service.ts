import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { ownUnitScope, requireCan, requireUnitScope, type AuthContext } from '../../common/auth/guards';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import type { CreateUnitInput, UnitContactInput, UnitFilter, UpdateUnitInput } from './dto/unit.inputs';
import { Unit, type UnitContact } from './unit.entity';
import { allowedParentKinds, UnitKind } from './unit-kind';

/** Injected so the service does not depend on how the code is checked (see uscc.ts). */
export type UsccValidator = (code: string) => { valid: boolean; reason?: string };

const kindNames: Record<UnitKind, string> = {
  [UnitKind.REGION]: '自治区',
  [UnitKind.LEAGUE_CITY]: '盟市',
  [UnitKind.COUNTY]: '旗县（市、区）',
  [UnitKind.TOWNSHIP]: '乡镇（街道）',
  [UnitKind.DEPARTMENT]: '部门',
};

function toContacts(input: UnitContactInput[] | null | undefined): UnitContact[] {
  return (input ?? []).map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), ...(c.role ? { role: c.role } : {}) }));
}

function normaliseClasses(classes: string[] | null | undefined): string[] {
  return [...new Set((classes ?? []).map((c) => c.trim()).filter((c) => c.length > 0))];
}

export class UnitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly validateUscc: UsccValidator,
  ) {}

  /** A unit user sees only its own unit, whatever the filter says. */
  async list(ctx: AuthContext, filter: UnitFilter, page: PageArgs): Promise<Page<Unit>> {
    const own = ownUnitScope(ctx);
    const qb = this.dataSource.getRepository(Unit).createQueryBuilder('unit');
    if (own) qb.andWhere('unit.id = :own', { own });
    else requireCan(ctx, Action.UNIT_READ_ALL);
    if (!filter.includeArchived) qb.andWhere('unit.archivedAt IS NULL');
    if (filter.kind) qb.andWhere('unit.kind = :kind', { kind: filter.kind });
    if (filter.parentId) qb.andWhere('unit.parentId = :parentId', { parentId: filter.parentId });
    if (filter.rootsOnly) qb.andWhere('unit.parentId IS NULL');
    if (filter.search) {
      qb.andWhere(`(unit.code LIKE :search ${LIKE_ESCAPE} OR unit.name LIKE :search ${LIKE_ESCAPE})`, {
        search: containsPattern(filter.search),
      });
    }
    if (filter.unitClass) {
      // classes is a JSON array stored as text: match the quoted element
      qb.andWhere(`unit.classes LIKE :unitClass ${LIKE_ESCAPE}`, {
        unitClass: containsPattern(JSON.stringify(filter.unitClass)),
      });
    }
    return paginate(qb, page, { property: 'code', direction: 'ASC' });
  }

  async get(ctx: AuthContext, id: string): Promise<Unit> {
    requireUnitScope(ctx, id, Action.UNIT_READ_ALL);
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id });
    if (!unit) throw AppError.notFound('单位');
    return unit;
  }

  async create(ctx: AuditContext, input: CreateUnitInput): Promise<Unit> {
    requireCan(ctx, Action.UNIT_MANAGE);
    const uscc = this.checkUscc(input.uscc);
    return this.dataSource.transaction(async (manager) => {
      await this.checkParent(manager, input.kind, input.parentId ?? null, null);
      if (await manager.existsBy(Unit, { code: input.code })) {
        throw AppError.validation([{ field: 'code', message: `单位编码“${input.code}”已存在` }]);
      }
      const unit = await manager.save(
        Unit,
        manager.create(Unit, {
          code: input.code,
          name: input.name.trim(),
          kind: input.kind,
          parentId: input.parentId ?? null,
          classes: normaliseClasses(input.classes),
          uscc,
          contacts: toContacts(input.contacts),
          archivedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'Unit',
        entityId: unit.id,
        action: 'CREATE',
        unitId: unit.id,
        after: unit,
      });
      return unit;
    });
  }

  async update(ctx: AuditContext, input: UpdateUnitInput): Promise<Unit> {
    requireCan(ctx, Action.UNIT_MANAGE);
    const uscc = input.uscc === undefined || input.uscc === null ? undefined : this.checkUscc(input.uscc);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, input.id);
      if (before.archivedAt) throw new AppError(ErrorCode.INVALID_STATE, '已归档的单位不能修改');
      const parentId = input.parentId !== undefined ? input.parentId : before.parentId;
      if (parentId !== before.parentId) await this.checkParent(manager, before.kind, parentId, before.id);
      await updateWithVersion(manager, Unit, input.id, input.version, {
        name: input.name?.trim() ?? before.name,
        parentId,
        classes: input.classes ? normaliseClasses(input.classes) : before.classes,
        uscc: uscc !== undefined ? uscc : before.uscc,
        contacts: input.contacts ? toContacts(input.contacts) : before.contacts,
      });
      const after = await this.find(manager, input.id);
      await this.audit.record(manager, ctx, {
        entity: 'Unit',
        entityId: after.id,
        action: 'UPDATE',
        unitId: after.id,
        before,
        after,
      });
      return after;
    });
  }

  async archive(ctx: AuditContext, id: string, version: number): Promise<Unit> {
    requireCan(ctx, Action.UNIT_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, id);
      if (before.archivedAt) throw new AppError(ErrorCode.INVALID_STATE, '该单位已归档');
      const activeChildren = await manager
        .getRepository(Unit)
        .createQueryBuilder('unit')
        .where('unit.parentId = :id AND unit.archivedAt IS NULL', { id })
        .getCount();
      if (activeChildren > 0) {
        throw new AppError(ErrorCode.INVALID_STATE, `该单位还有${activeChildren}个未归档的下级单位，请先归档下级单位`);
      }
      await updateWithVersion(manager, Unit, id, version, { archivedAt: new Date() });
      const after = await this.find(manager, id);
      await this.audit.record(manager, ctx, { entity: 'Unit', entityId: id, action: 'ARCHIVE', unitId: id, before, after });
      return after;
    });
  }

  /** Empty string clears the code; anything else must pass the USCC check. */
  private checkUscc(raw: string | null | undefined): string | null {
    const code = raw?.trim().toUpperCase() ?? '';
    if (code === '') return null;
    const result = this.validateUscc(code);
    if (!result.valid) {
      throw AppError.validation([
        { field: 'uscc', code: 'INVALID_USCC', message: result.reason ?? '统一社会信用代码无效' },
      ]);
    }
    return code;
  }

  private async checkParent(
    manager: EntityManager,
    kind: UnitKind,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    const allowed = allowedParentKinds[kind];
    const problems: FieldProblem[] = [];
    if (!parentId) {
      if (kind !== UnitKind.REGION) {
        problems.push({ field: 'parentId', message: `${kindNames[kind]}必须指定上级单位` });
      }
    } else {
      const parent = await manager.findOneBy(Unit, { id: parentId });
      if (!parent) problems.push({ field: 'parentId', message: '上级单位不存在' });
      else if (parent.archivedAt) problems.push({ field: 'parentId', message: '上级单位已归档' });
      else if (!allowed.includes(parent.kind)) {
        problems.push({
          field: 'parentId',
          message: `${kindNames[kind]}的上级不能是${kindNames[parent.kind]}`,
        });
      } else if (selfId && (await this.isDescendant(manager, parentId, selfId))) {
        problems.push({ field: 'parentId', message: '上级单位不能是本单位或其下级' });
      }
    }
    if (problems.length > 0) throw AppError.validation(problems);
  }

  /** Walks up from `candidate`; the hierarchy is at most a handful of levels deep. */
  private async isDescendant(manager: EntityManager, candidate: string, ancestor: string): Promise<boolean> {
    let current: string | null = candidate;
    for (let depth = 0; current && depth < 16; depth += 1) {
      if (current === ancestor) return true;
      const row: Unit | null = await manager.findOneBy(Unit, { id: current });
      current = row?.parentId ?? null;
    }
    return false;
  }

  private async find(manager: EntityManager, id: string): Promise<Unit> {
    const unit = await manager.findOneBy(Unit, { id });
    if (!unit) throw AppError.notFound('单位');
    return unit;
  }
}
