import { getIndicatorSystemPreset, validateSystem, type SystemProblem } from '@govtrust/indicators';
import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { IndicatorSystemStatus } from './indicator-system-status';
import { IndicatorSystemVersion } from './indicator-system-version.entity';
import { prepareDefinition } from './system-definition';

function summary(row: IndicatorSystemVersion) {
  return { systemKey: row.systemKey, systemVersion: row.systemVersion, status: row.status, name: row.name };
}

/**
 * Versioned indicator systems. A PUBLISHED version is never updated: saving over it creates the
 * next DRAFT, so cycles that use a published version always score with the same rules.
 */
export class IndicatorSystemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The newest version of every system. */
  async listLatest(ctx: AuthContext): Promise<IndicatorSystemVersion[]> {
    requireUser(ctx);
    const rows = await this.dataSource.getRepository(IndicatorSystemVersion).find({
      order: { systemKey: 'ASC', systemVersion: 'DESC' },
    });
    const seen = new Set<string>();
    return rows.filter((row) => !seen.has(row.systemKey) && seen.add(row.systemKey));
  }

  async versions(ctx: AuthContext, systemKey: string): Promise<IndicatorSystemVersion[]> {
    requireUser(ctx);
    return this.dataSource.getRepository(IndicatorSystemVersion).find({
      where: { systemKey },
      order: { systemVersion: 'DESC' },
    });
  }

  /** A given version, or the newest when `systemVersion` is absent. */
  async get(
    ctx: AuthContext,
    systemKey: string,
    systemVersion?: number | null,
  ): Promise<IndicatorSystemVersion> {
    requireUser(ctx);
    const row =
      systemVersion == null
        ? await this.latest(this.dataSource.manager, systemKey)
        : await this.dataSource.getRepository(IndicatorSystemVersion).findOneBy({ systemKey, systemVersion });
    if (!row) throw AppError.notFound('指标体系');
    return row;
  }

  /** For cycles: a PUBLISHED version or VALIDATION_FAILED saying why it cannot be used. */
  async requirePublished(
    manager: EntityManager,
    systemKey: string,
    systemVersion: number,
  ): Promise<IndicatorSystemVersion> {
    const row = await manager.findOneBy(IndicatorSystemVersion, { systemKey, systemVersion });
    if (!row) {
      throw AppError.validation([
        { field: 'systemKey', message: `指标体系“${systemKey}”第${systemVersion}版不存在` },
      ]);
    }
    if (row.status !== IndicatorSystemStatus.PUBLISHED) {
      throw AppError.validation([
        {
          field: 'systemVersion',
          message: `指标体系“${row.name}”第${systemVersion}版尚未发布，不能用于考核周期`,
        },
      ]);
    }
    return row;
  }

  /** Creates version 1 (or the next draft) from a preset; an existing draft is overwritten. */
  async importPreset(ctx: AuditContext, presetId: string): Promise<IndicatorSystemVersion> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const preset = getIndicatorSystemPreset(presetId);
    if (!preset)
      throw AppError.validation([{ field: 'presetId', message: `预置指标体系“${presetId}”不存在` }]);
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.latest(manager, preset.id);
      return this.writeDraft(
        manager,
        ctx,
        preset.id,
        preset,
        latest,
        latest?.version ?? null,
        'IMPORT_PRESET',
      );
    });
  }

  /**
   * Saves `definition` as the draft of `systemKey`. `expectedVersion` is the lock version of the
   * newest row the editor read: a draft is updated in place, a published version gets a new draft.
   */
  async saveDraft(
    ctx: AuditContext,
    systemKey: string,
    definition: unknown,
    expectedVersion: number | null,
  ): Promise<IndicatorSystemVersion> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(systemKey)) {
      throw AppError.validation([
        { field: 'systemKey', message: '体系标识须为2–64位小写字母、数字或连字符' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.latest(manager, systemKey);
      if (latest && expectedVersion == null) {
        throw new AppError(ErrorCode.CONFLICT, '该指标体系已存在，请带上读取时的版本号（expectedVersion）');
      }
      return this.writeDraft(manager, ctx, systemKey, definition, latest, expectedVersion, 'SAVE_DRAFT');
    });
  }

  async publish(
    ctx: AuditContext,
    systemKey: string,
    expectedVersion: number,
  ): Promise<IndicatorSystemVersion> {
    const user = requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.latest(manager, systemKey);
      if (!before) throw AppError.notFound('指标体系');
      if (before.status !== IndicatorSystemStatus.DRAFT) {
        throw new AppError(ErrorCode.INVALID_STATE, `第${before.systemVersion}版已发布，没有待发布的草稿`);
      }
      // a draft saved before a stricter engine release must still pass today's checks
      prepareDefinition(before.definition, systemKey, before.systemVersion);
      await updateWithVersion(manager, IndicatorSystemVersion, before.id, expectedVersion, {
        status: IndicatorSystemStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedBy: user.id,
      });
      const after = await manager.findOneByOrFail(IndicatorSystemVersion, { id: before.id });
      await this.audit.record(manager, ctx, {
        entity: 'IndicatorSystemVersion',
        entityId: after.id,
        action: 'PUBLISH',
        before: summary(before),
        after: summary(after),
      });
      return after;
    });
  }

  problems(row: IndicatorSystemVersion): SystemProblem[] {
    return validateSystem(row.definition);
  }

  private async writeDraft(
    manager: EntityManager,
    ctx: AuditContext,
    systemKey: string,
    raw: unknown,
    latest: IndicatorSystemVersion | null,
    expectedVersion: number | null,
    action: string,
  ): Promise<IndicatorSystemVersion> {
    if (latest && expectedVersion !== latest.version) {
      throw new AppError(ErrorCode.CONFLICT, '指标体系已被他人修改（版本不一致），请刷新后重试', {
        expectedVersion,
      });
    }
    if (latest?.status === IndicatorSystemStatus.DRAFT) {
      const { definition } = prepareDefinition(raw, systemKey, latest.systemVersion);
      await updateWithVersion(manager, IndicatorSystemVersion, latest.id, latest.version, {
        name: definition.name,
        unitKinds: definition.unitKinds,
        periodKind: definition.periodKind,
        definition,
      });
      const after = await manager.findOneByOrFail(IndicatorSystemVersion, { id: latest.id });
      await this.audit.record(manager, ctx, {
        entity: 'IndicatorSystemVersion',
        entityId: after.id,
        action,
        before: summary(latest),
        after: { ...summary(after), definition },
      });
      return after;
    }
    const systemVersion = (latest?.systemVersion ?? 0) + 1;
    const { definition } = prepareDefinition(raw, systemKey, systemVersion);
    const created = await manager.save(
      IndicatorSystemVersion,
      manager.create(IndicatorSystemVersion, {
        systemKey,
        systemVersion,
        name: definition.name,
        unitKinds: definition.unitKinds,
        periodKind: definition.periodKind,
        status: IndicatorSystemStatus.DRAFT,
        definition,
        publishedAt: null,
        publishedBy: null,
      }),
    );
    await this.audit.record(manager, ctx, {
      entity: 'IndicatorSystemVersion',
      entityId: created.id,
      action,
      before: latest ? summary(latest) : null,
      after: { ...summary(created), definition },
    });
    return created;
  }

  private latest(manager: EntityManager, systemKey: string): Promise<IndicatorSystemVersion | null> {
    return manager.findOne(IndicatorSystemVersion, {
      where: { systemKey },
      order: { systemVersion: 'DESC' },
    });
  }
}
