import { randomUUID } from 'node:crypto';
import { parseSystem, type Grade, type ScoreCard, type ScoredUnit } from '@govtrust/indicators';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { PeriodStatus } from '../cycles/cycle-enums';
import { Period } from '../cycles/period.entity';
import { KeyedMutex } from '../evidence/keyed-mutex';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { SubmissionState } from '../submissions/submission-enums';
import { Submission } from '../submissions/submission.entity';
import { TaskAssignment } from '../task-lists/task-assignment.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { Unit } from '../units/unit.entity';
import type { RecomputeResult } from './dto/score.types';
import { ScoreGrade } from './dto/score.types';
import { GradeOverride } from './grade-override.entity';
import { MonitoringEntry } from './monitoring-entry.entity';
import { previousCycle } from './cycle-history';
import { periodsAround, periodsInside, type ScoringPeriod } from './period-scoring';
import { PublishedCard, PublishedResult } from './published-result.entity';
import { ScoreCardRecord } from './score-card-record.entity';
import { rankingColumnsOf, rankingSummaryOf } from './ranking-summary';
import { longestValidity, scorePeriodWithValidity, validityHistoryPeriods } from './validity-carry';
import { mergeExemptions, mergeValues } from './score-inputs';

export type RecomputeListener = (periodId: string, cards: ScoreCardRecord[]) => Promise<void>;

/** The steps of one recompute, in order: READ the data, SCORE `count` units, STORE `count` cards, WARN (evaluate warnings). */
export type RecomputeStep = 'READ' | 'SCORE' | 'STORE' | 'WARN';
/** Told as each step starts (a background recompute job shows it); awaited, so keep it short. */
export type RecomputeProgress = (step: RecomputeStep, count?: number) => Promise<void> | void;

const GRADES = new Set<string>(Object.values(ScoreGrade));

export function toScoringPeriod(p: Period): ScoringPeriod {
  return { id: p.id, kind: p.kind, year: p.year, index: p.index, label: p.label, started: p.status !== PeriodStatus.NOT_OPEN };
}

/** The recompute that wrote the newest of the current cards. */
function latestComputation(cards: readonly ScoreCardRecord[]): string {
  return [...cards].sort((a, b) => b.computedAt.getTime() - a.computedAt.getTime())[0]!.computationId;
}

export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const text = reason?.trim() ?? '';
  if (!text) throw AppError.validation([{ field, message: '请填写原因' }]);
  if (text.length > 1000) throw AppError.validation([{ field, message: '原因不能超过1000字' }]);
  return text;
}

/**
 * Scoring (计分): turns approved data into stored scorecards, one computation at a time per
 * period, and the credit office's grade overrides and publications. Other modules (warnings)
 * subscribe to `onRecomputed`.
 */
export class ScoringService {
  /** called after every recompute with the period and its new current cards */
  readonly onRecomputed: RecomputeListener[] = [];
  private readonly mutex = new KeyedMutex();
  private readonly queued = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** SCORE_COMPUTE: recompute on demand (audited); returns a summary of the new current cards. */
  async recomputeScores(ctx: AuditContext, periodId: string, onProgress?: RecomputeProgress): Promise<RecomputeResult> {
    requireCan(ctx, Action.SCORE_COMPUTE);
    const cards = await this.recomputePeriod(null, periodId, onProgress);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, ctx, {
        entity: 'Period',
        entityId: periodId,
        action: 'RECOMPUTE_SCORES',
        after: { computationId: cards.length === 0 ? null : latestComputation(cards), cards: cards.length },
      }),
    );
    return {
      computationId: cards.length === 0 ? null : latestComputation(cards),
      cards: cards.length,
      provisional: cards.filter((c) => c.provisional).length,
    };
  }

  /**
   * Scores every unit of the period's cycle with the cycle's system version and stores the
   * cards as the new current computation (the earlier ones stay as history). With `manager` the
   * work joins the caller's transaction and the listeners run before the caller commits.
   */
  async recomputePeriod(manager: EntityManager | null, periodId: string, onProgress?: RecomputeProgress): Promise<ScoreCardRecord[]> {
    const cards = await this.mutex.run([periodId], () =>
      manager ? this.compute(manager, periodId, onProgress) : this.dataSource.transaction((m) => this.compute(m, periodId, onProgress)),
    );
    await onProgress?.('WARN', cards.length);
    for (const listener of this.onRecomputed) await listener(periodId, cards);
    return cards;
  }

  /**
   * After a submission was approved or reopened (or monitoring data entered): its own period is
   * recomputed at once unless it is a roll-up; roll-ups (the quarter and year around it, which
   * re-score every started finer period: a Genhe year is 17 scorings) are queued in the
   * background and coalesced, so a burst of approvals costs one roll-up. `whenIdle()` waits for
   * the queue.
   */
  async onSubmissionChanged(periodId: string): Promise<void> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) return;
    const periods = (await this.dataSource.getRepository(Period).findBy({ cycleId: period.cycleId })).map(toScoringPeriod);
    const own = toScoringPeriod(period);
    const rollUp = (p: ScoringPeriod) => periodsInside(p, periods).some((inside) => inside.started);
    if (rollUp(own)) this.schedule(own.id);
    else await this.recomputePeriod(null, own.id);
    for (const p of periodsAround(own, periods)) this.schedule(p.id);
  }

  /** Resolves when every queued background recompute has finished (also those queued meanwhile). */
  async whenIdle(): Promise<void> {
    for (;;) {
      const tail = this.queue;
      await tail;
      if (tail === this.queue) return;
    }
  }

  private schedule(periodId: string): void {
    if (this.queued.has(periodId)) return;
    this.queued.add(periodId);
    this.queue = this.queue.then(async () => {
      this.queued.delete(periodId);
      if (!this.dataSource.isInitialized) return;
      try {
        await this.recomputePeriod(null, periodId);
      } catch (error) {
        if (this.dataSource.isInitialized) console.error('后台重新计分失败', periodId, error);
      }
    });
  }

  /**
   * After the cycle's system version changed: every period not yet published that was started or
   * already scored is recomputed (its earlier cards stay as history). A published period keeps
   * its current cards too, so what it shows as 初步结果 is still what was published.
   */
  async onCycleSystemChanged(cycleId: string): Promise<string[]> {
    const periods = await this.dataSource.getRepository(Period).findBy({ cycleId });
    if (periods.length === 0) return [];
    const ids = periods.map((p) => p.id);
    const [published, scored] = await Promise.all([
      this.dataSource.getRepository(PublishedResult).find({ where: { periodId: In(ids) }, select: { periodId: true } }),
      this.dataSource.getRepository(ScoreCardRecord).find({ where: { periodId: In(ids), current: true }, select: { periodId: true } }),
    ]);
    const skip = new Set(published.map((r) => r.periodId));
    const hasCards = new Set(scored.map((r) => r.periodId));
    const due = periods.filter((p) => !skip.has(p.id) && (p.status !== PeriodStatus.NOT_OPEN || hasCards.has(p.id)));
    for (const p of due) await this.recomputePeriod(null, p.id);
    return due.map((p) => p.id);
  }

  /** SCORE_PUBLISH: the override row with its version, which re-adjusting or clearing must quote. */
  async gradeOverrideOf(ctx: AuthContext, periodId: string, unitId: string): Promise<GradeOverride | null> {
    requireCan(ctx, Action.SCORE_PUBLISH);
    return this.dataSource.getRepository(GradeOverride).findOneBy({ periodId, unitId });
  }

  /** SCORE_PUBLISH: forces the unit's grade from the next recompute on (which runs at once). */
  async overrideGrade(
    ctx: AuditContext,
    periodId: string,
    unitId: string,
    grade: ScoreGrade,
    reason: string,
    expectedVersion?: number | null,
  ): Promise<GradeOverride> {
    const user = requireCan(ctx, Action.SCORE_PUBLISH);
    if (!GRADES.has(grade)) throw AppError.validation([{ field: 'grade', message: '等级应为 RED、BLUE 或 YELLOW' }]);
    const text = requireReason(reason);
    const row = await this.dataSource.transaction(async (manager) => {
      await this.findPeriod(manager, periodId);
      if (!(await manager.existsBy(Unit, { id: unitId }))) throw AppError.notFound('单位');
      const before = await manager.findOneBy(GradeOverride, { periodId, unitId });
      if (before) {
        if (expectedVersion == null) {
          throw new AppError(ErrorCode.CONFLICT, '该单位本期已有等级调整记录，请带上读取时的版本号（expectedVersion）');
        }
        await updateWithVersion(manager, GradeOverride, before.id, expectedVersion, { grade, reason: text, setBy: user.id });
      } else {
        await manager.save(GradeOverride, manager.create(GradeOverride, { periodId, unitId, grade, reason: text, setBy: user.id }));
      }
      const after = await manager.findOneByOrFail(GradeOverride, { periodId, unitId });
      await this.audit.record(manager, ctx, { entity: 'GradeOverride', entityId: after.id, action: 'OVERRIDE_GRADE', unitId, before, after });
      return after;
    });
    await this.recomputePeriod(null, periodId);
    return row;
  }

  async clearGradeOverride(ctx: AuditContext, periodId: string, unitId: string, expectedVersion: number): Promise<GradeOverride> {
    requireCan(ctx, Action.SCORE_PUBLISH);
    const row = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(GradeOverride, { periodId, unitId });
      if (!before || before.grade === null) throw AppError.notFound('等级调整');
      await updateWithVersion(manager, GradeOverride, before.id, expectedVersion, { grade: null });
      const after = await manager.findOneByOrFail(GradeOverride, { id: before.id });
      await this.audit.record(manager, ctx, { entity: 'GradeOverride', entityId: after.id, action: 'CLEAR_GRADE_OVERRIDE', unitId, before, after });
      return after;
    });
    await this.recomputePeriod(null, periodId);
    return row;
  }

  /**
   * SCORE_PUBLISH: copies the current cards into a new immutable snapshot (revision n+1).
   * Provisional cards are refused unless `force` with a reason.
   */
  async publishPeriodResults(ctx: AuditContext, periodId: string, force = false, reason?: string | null): Promise<PublishedResult> {
    const user = requireCan(ctx, Action.SCORE_PUBLISH);
    const text = force ? requireReason(reason) : (reason?.trim() || null);
    return this.mutex.run([periodId], () =>
      this.dataSource.transaction(async (manager) => {
        const period = await this.findPeriod(manager, periodId);
        const cards = await manager.findBy(ScoreCardRecord, { periodId, current: true });
        if (cards.length === 0) throw new AppError(ErrorCode.INVALID_STATE, `${period.label}尚无计分结果，不能发布`);
        const provisional = cards.filter((c) => c.provisional).length;
        if (provisional > 0 && !force) {
          throw new AppError(ErrorCode.PROVISIONAL_RESULTS, `${provisional}个单位的结果仍为暂定（数据未全部审核通过），如确需发布请选择强制发布并填写原因`, { provisionalCount: provisional });
        }
        const last = await manager.findOne(PublishedResult, { where: { periodId }, order: { revision: 'DESC' } });
        const snapshot = await manager.save(
          PublishedResult,
          manager.create(PublishedResult, {
            cycleId: period.cycleId,
            periodId,
            revision: (last?.revision ?? 0) + 1,
            computationId: latestComputation(cards),
            publishedBy: user.id,
            forced: force && provisional > 0,
            reason: text,
            provisionalCount: provisional,
          }),
        );
        const rows = cards.map((c) =>
          manager.create(PublishedCard, {
            snapshotId: snapshot.id,
            periodId,
            unitId: c.unitId,
            unitKind: c.unitKind,
            total: c.total,
            maxTotal: c.maxTotal,
            grade: c.grade,
            rank: c.rank,
            provisional: c.provisional,
            unitName: c.unitName,
            totalValue: c.totalValue,
            summary: c.summary ?? rankingSummaryOf(c.card),
            card: c.card,
          }),
        );
        for (let i = 0; i < rows.length; i += 50) await manager.insert(PublishedCard, rows.slice(i, i + 50));
        await this.audit.record(manager, ctx, {
          entity: 'PublishedResult',
          entityId: snapshot.id,
          action: 'PUBLISH_RESULTS',
          after: { periodId, revision: snapshot.revision, cards: rows.length, provisional, forced: snapshot.forced, reason: text },
        });
        return snapshot;
      }),
    );
  }

  async publications(ctx: AuthContext, periodId: string): Promise<PublishedResult[]> {
    requireCan(ctx, Action.SCORE_READ);
    return this.dataSource.getRepository(PublishedResult).find({ where: { periodId }, order: { revision: 'DESC' } });
  }

  private async compute(manager: EntityManager, periodId: string, onProgress?: RecomputeProgress): Promise<ScoreCardRecord[]> {
    await onProgress?.('READ');
    const period = await this.findPeriod(manager, periodId);
    const cycle = await manager.findOneByOrFail(AssessmentCycle, { id: period.cycleId });
    const version = await manager.findOneByOrFail(IndicatorSystemVersion, { systemKey: cycle.systemKey, systemVersion: cycle.systemVersion });
    const system = parseSystem(version.definition);
    const periods = (await manager.findBy(Period, { cycleId: cycle.id })).map(toScoringPeriod);
    const target = toScoringPeriod(period);
    const relevant = [target, ...periodsInside(target, periods).filter((p) => p.started)];
    const relevantIds = relevant.map((p) => p.id);
    // validity windows reach back into earlier periods, the previous cycle's included
    const window = longestValidity(system);
    const before = window > 0 ? await this.periodsOfPreviousCycle(manager, cycle) : [];
    const scoringPeriods = [...periods, ...before];
    const historyIds = validityHistoryPeriods(target, scoringPeriods, window).flatMap((p) => [
      p.id,
      ...periodsInside(p, scoringPeriods).filter((inside) => inside.started).map((inside) => inside.id),
    ]);
    const valueIds = [...new Set([...relevantIds, ...historyIds])];

    const [assignments, monitoring, approved, overrides] = await Promise.all([
      manager.find(TaskAssignment, { where: { cycleId: cycle.id }, select: { unitId: true } }),
      manager.findBy(MonitoringEntry, { periodId: In(valueIds) }),
      manager.findBy(Submission, { periodId: In(valueIds), state: SubmissionState.APPROVED }),
      manager.findBy(GradeOverride, { periodId }),
    ]);
    const unitIds = [...new Set([...assignments.map((a) => a.unitId), ...monitoring.map((m) => m.unitId)])];
    const units = unitIds.length === 0 ? [] : await manager.findBy(Unit, { id: In(unitIds), archivedAt: IsNull() });
    const kinds = new Set<string>(system.unitKinds);
    const expected: ScoredUnit[] = units
      .filter((u) => kinds.has(u.kind))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind as ScoredUnit['kind'], classes: u.classes }));
    const expectedIds = expected.map((u) => u.id);
    const dues = expectedIds.length === 0 ? [] : await manager.findBy(TaskDue, { periodId: In(relevantIds), unitId: In(expectedIds) });
    const approvedKeys = new Set(approved.map((s) => `${s.taskId}:${s.periodId}:${s.unitId}`));
    const incomplete = dues.some((d) => !approvedKeys.has(`${d.taskId}:${d.periodId}:${d.unitId}`));

    const approvedBy = new Map<string, Submission[]>();
    for (const s of approved) approvedBy.set(`${s.periodId}:${s.unitId}`, [...(approvedBy.get(`${s.periodId}:${s.unitId}`) ?? []), s]);
    const monitoringBy = new Map(monitoring.map((m) => [`${m.periodId}:${m.unitId}`, m]));
    await onProgress?.('SCORE', expected.length);
    const cards = scorePeriodWithValidity({
      system,
      target,
      periods: scoringPeriods,
      expectedUnits: expected,
      valuesOf: (pid, uid) => mergeValues(approvedBy.get(`${pid}:${uid}`) ?? [], monitoringBy.get(`${pid}:${uid}`)),
      exemptionsOf: (pid, uid) => mergeExemptions(approvedBy.get(`${pid}:${uid}`) ?? [], system),
      overrides: new Map(
        overrides.filter((o) => o.grade !== null).map((o) => [o.unitId, { grade: o.grade as Grade, reason: o.reason }]),
      ),
      incomplete,
    });
    await onProgress?.('STORE', cards.length);
    return this.store(manager, cycle, periodId, cards);
  }

  /**
   * Writes the computation: a unit whose card is unchanged keeps its current row; a changed or
   * new card is inserted as current and the row it replaces is kept as history (current =
   * false). So `computationId` names the recompute that produced each card, and history grows
   * with changes, not with every approval.
   */
  private async store(manager: EntityManager, cycle: AssessmentCycle, periodId: string, cards: ScoreCard[]): Promise<ScoreCardRecord[]> {
    const existing = await manager.findBy(ScoreCardRecord, { periodId, current: true });
    const byUnit = new Map(existing.map((r) => [r.unitId, r]));
    const computationId = randomUUID();
    const computedAt = new Date();
    const kept: ScoreCardRecord[] = [];
    const fresh: ScoreCardRecord[] = [];
    for (const card of cards) {
      const before = byUnit.get(card.unit.id);
      if (before && before.systemVersion === cycle.systemVersion && JSON.stringify(before.card) === JSON.stringify(card)) {
        kept.push(before);
        continue;
      }
      fresh.push(
        manager.create(ScoreCardRecord, {
          id: randomUUID(),
          createdAt: computedAt,
          systemKey: cycle.systemKey,
          systemVersion: cycle.systemVersion,
          cycleId: cycle.id,
          periodId,
          unitId: card.unit.id,
          unitKind: card.unit.kind,
          computationId,
          current: true,
          total: card.total,
          maxTotal: card.maxTotal,
          grade: card.grade,
          rank: card.rank ?? null,
          provisional: card.provisional,
          ...rankingColumnsOf(card),
          card,
          computedAt,
        }),
      );
    }
    const keptIds = new Set(kept.map((r) => r.id));
    const replaced = existing.filter((r) => !keptIds.has(r.id)).map((r) => r.id);
    for (let i = 0; i < replaced.length; i += 100) {
      await manager.update(ScoreCardRecord, { id: In(replaced.slice(i, i + 100)) }, { current: false });
    }
    for (let i = 0; i < fresh.length; i += 50) await manager.insert(ScoreCardRecord, fresh.slice(i, i + 50));
    return [...kept, ...fresh];
  }

  private async periodsOfPreviousCycle(manager: EntityManager, cycle: AssessmentCycle): Promise<ScoringPeriod[]> {
    const previous = await previousCycle(manager, cycle);
    return previous ? (await manager.findBy(Period, { cycleId: previous.id })).map(toScoringPeriod) : [];
  }

  private async findPeriod(manager: EntityManager, id: string): Promise<Period> {
    const period = await manager.findOneBy(Period, { id });
    if (!period) throw AppError.notFound('期次');
    return period;
  }
}
