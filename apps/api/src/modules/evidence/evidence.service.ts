import type { Readable } from 'node:stream';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ownUnitScope, requireAnyOf, requireCan, requireUnitScope, type AuthContext } from '../../common/auth/guards';
import { Action, can } from '../../common/auth/permissions';
import { isUnitRole } from '../../common/auth/roles';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { Unit } from '../units/unit.entity';
import { Evidence, EvidenceFileKind } from './evidence.entity';
import { StorageUnavailableError, type EvidenceStorage, type StagedBlob } from './evidence-storage';
import type { EvidenceFileType } from './file-sniffing';
import { KeyedMutex } from './keyed-mutex';

/** A file that passed sniffing and sits in temporary storage, not yet visible or recorded. */
export interface StagedEvidence {
  staged: StagedBlob;
  /** already sanitised */
  name: string;
  type: EvidenceFileType;
}

/** Upload, download, list, delete of evidence files; authorization lives here, not in the router. */
export class EvidenceService {
  private readonly blobLock = new KeyedMutex();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    readonly storage: EvidenceStorage,
  ) {}

  /**
   * Checked before the body is read. Unit users upload for their own unit (a different unitId is
   * refused); the credit office and evaluators must name the unit the file belongs to.
   */
  async resolveUploadUnit(ctx: AuthContext, requestedUnitId: string | null): Promise<string> {
    requireAnyOf(ctx, [Action.SUBMISSION_FILL, Action.MONITORING_ENTER]);
    const own = ownUnitScope(ctx);
    if (own) {
      if (requestedUnitId && requestedUnitId !== own) {
        throw new AppError(ErrorCode.FORBIDDEN, '只能为本单位上传佐证材料');
      }
      return own;
    }
    if (!requestedUnitId) {
      throw AppError.validation([{ field: 'unitId', message: '请指定佐证材料所属单位（unitId）' }]);
    }
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id: requestedUnitId });
    if (!unit || unit.archivedAt) {
      throw AppError.validation([{ field: 'unitId', message: '佐证材料所属单位不存在或已归档' }]);
    }
    return unit.id;
  }

  /**
   * Publishes the staged blobs and records one row per file in one transaction. The blob is always
   * on disk before its row exists; when the insert fails, blobs no row references are removed.
   */
  async store(ctx: AuditContext, unitId: string, files: StagedEvidence[]): Promise<Evidence[]> {
    const user = requireAnyOf(ctx, [Action.SUBMISSION_FILL, Action.MONITORING_ENTER]);
    const keys = files.map((f) => f.staged.key);
    return this.blobLock.run(keys, async () => {
      try {
        for (const file of files) await file.staged.commit();
      } catch (error) {
        await this.discard(files);
        await this.removeUnreferenced(files);
        throw toStorageError(error);
      }
      try {
        return await this.dataSource.transaction(async (manager) => {
          const rows: Evidence[] = [];
          for (const file of files) {
            const row = await manager.save(
              Evidence,
              manager.create(Evidence, {
                unitId,
                uploadedBy: user.id,
                sha256: file.staged.sha256,
                size: file.staged.size,
                mime: file.type.mime,
                kind: EvidenceFileKind[file.type.kind],
                originalName: file.name,
                storageKey: file.staged.key,
                attachedAt: null,
                deletedAt: null,
              }),
            );
            await this.audit.record(manager, ctx, {
              entity: 'Evidence',
              entityId: row.id,
              action: 'UPLOAD',
              unitId,
              after: row,
            });
            rows.push(row);
          }
          return rows;
        });
      } catch (error) {
        await this.removeUnreferenced(files).catch(() => undefined);
        throw error;
      }
    });
  }

  /** Drops temporary copies of files that will not be stored (a rejected request). */
  async discard(files: StagedEvidence[]): Promise<void> {
    await Promise.all(files.map((f) => f.staged.discard()));
  }

  async get(ctx: AuthContext, id: string): Promise<Evidence> {
    const own = this.readScope(ctx);
    const row = await this.dataSource.getRepository(Evidence).findOneBy({ id });
    if (!row || row.deletedAt || (own !== null && row.unitId !== own)) throw AppError.notFound('佐证材料');
    return row;
  }

  /** The row and its bytes; a unit user asking for another unit's file gets NOT_FOUND. */
  async open(ctx: AuthContext, id: string): Promise<{ evidence: Evidence; stream: Readable }> {
    const evidence = await this.get(ctx, id);
    try {
      return { evidence, stream: await this.storage.get(evidence.storageKey) };
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** The office, evaluators and leaders list any unit's files; a unit user only its own. */
  async list(ctx: AuthContext, unitId: string | null, page: PageArgs): Promise<Page<Evidence>> {
    const own = this.readScope(ctx);
    if (unitId) requireUnitScope(ctx, unitId, Action.SUBMISSION_READ_ALL);
    const qb = this.dataSource.getRepository(Evidence).createQueryBuilder('evidence');
    qb.where('evidence.deletedAt IS NULL');
    const scope = own ?? unitId;
    if (scope) qb.andWhere('evidence.unitId = :unitId', { unitId: scope });
    return paginate(qb, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** Soft delete of a file no submission has referenced, by its unit or its uploader. */
  async remove(ctx: AuditContext, id: string): Promise<Evidence> {
    const user = requireAnyOf(ctx, [Action.SUBMISSION_FILL, Action.MONITORING_ENTER]);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Evidence, { id });
      const own = isUnitRole(user.role) ? user.unitId : null;
      const visible = before && !before.deletedAt && (own === null ? can(user, Action.SUBMISSION_READ_ALL) : before.unitId === own);
      if (!before || !visible) throw AppError.notFound('佐证材料');
      if (own === null && before.uploadedBy !== user.id) {
        throw new AppError(ErrorCode.FORBIDDEN, '只能删除本人或本单位上传的佐证材料');
      }
      if (before.attachedAt) throw new AppError(ErrorCode.INVALID_STATE, '该佐证材料已被填报引用，不能删除');
      const result = await manager
        .createQueryBuilder()
        .update(Evidence)
        .set({ deletedAt: new Date() })
        .where('id = :id AND deletedAt IS NULL AND attachedAt IS NULL', { id })
        .execute();
      // attached or deleted by a concurrent request between the read and the update
      if (result.affected === 0) throw new AppError(ErrorCode.INVALID_STATE, '该佐证材料已被填报引用或已删除');
      const after = await manager.findOneByOrFail(Evidence, { id });
      await this.audit.record(manager, ctx, { entity: 'Evidence', entityId: id, action: 'DELETE', unitId: after.unitId, before, after });
      return after;
    });
  }

  /**
   * For submissions: every id must be a live evidence row of `unitId`, else VALIDATION_FAILED on
   * field `evidenceIds` (the message never says whether another unit's file exists). Call it with
   * the submission's transaction manager. Unless `markAttached` is false the rows are stamped
   * `attachedAt` in the same transaction: a file a submission has referenced can no longer be
   * deleted, even if a later draft drops it, because the audit trail still points at it.
   */
  async assertOwnedBy(
    manager: EntityManager,
    ids: readonly string[],
    unitId: string,
    { markAttached = true }: { markAttached?: boolean } = {},
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const rows = await manager.findBy(Evidence, { id: In(unique), unitId, deletedAt: IsNull() });
    const found = new Set(rows.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw AppError.validation(
        missing.map((id) => ({ field: 'evidenceIds', code: 'EVIDENCE_NOT_OWNED', message: `佐证材料（${id}）不存在、已删除或不属于本单位` })),
      );
    }
    if (!markAttached) return;
    await manager
      .createQueryBuilder()
      .update(Evidence)
      .set({ attachedAt: new Date() })
      .where('id IN (:...ids) AND attachedAt IS NULL', { ids: unique })
      .execute();
    // a delete that committed between the read above and the stamp
    const stillLive = await manager.countBy(Evidence, { id: In(unique), deletedAt: IsNull() });
    if (stillLive !== unique.length) {
      throw AppError.validation([{ field: 'evidenceIds', code: 'EVIDENCE_NOT_OWNED', message: '部分佐证材料刚刚被删除，请重新选择' }]);
    }
  }

  /** Unit users read their own unit; others need SUBMISSION_READ_ALL (office, evaluator, leader). */
  private readScope(ctx: AuthContext): string | null {
    const own = ownUnitScope(ctx);
    if (own === null) requireCan(ctx, Action.SUBMISSION_READ_ALL);
    return own;
  }

  /** Only called while holding the keys' lock. */
  private async removeUnreferenced(files: readonly StagedEvidence[]): Promise<void> {
    for (const file of new Map(files.map((f) => [f.staged.key, f.staged])).values()) {
      // sha256 is indexed; the key is derived from it
      const referenced = await this.dataSource
        .getRepository(Evidence)
        .existsBy({ sha256: file.sha256, storageKey: file.key });
      if (!referenced) await this.storage.remove(file.key);
    }
  }
}

export function toStorageError(error: unknown): unknown {
  if (!(error instanceof StorageUnavailableError)) return error;
  const appError = new AppError(ErrorCode.STORAGE_UNAVAILABLE);
  appError.cause = error;
  return appError;
}
