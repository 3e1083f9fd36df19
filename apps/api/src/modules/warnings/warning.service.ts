import type { ScoreCard } from '@govtrust/indicators';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { isUnitRole } from '../../common/auth/roles';
import { ownUnitScope, requireAnyOf, requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { chinaDate } from '../calendar/due-dates';
import { PeriodStatus } from '../cycles/cycle-enums';
import { Period } from '../cycles/period.entity';
import { KeyedMutex } from '../evidence/keyed-mutex';
import { SubmissionState } from '../submissions/submission-enums';
import { SubmissionTransition } from '../submissions/submission-transition.entity';
import { Submission } from '../submissions/submission.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { Unit } from '../units/unit.entity';
import type { WarningEvaluation, WarningFilter } from './dto/warning.inputs';
import {
  deadlineConditions,
  dedupeKey,
  scoreConditions,
  type DueFact,
  type WarningCondition,
} from './warning-conditions';
import { DEADLINE_KINDS, SCORE_KINDS, WarningStatus, type WarningKind } from './warning-enums';
import { WarningRule } from './warning-rule.entity';
import { Warning } from './warning.entity';

/**
 * Who may acknowledge: the credit office (it reviews every unit's data) for any unit, unit users
 * (who fill in their unit's data) for their own unit only.
 */
export const ACKNOWLEDGE_ACTIONS: readonly Action[] = [Action.SUBMISSION_REVIEW, Action.SUBMISSION_FILL];

/** Where score rules get their cards; set by the services wiring once scoring exists. */
export interface WarningScoreSource {
  /** the period's current cards (provisional or final), or null when nothing has been scored */
  cards(periodId: string): Promise<ScoreCard[] | null>;
  /** the cards of the previous period of the same kind and cycle, with its label */
  previous(periodId: string): Promise<{ label: string; cards: ScoreCard[] } | null>;
}

/**
 * 预警: evaluates the rules of a period (deadline rules from stored due dates and submissions,
 * score rules from the current score cards), keeps one row per condition (dedupe key), resolves
 * rows whose condition is gone, and lists and acknowledges them.
 */
export class WarningService {
  private readonly mutex = new KeyedMutex();
  private scoreSource: WarningScoreSource | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  setScoreSource(source: WarningScoreSource): void {
    this.scoreSource = source;
  }

  /** A unit user sees its own unit's warnings only, whatever the filter says. */
  async list(ctx: AuthContext, filter: WarningFilter, page: PageArgs): Promise<Page<Warning>> {
    const own = ownUnitScope(ctx);
    if (!own) requireAnyOf(ctx, [Action.SCORE_READ, Action.SUBMISSION_READ_ALL]);
    const qb = this.dataSource.getRepository(Warning).createQueryBuilder('w');
    const unitId = own ?? filter.unitId;
    if (unitId) qb.andWhere('w.unitId = :unitId', { unitId });
    if (filter.periodId) qb.andWhere('w.periodId = :periodId', { periodId: filter.periodId });
    if (filter.status) qb.andWhere('w.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('w.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, { property: 'createdAt', direction: 'DESC' });
  }

  /** Every warning of a period (exports and reports), for roles that read all units. */
  async allOfPeriod(ctx: AuthContext, periodId: string): Promise<Warning[]> {
    requireAnyOf(ctx, [Action.SCORE_READ]);
    const rows = await this.dataSource.getRepository(Warning).findBy({ periodId });
    const order = { OPEN: 0, ACKNOWLEDGED: 1, RESOLVED: 2 } as const;
    return rows.sort((a, b) => order[a.status] - order[b.status] || a.message.localeCompare(b.message, 'zh-CN'));
  }

  /** The office acknowledges any warning; a unit user only its own unit's, always with a note. */
  async acknowledge(ctx: AuditContext, id: string, note?: string | null): Promise<Warning> {
    const user = requireAnyOf(ctx, ACKNOWLEDGE_ACTIONS);
    const text = note?.trim() || null;
    if (isUnitRole(user.role) && !text) throw AppError.validation([{ field: 'note', message: '请填写确认说明' }]);
    if (text && text.length > 1000) throw AppError.validation([{ field: 'note', message: '确认说明不超过1000字' }]);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Warning, { id });
      if (!before) throw AppError.notFound('预警');
      if (isUnitRole(user.role) && before.unitId !== user.unitId) {
        throw new AppError(ErrorCode.FORBIDDEN, '只能访问本单位的数据');
      }
      if (before.status !== WarningStatus.OPEN) {
        const why = before.status === WarningStatus.RESOLVED ? '该预警已解除，无需确认' : '该预警已确认';
        throw new AppError(ErrorCode.INVALID_STATE, why, { status: before.status });
      }
      await updateWithVersion(manager, Warning, id, before.version, {
        status: WarningStatus.ACKNOWLEDGED,
        acknowledgedBy: user.id,
        acknowledgedAt: new Date(),
        note: text,
      });
      const after = await manager.findOneByOrFail(Warning, { id });
      await this.audit.record(manager, ctx, {
        entity: 'Warning',
        entityId: id,
        action: 'ACKNOWLEDGE',
        unitId: after.unitId,
        before: { status: before.status },
        after: { status: after.status, note: after.note },
      });
      return after;
    });
  }

  /** The evaluateWarnings mutation: the same evaluation as the daily run, recorded in the audit log. */
  async evaluate(ctx: AuditContext, periodId: string): Promise<WarningEvaluation> {
    requireCan(ctx, Action.SCORE_COMPUTE);
    const result = await this.evaluatePeriod(periodId, new Date());
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, ctx, { entity: 'Warning', entityId: periodId, action: 'EVALUATE', after: result }),
    );
    return result;
  }

  /** The daily run: every open period. Returns how many periods were evaluated. */
  async evaluateAllOpenPeriods(now: Date): Promise<number> {
    const periods = await this.dataSource.getRepository(Period).findBy({ status: PeriodStatus.OPEN });
    for (const period of periods) await this.evaluatePeriod(period.id, now);
    return periods.length;
  }

  /** Deadline rules always; score rules when the period has score cards. */
  async evaluatePeriod(periodId: string, now: Date): Promise<WarningEvaluation> {
    return this.mutex.run([periodId], async () => {
      const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
      if (!period) throw AppError.notFound('期次');
      const rules = await this.rulesFor(period);
      const deadlineRules = rules.filter((r) => DEADLINE_KINDS.has(r.kind));
      const facts = await this.dueFacts(this.dataSource.manager, periodId);
      const found = deadlineConditions(deadlineRules, period.label, facts, chinaDate(now));
      const result = await this.sync(period.id, DEADLINE_KINDS, found, now);
      const cards = this.scoreSource ? await this.scoreSource.cards(periodId) : null;
      if (!cards) return { ...result, scoresEvaluated: false };
      const scored = await this.syncScores(period, rules, cards, now);
      return {
        opened: result.opened + scored.opened,
        kept: result.kept + scored.kept,
        resolved: result.resolved + scored.resolved,
        scoresEvaluated: true,
      };
    });
  }

  /** The scoring service's onRecomputed listener: score rules over the new cards. */
  async evaluateScores(periodId: string, cards: ScoreCard[], now = new Date()): Promise<WarningEvaluation> {
    return this.mutex.run([periodId], async () => {
      const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
      if (!period) return { opened: 0, kept: 0, resolved: 0, scoresEvaluated: false };
      const rules = await this.rulesFor(period);
      return { ...(await this.syncScores(period, rules, cards, now)), scoresEvaluated: true };
    });
  }

  private async syncScores(period: Period, rules: WarningRule[], cards: ScoreCard[], now: Date) {
    const scoreRules = rules.filter((r) => SCORE_KINDS.has(r.kind));
    const previous = this.scoreSource ? await this.scoreSource.previous(period.id) : null;
    return this.sync(period.id, SCORE_KINDS, scoreConditions(scoreRules, period.label, cards, previous), now);
  }

  private async rulesFor(period: Period): Promise<WarningRule[]> {
    return this.dataSource.getRepository(WarningRule).find({
      where: [
        { enabled: true, cycleId: IsNull() },
        { enabled: true, cycleId: period.cycleId },
      ],
    });
  }

  /** Unit-reported tasks due in the period (archived units left out) and what each unit did. */
  private async dueFacts(manager: EntityManager, periodId: string): Promise<DueFact[]> {
    const dues = await manager.findBy(TaskDue, { periodId });
    if (dues.length === 0) return [];
    const taskIds = [...new Set(dues.map((d) => d.taskId))];
    const unitIds = [...new Set(dues.map((d) => d.unitId))];
    const [tasks, units, submissions] = await Promise.all([
      manager.findBy(TaskDefinition, { id: In(taskIds) }),
      manager.findBy(Unit, { id: In(unitIds), archivedAt: IsNull() }),
      manager.findBy(Submission, { periodId }),
    ]);
    const returned = submissions.filter((s) => s.state === SubmissionState.RETURNED);
    const returnedOn = new Map<string, string>();
    if (returned.length > 0) {
      const transitions = await manager.findBy(SubmissionTransition, {
        submissionId: In(returned.map((s) => s.id)),
        toState: SubmissionState.RETURNED,
      });
      for (const t of transitions) {
        const day = chinaDate(t.createdAt);
        const known = returnedOn.get(t.submissionId);
        if (!known || day > known) returnedOn.set(t.submissionId, day);
      }
    }
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const unitById = new Map(units.map((u) => [u.id, u]));
    const submissionByKey = new Map(submissions.map((s) => [`${s.unitId}:${s.taskId}`, s]));
    const facts: DueFact[] = [];
    for (const due of dues) {
      const task = taskById.get(due.taskId);
      const unit = unitById.get(due.unitId);
      // monitoring data is entered by the office or the evaluator: no unit is late for it
      if (!task || !unit || task.dataSource !== 'UNIT_REPORT') continue;
      const s = submissionByKey.get(`${due.unitId}:${due.taskId}`);
      facts.push({
        unitId: unit.id,
        unitName: unit.name,
        taskId: task.id,
        taskTitle: task.title,
        dueDate: due.dueDate,
        submittedAt: s?.submittedAt ?? null,
        state: s?.state ?? null,
        returnedOn: s ? (returnedOn.get(s.id) ?? null) : null,
      });
    }
    return facts;
  }

  /**
   * Makes the rows of `kinds` in the period match `found`: new conditions open a row, a resolved
   * row whose condition is back is reopened, live rows get the current message, rows whose
   * condition is gone are resolved.
   */
  private async sync(
    periodId: string,
    kinds: ReadonlySet<WarningKind>,
    found: WarningCondition[],
    now: Date,
  ): Promise<Omit<WarningEvaluation, 'scoresEvaluated'>> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findBy(Warning, { periodId, kind: In([...kinds]) });
      const byKey = new Map(existing.map((w) => [w.dedupeKey, w]));
      const seen = new Set<string>();
      let opened = 0;
      let kept = 0;
      let resolved = 0;
      const inserts: Warning[] = [];
      const unchanged: string[] = [];
      for (const c of found) {
        const key = dedupeKey(periodId, c);
        if (seen.has(key)) continue;
        seen.add(key);
        const row = byKey.get(key);
        if (!row) {
          opened += 1;
          inserts.push(
            manager.create(Warning, {
              ...c,
              periodId,
              dedupeKey: key,
              status: WarningStatus.OPEN,
              acknowledgedBy: null,
              acknowledgedAt: null,
              note: null,
              resolvedAt: null,
              lastSeenAt: now,
            }),
          );
        } else if (row.status === WarningStatus.RESOLVED) {
          opened += 1;
          await this.patch(manager, row.id, {
            status: WarningStatus.OPEN,
            message: c.message,
            severity: c.severity,
            acknowledgedBy: null,
            acknowledgedAt: null,
            note: null,
            resolvedAt: null,
            lastSeenAt: now,
          });
        } else {
          kept += 1;
          if (row.message !== c.message || row.severity !== c.severity) {
            await this.patch(manager, row.id, { message: c.message, severity: c.severity, lastSeenAt: now });
          } else {
            unchanged.push(row.id);
          }
        }
      }
      // a condition seen again with the same text only moves lastSeenAt: one statement per 200 rows
      for (let i = 0; i < unchanged.length; i += 200) {
        await manager.update(Warning, { id: In(unchanged.slice(i, i + 200)) }, { lastSeenAt: now });
      }
      for (const row of existing) {
        if (seen.has(row.dedupeKey) || row.status === WarningStatus.RESOLVED) continue;
        resolved += 1;
        await this.patch(manager, row.id, { status: WarningStatus.RESOLVED, resolvedAt: now });
      }
      for (let i = 0; i < inserts.length; i += 200) await manager.save(Warning, inserts.slice(i, i + 200));
      return { opened, kept, resolved };
    });
  }

  /** Evaluation is the system's own write: no version check, but the version still moves. */
  private async patch(manager: EntityManager, id: string, values: Partial<Warning>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Warning)
      .set({ ...values, updatedAt: new Date(), version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }
}

/** For the resolver: whether the caller may acknowledge (used by the apps to show the button). */
export function canAcknowledge(ctx: AuthContext, warning: Warning): boolean {
  const user = ctx.user;
  if (!user || !ACKNOWLEDGE_ACTIONS.some((a) => can(user, a)) || warning.status !== WarningStatus.OPEN) return false;
  return !isUnitRole(user.role) || user.unitId === warning.unitId;
}

