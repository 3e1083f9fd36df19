import { getTaskListPreset } from '@govtrust/indicators';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { periodLabel, type PeriodRef } from '../calendar/period-ref';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import type { IndicatorSystemService } from '../indicator-systems/indicator-system.service';
import { Unit } from '../units/unit.entity';
import { AssessmentCycle } from './assessment-cycle.entity';
import { CycleStatus, type PeriodKindEnum, PeriodStatus } from './cycle-enums';
import { cyclePeriodRefs } from './cycle-periods';
import type { CreateCycleInput, GrantLockExceptionInput } from './dto/cycle.inputs';
import { LockException } from './lock-exception.entity';
import { Period } from './period.entity';
import { lockReason } from './period-lock';

const kindRank: Record<PeriodKindEnum, number> = { MONTH: 0, QUARTER: 1, CUMULATIVE: 2, YEAR: 3 };

/** Assessment cycles, their periods (open/close) and the per-unit exceptions to a period's lock. */
export class CycleService {
  /** called after a cycle moved to another system version (scores recompute its periods) */
  readonly onSystemChanged: Array<(cycleId: string) => Promise<void>> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly systems: IndicatorSystemService,
  ) {}

  async list(ctx: AuthContext): Promise<AssessmentCycle[]> {
    requireUser(ctx);
    return this.dataSource
      .getRepository(AssessmentCycle)
      .find({ order: { year: 'DESC', createdAt: 'DESC' } });
  }

  async get(ctx: AuthContext, id: string): Promise<AssessmentCycle> {
    requireUser(ctx);
    return this.findCycle(this.dataSource.manager, id);
  }

  /** Months first, then quarters, then the year. */
  async periods(ctx: AuthContext, cycleId: string): Promise<Period[]> {
    requireUser(ctx);
    const rows = await this.dataSource.getRepository(Period).findBy({ cycleId });
    return rows.sort((a, b) => a.year - b.year || kindRank[a.kind] - kindRank[b.kind] || a.index - b.index);
  }

  async getPeriod(ctx: AuthContext, id: string): Promise<Period> {
    requireUser(ctx);
    return this.findPeriod(this.dataSource.manager, id);
  }

  async create(ctx: AuditContext, input: CreateCycleInput): Promise<AssessmentCycle> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const taskList = input.taskListKey ? getTaskListPreset(input.taskListKey) : null;
    if (input.taskListKey && !taskList) {
      throw AppError.validation([{ field: 'taskListKey', message: `任务清单“${input.taskListKey}”不存在` }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const system = await this.systems.requirePublished(manager, input.systemKey, input.systemVersion);
      const cycle = await manager.save(
        AssessmentCycle,
        manager.create(AssessmentCycle, {
          name: input.name.trim(),
          year: input.year,
          systemKey: system.systemKey,
          systemVersion: system.systemVersion,
          taskListKey: input.taskListKey ?? null,
          status: CycleStatus.ACTIVE,
          requiresApproverSignOff: input.requiresApproverSignOff ?? true,
        }),
      );
      const rules = taskList?.units.flatMap((u) => u.tasks.map((t) => t.deadline)) ?? [];
      const periods = await this.ensurePeriods(
        manager,
        cycle,
        cyclePeriodRefs(input.year, system.periodKind, rules),
      );
      await this.audit.record(manager, ctx, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'CREATE',
        after: { ...cycle, periods: periods.map((p) => p.label) },
      });
      return cycle;
    });
  }

  /**
   * Moves the cycle to another published version of its own indicator system (same period kind:
   * the cycle's periods stay), then lets the listeners recompute. Drafts, unknown versions and
   * another system's key are VALIDATION_FAILED on the field at fault.
   */
  async adoptSystemVersion(
    ctx: AuditContext,
    cycleId: string,
    systemVersion: number,
    expectedVersion: number,
    systemKey?: string | null,
  ): Promise<AssessmentCycle> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const cycle = await this.dataSource.transaction(async (manager) => {
      const before = await this.findCycle(manager, cycleId);
      if (systemKey != null && systemKey !== before.systemKey) {
        throw AppError.validation([
          { field: 'systemKey', message: `考核周期使用的指标体系是“${before.systemKey}”，不能改用其他指标体系“${systemKey}”` },
        ]);
      }
      if (before.status !== CycleStatus.ACTIVE) throw new AppError(ErrorCode.INVALID_STATE, '考核周期已归档，不能更换指标体系版本');
      if (before.systemVersion === systemVersion) {
        throw new AppError(ErrorCode.INVALID_STATE, `考核周期已在使用第${systemVersion}版`);
      }
      const [current, next] = await Promise.all([
        manager.findOneByOrFail(IndicatorSystemVersion, { systemKey: before.systemKey, systemVersion: before.systemVersion }),
        this.systems.requirePublished(manager, before.systemKey, systemVersion),
      ]);
      if (next.periodKind !== current.periodKind) {
        throw AppError.validation([
          { field: 'systemVersion', message: `第${systemVersion}版的考核期次类型与周期现有期次不同，不能直接更换，请新建考核周期` },
        ]);
      }
      await updateWithVersion(manager, AssessmentCycle, cycleId, expectedVersion, { systemVersion });
      const after = await manager.findOneByOrFail(AssessmentCycle, { id: cycleId });
      await this.audit.record(manager, ctx, { entity: 'AssessmentCycle', entityId: cycleId, action: 'ADOPT_SYSTEM_VERSION', before, after });
      return after;
    });
    for (const listener of this.onSystemChanged) await listener(cycleId);
    return cycle;
  }

  /** Creates the periods among `refs` the cycle does not have yet; returns all of `refs`' periods. */
  async ensurePeriods(
    manager: EntityManager,
    cycle: AssessmentCycle,
    refs: readonly PeriodRef[],
  ): Promise<Period[]> {
    const existing = await manager.findBy(Period, { cycleId: cycle.id });
    const key = (r: { kind: string; year: number; index: number }) => `${r.kind}:${r.year}:${r.index}`;
    const byKey = new Map(existing.map((p) => [key(p), p]));
    const missing = refs.filter((r) => !byKey.has(key(r)));
    if (missing.length > 0) {
      const created = await manager.save(
        Period,
        missing.map((r) =>
          manager.create(Period, {
            cycleId: cycle.id,
            kind: r.kind as PeriodKindEnum,
            year: r.year,
            index: r.index,
            label: periodLabel(r),
            status: PeriodStatus.NOT_OPEN,
            openedAt: null,
            closedAt: null,
          }),
        ),
        { chunk: 50 },
      );
      for (const p of created) byKey.set(key(p), p);
    }
    return refs.map((r) => byKey.get(key(r))!);
  }

  async openPeriod(ctx: AuditContext, id: string): Promise<Period> {
    return this.changePeriod(ctx, id, 'OPEN', (before) => {
      if (before.status === PeriodStatus.OPEN)
        throw new AppError(ErrorCode.INVALID_STATE, `${before.label}已在填报中`);
      return { status: PeriodStatus.OPEN, openedAt: new Date(), closedAt: null };
    });
  }

  async closePeriod(ctx: AuditContext, id: string): Promise<Period> {
    return this.changePeriod(ctx, id, 'CLOSE', (before) => {
      if (before.status !== PeriodStatus.OPEN) {
        throw new AppError(ErrorCode.INVALID_STATE, `${before.label}不在填报中，不能关闭`);
      }
      return { status: PeriodStatus.CLOSED, closedAt: new Date() };
    });
  }

  async lockExceptions(ctx: AuthContext, periodId: string): Promise<LockException[]> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource
      .getRepository(LockException)
      .find({ where: { periodId }, order: { createdAt: 'DESC' } });
  }

  async grantLockException(ctx: AuditContext, input: GrantLockExceptionInput): Promise<LockException> {
    const user = requireCan(ctx, Action.CONFIG_MANAGE);
    const reason = input.reason.trim();
    if (!reason) throw AppError.validation([{ field: 'reason', message: '请填写批准补报的原因' }]);
    if (input.expiresAt.getTime() <= Date.now()) {
      throw AppError.validation([{ field: 'expiresAt', message: '补报截止时间必须晚于当前时间' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const period = await this.findPeriod(manager, input.periodId);
      if (!(await manager.existsBy(Unit, { id: input.unitId }))) throw AppError.notFound('单位');
      const row = await manager.save(
        LockException,
        manager.create(LockException, {
          periodId: period.id,
          unitId: input.unitId,
          reason,
          expiresAt: input.expiresAt,
          grantedBy: user.id,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'LockException',
        entityId: row.id,
        action: 'GRANT',
        unitId: row.unitId,
        after: row,
      });
      return row;
    });
  }

  async revokeLockException(ctx: AuditContext, id: string): Promise<LockException> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(LockException, { id });
      if (!before) throw AppError.notFound('补报例外');
      if (before.revokedAt) throw new AppError(ErrorCode.INVALID_STATE, '该补报例外已撤销');
      await updateWithVersion(manager, LockException, id, before.version, { revokedAt: new Date() });
      const after = await manager.findOneByOrFail(LockException, { id });
      await this.audit.record(manager, ctx, {
        entity: 'LockException',
        entityId: id,
        action: 'REVOKE',
        unitId: after.unitId,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * The period when `unitId` may write in it at `now`, else PERIOD_LOCKED with the reason
   * (尚未开放 / 已于…关闭 / 例外已于…过期). Runs on the caller's transaction manager.
   */
  async assertWritable(manager: EntityManager, periodId: string, unitId: string, now: Date): Promise<Period> {
    const period = await this.findPeriod(manager, periodId);
    if (period.status === PeriodStatus.OPEN) return period;
    const exceptions = await manager.findBy(LockException, { periodId, unitId });
    const reason = lockReason(period, exceptions, now);
    if (reason) throw new AppError(ErrorCode.PERIOD_LOCKED, reason, { periodId, status: period.status });
    return period;
  }

  /** Periods in which `unitId` may write at `now`: open ones plus those under a live exception. */
  async writablePeriodIds(
    manager: EntityManager,
    unitId: string,
    periodIds: string[],
    now: Date,
  ): Promise<Set<string>> {
    if (periodIds.length === 0) return new Set();
    const periods = await manager.findBy(Period, { id: In(periodIds) });
    const exceptions = await manager.findBy(LockException, { unitId, periodId: In(periodIds) });
    return new Set(
      periods
        .filter(
          (p) =>
            lockReason(
              p,
              exceptions.filter((e) => e.periodId === p.id),
              now,
            ) === null,
        )
        .map((p) => p.id),
    );
  }

  async findCycle(manager: EntityManager, id: string): Promise<AssessmentCycle> {
    const cycle = await manager.findOneBy(AssessmentCycle, { id });
    if (!cycle) throw AppError.notFound('考核周期');
    return cycle;
  }

  async findPeriod(manager: EntityManager, id: string): Promise<Period> {
    const period = await manager.findOneBy(Period, { id });
    if (!period) throw AppError.notFound('期次');
    return period;
  }

  private async changePeriod(
    ctx: AuditContext,
    id: string,
    action: string,
    patch: (before: Period) => Partial<Period>,
  ): Promise<Period> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findPeriod(manager, id);
      await updateWithVersion(manager, Period, id, before.version, patch(before));
      const after = await manager.findOneByOrFail(Period, { id });
      await this.audit.record(manager, ctx, { entity: 'Period', entityId: id, action, before, after });
      return after;
    });
  }
}
