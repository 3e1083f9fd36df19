import type { DataSource, EntityManager } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { isUnitRole, Role } from '../../common/auth/roles';
import { ownUnitScope, requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import type { SessionUser } from '../../common/auth/session-user';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';
import { paginate } from '../../common/pagination/paginate';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { measureLateness } from '../calendar/due-dates';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { loadWorkingCalendar } from '../cycles/calendar.loader';
import type { CycleService } from '../cycles/cycle.service';
import { TaskAssignment } from '../task-lists/task-assignment.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import type {
  ExemptionDecisionInput,
  SaveSubmissionDraftInput,
  SubmissionFieldNoteInput,
  SubmissionFilter,
} from './dto/submission.inputs';
import { loadExemptionOptions } from './exemption-options';
import { IdempotencyKey } from './idempotency-key.entity';
import { isUniqueViolation } from './idempotency';
import { SubmissionAuthor, SubmissionState } from './submission-enums';
import { requireFieldNotes, submitProblems } from './submission-checks';
import { checkClaims, decideClaims, reopenClaims } from './submission-notes';
import { draftChange } from './draft-audit';
import type { ExemptibleIndicator, SubmissionFieldNote } from './submission-notes.types';
import {
  EDITABLE_STATES,
  REVIEWABLE_STATES,
  evidenceIdProblems,
  stateAfterApproverReject,
  stateAfterSignOff,
  stateAfterSubmit,
  stateNames,
  valueProblems,
} from './submission-rules';
import { SubmissionTransition } from './submission-transition.entity';
import { Submission } from './submission.entity';

/** Checks that evidence rows exist and belong to the unit (the evidence module's assertOwnedBy). */
export type EvidenceCheck = (manager: EntityManager, ids: readonly string[], unitId: string) => Promise<void>;

interface Move {
  to: SubmissionState;
  comment?: string | null;
  fieldNotes?: SubmissionFieldNote[] | null;
  patch?: Partial<Submission>;
}

function summary(s: Submission) {
  return {
    state: s.state,
    values: s.values,
    evidenceIds: s.evidenceIds,
    version: s.version,
    late: s.late,
    lateDays: s.lateDays,
    lastReason: s.lastReason,
    lastFieldNotes: s.lastFieldNotes,
    exemptionClaims: s.exemptionClaims,
  };
}

function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (!text) throw AppError.validation([{ field: 'reason', message: '请填写原因' }]);
  return text;
}

function invalidState(s: Submission, doing: string): AppError {
  return new AppError(ErrorCode.INVALID_STATE, `填报状态为“${stateNames[s.state]}”，不能${doing}`, {
    state: s.state,
  });
}

/**
 * The submission workflow (填报 → 单位负责人审核 → 信用办审核). Every state change is one
 * transaction: the versioned UPDATE (CONFLICT on a stale version), a transition row and an audit
 * row. A unit user's unit always comes from the session.
 */
export class SubmissionService {
  /** called after an approval or a reopening has committed, with the submission's period */
  readonly onApprovedDataChanged: Array<(periodId: string) => Promise<void>> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cycles: CycleService,
    private readonly checkEvidence: EvidenceCheck,
  ) {}

  async get(ctx: AuthContext, id: string): Promise<Submission> {
    const submission = await this.dataSource.getRepository(Submission).findOneBy({ id });
    this.requireReadable(ctx, submission);
    return submission!;
  }

  async transitions(ctx: AuthContext, submission: Submission): Promise<SubmissionTransition[]> {
    this.requireReadable(ctx, submission);
    return this.dataSource
      .getRepository(SubmissionTransition)
      .find({ where: { submissionId: submission.id }, order: { seq: 'ASC', createdAt: 'ASC' } });
  }

  /** The credit office's review queue and every reader's list; unit users are kept to their unit. */
  async list(ctx: AuthContext, filter: SubmissionFilter, page: PageArgs): Promise<Page<Submission>> {
    const own = ownUnitScope(ctx);
    if (!own) requireCan(ctx, Action.SUBMISSION_READ_ALL);
    const qb = this.dataSource.getRepository(Submission).createQueryBuilder('s');
    const unitId = own ?? filter.unitId;
    if (unitId) qb.andWhere('s.unitId = :unitId', { unitId });
    if (filter.periodId) qb.andWhere('s.periodId = :periodId', { periodId: filter.periodId });
    if (filter.taskId) qb.andWhere('s.taskId = :taskId', { taskId: filter.taskId });
    if (filter.state) qb.andWhere('s.state = :state', { state: filter.state });
    if (filter.late != null) qb.andWhere('s.late = :late', { late: filter.late });
    return paginate(qb, page, { property: 'updatedAt', direction: 'DESC' });
  }

  async mine(ctx: AuthContext, filter: SubmissionFilter, page: PageArgs): Promise<Page<Submission>> {
    if (!ownUnitScope(ctx)) throw new AppError(ErrorCode.FORBIDDEN, '仅单位账号可查看本单位填报');
    return this.list(ctx, filter, page);
  }

  /** Creates the draft (NOT_STARTED → DRAFT) or updates a DRAFT/RETURNED one. */
  async saveDraft(ctx: AuditContext, input: SaveSubmissionDraftInput): Promise<Submission> {
    const user = requireUser(ctx);
    return this.idempotent(user, input.idempotencyKey, 'saveSubmissionDraft', async (manager) => {
      const task = await manager.findOneBy(TaskDefinition, { id: input.taskId });
      if (!task) throw AppError.notFound('任务');
      const { unitId, author } = this.authorFor(ctx, task, input.unitId ?? null);
      const assignment = await manager.findOneBy(TaskAssignment, { taskId: task.id, unitId });
      if (!assignment) throw new AppError(ErrorCode.NOT_ON_TASK_LIST);
      const due = await manager.findOneBy(TaskDue, { assignmentId: assignment.id, periodId: input.periodId });
      if (!due) throw new AppError(ErrorCode.NOT_ON_TASK_LIST, '该任务在此期次无需填报');
      if (author === SubmissionAuthor.UNIT)
        await this.cycles.assertWritable(manager, input.periodId, unitId, new Date());
      const evidenceIds = input.evidenceIds ?? [];
      const problems: FieldProblem[] = [
        ...valueProblems(task.inputs, input.values, { draft: true }),
        ...evidenceIdProblems(evidenceIds),
      ];
      const claims =
        input.exemptionClaims == null
          ? null
          : checkClaims(await loadExemptionOptions(manager, task), input.exemptionClaims);
      problems.push(...(claims?.problems ?? []));
      if (problems.length > 0) throw AppError.validation(problems);
      await this.checkEvidence(manager, evidenceIds, unitId);
      const values = input.values as Submission['values'];

      const before = await manager.findOneBy(Submission, {
        unitId,
        taskId: task.id,
        periodId: input.periodId,
      });
      if (!before) {
        const created = await manager.save(
          Submission,
          manager.create(Submission, {
            unitId,
            taskId: task.id,
            assignmentId: assignment.id,
            periodId: input.periodId,
            state: SubmissionState.DRAFT,
            values,
            evidenceIds,
            submittedAt: null,
            late: false,
            lateDays: 0,
            lateWorkingDays: 0,
            returnCount: 0,
            authorRole: author,
            authorId: user.id,
            lastReason: null,
            lastFieldNotes: null,
            exemptionClaims: claims?.claims ?? null,
          }),
        );
        await this.record(manager, ctx, user, created, SubmissionState.NOT_STARTED, null, 'CREATE', null);
        return created;
      }
      if (input.expectedVersion == null) {
        throw new AppError(
          ErrorCode.CONFLICT,
          '该任务本期已有填报记录，请带上读取时的版本号（expectedVersion）',
        );
      }
      if (before.version !== input.expectedVersion) throw this.conflict(input.expectedVersion);
      if (!EDITABLE_STATES.has(before.state)) throw invalidState(before, '修改');
      await updateWithVersion(manager, Submission, before.id, input.expectedVersion, {
        values,
        evidenceIds,
        authorId: user.id,
        ...(claims ? { exemptionClaims: claims.claims } : {}),
      });
      const after = await manager.findOneByOrFail(Submission, { id: before.id });
      await this.audit.record(manager, ctx, {
        entity: 'Submission',
        entityId: after.id,
        action: 'SAVE_DRAFT',
        unitId: after.unitId,
        ...draftChange(before, after),
      });
      return after;
    });
  }

  /** DRAFT/RETURNED → PENDING_APPROVAL (cycle requires sign-off) or SUBMITTED/RESUBMITTED. */
  async submit(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    idempotencyKey?: string | null,
  ): Promise<Submission> {
    const user = requireUser(ctx);
    return this.idempotent(user, idempotencyKey, 'submitSubmission', (manager) =>
      this.move(manager, ctx, id, expectedVersion, 'SUBMIT', async (s, task) => {
        this.requireAuthor(ctx, s, task);
        const now = new Date();
        if (s.authorRole === SubmissionAuthor.UNIT)
          await this.cycles.assertWritable(manager, s.periodId, s.unitId, now);
        const cycle = await manager.findOneByOrFail(AssessmentCycle, { id: task.cycleId });
        const to = stateAfterSubmit(s.state, s.authorRole, cycle.requiresApproverSignOff);
        if (!to) throw invalidState(s, '报送');
        const problems = await submitProblems(manager, s, task);
        const minCount = task.evidence?.minCount ?? 0;
        if (s.evidenceIds.length < minCount) {
          problems.push({
            field: 'evidenceIds',
            code: 'EVIDENCE_REQUIRED',
            message: `请上传佐证材料（${task.evidence?.description ?? '佐证材料'}），至少${minCount}个，当前${s.evidenceIds.length}个`,
          });
        }
        if (problems.length > 0) throw AppError.validation(problems);
        await this.checkEvidence(manager, s.evidenceIds, s.unitId);
        if (s.submittedAt) return { to };
        // lateness is measured once, at the first submission, against the stored due date
        const due = await manager.findOneBy(TaskDue, { assignmentId: s.assignmentId, periodId: s.periodId });
        const lateness = measureLateness(due?.dueDate ?? null, now, await loadWorkingCalendar(manager));
        return {
          to,
          patch: {
            submittedAt: now,
            late: lateness.late,
            lateDays: lateness.days,
            lateWorkingDays: lateness.workingDays,
          },
        };
      }),
    );
  }

  async approverSignOff(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    comment?: string | null,
  ): Promise<Submission> {
    requireCan(ctx, Action.SUBMISSION_APPROVE);
    return this.dataSource.transaction((manager) =>
      this.move(manager, ctx, id, expectedVersion, 'APPROVER_SIGN_OFF', async (s) => {
        if (s.state !== SubmissionState.PENDING_APPROVAL) throw invalidState(s, '审核签字');
        await this.cycles.assertWritable(manager, s.periodId, s.unitId, new Date());
        return { to: stateAfterSignOff(s.returnCount), comment: comment?.trim() || null };
      }),
    );
  }

  async approverReject(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    reason: string,
    fieldNotes?: readonly SubmissionFieldNoteInput[] | null,
  ): Promise<Submission> {
    requireCan(ctx, Action.SUBMISSION_APPROVE);
    const text = requireReason(reason);
    return this.dataSource.transaction((manager) =>
      this.move(manager, ctx, id, expectedVersion, 'APPROVER_REJECT', (s, task) => {
        if (s.state !== SubmissionState.PENDING_APPROVAL) throw invalidState(s, '驳回');
        const notes = requireFieldNotes(task, fieldNotes);
        return Promise.resolve({
          to: stateAfterApproverReject(s.returnCount),
          comment: text,
          fieldNotes: notes,
          patch: { lastReason: text, lastFieldNotes: notes },
        });
      }),
    );
  }

  /** SUBMITTED/RESUBMITTED → APPROVED; every exemption claim is accepted or rejected on the way. */
  async approve(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    comment?: string | null,
    decisions?: readonly ExemptionDecisionInput[] | null,
    idempotencyKey?: string | null,
  ): Promise<Submission> {
    requireCan(ctx, Action.SUBMISSION_REVIEW);
    // a retry after a dropped connection answers with the first approval instead of CONFLICT
    const approved = await this.idempotent(requireUser(ctx), idempotencyKey, 'approveSubmission', (manager) =>
      this.move(manager, ctx, id, expectedVersion, 'APPROVE', (s) => {
        if (!REVIEWABLE_STATES.has(s.state)) throw invalidState(s, '审核通过');
        const decided = decideClaims(s.exemptionClaims ?? [], decisions ?? []);
        if (decided.problems.length > 0) throw AppError.validation(decided.problems);
        return Promise.resolve({
          to: SubmissionState.APPROVED,
          comment: comment?.trim() || null,
          ...(s.exemptionClaims ? { patch: { exemptionClaims: decided.claims } } : {}),
        });
      }),
    );
    await this.notifyApprovedDataChanged(approved.periodId);
    return approved;
  }

  async returnToUnit(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    reason: string,
    fieldNotes?: readonly SubmissionFieldNoteInput[] | null,
  ): Promise<Submission> {
    requireCan(ctx, Action.SUBMISSION_REVIEW);
    const text = requireReason(reason);
    return this.dataSource.transaction((manager) =>
      this.move(manager, ctx, id, expectedVersion, 'RETURN', (s, task) => {
        if (!REVIEWABLE_STATES.has(s.state)) throw invalidState(s, '退回');
        const notes = requireFieldNotes(task, fieldNotes);
        return Promise.resolve({
          to: SubmissionState.RETURNED,
          comment: text,
          fieldNotes: notes,
          patch: { lastReason: text, lastFieldNotes: notes, returnCount: s.returnCount + 1 },
        });
      }),
    );
  }

  /** APPROVED → RETURNED: the only way to change approved data, always with a recorded reason. */
  async reopen(
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    reason: string,
    fieldNotes?: readonly SubmissionFieldNoteInput[] | null,
  ): Promise<Submission> {
    requireCan(ctx, Action.SUBMISSION_REVIEW);
    const text = requireReason(reason);
    const reopened = await this.dataSource.transaction((manager) =>
      this.move(manager, ctx, id, expectedVersion, 'REOPEN', (s, task) => {
        if (s.state !== SubmissionState.APPROVED) throw invalidState(s, '重新打开');
        const notes = requireFieldNotes(task, fieldNotes);
        return Promise.resolve({
          to: SubmissionState.RETURNED,
          comment: text,
          fieldNotes: notes,
          patch: {
            lastReason: text,
            lastFieldNotes: notes,
            returnCount: s.returnCount + 1,
            exemptionClaims: reopenClaims(s.exemptionClaims),
          },
        });
      }),
    );
    await this.notifyApprovedDataChanged(reopened.periodId);
    return reopened;
  }

  /**
   * After an approval or reopening has committed: the scoring module recomputes (listeners are
   * added in services.ts). The state change stands even if a listener fails; it is logged.
   */
  private async notifyApprovedDataChanged(periodId: string): Promise<void> {
    for (const listener of this.onApprovedDataChanged) {
      try {
        await listener(periodId);
      } catch (error) {
        console.error('审核后重新计分失败', periodId, error);
      }
    }
  }

  /**
   * Loads the submission (unit users: own unit only), checks the version before anything else (so
   * the loser of a race gets CONFLICT, not a state error), applies `plan`, and writes the
   * versioned update, the transition and the audit row.
   */
  private async move(
    manager: EntityManager,
    ctx: AuditContext,
    id: string,
    expectedVersion: number,
    action: string,
    plan: (s: Submission, task: TaskDefinition) => Promise<Move>,
  ): Promise<Submission> {
    const user = requireUser(ctx);
    const before = await manager.findOneBy(Submission, { id });
    if (!before) throw AppError.notFound('填报记录');
    if (isUnitRole(user.role) && before.unitId !== user.unitId) {
      throw new AppError(ErrorCode.FORBIDDEN, '只能访问本单位的数据');
    }
    if (before.version !== expectedVersion) throw this.conflict(expectedVersion);
    const task = await manager.findOneByOrFail(TaskDefinition, { id: before.taskId });
    const move = await plan(before, task);
    await updateWithVersion(manager, Submission, id, expectedVersion, { ...move.patch, state: move.to });
    const after = await manager.findOneByOrFail(Submission, { id });
    await this.record(manager, ctx, user, after, before.state, move.comment ?? null, action, before, move.fieldNotes);
    return after;
  }

  /** The task's exemption options, for the portal's form and the review drawer. */
  exemptionOptions(task: TaskDefinition): Promise<ExemptibleIndicator[]> {
    return loadExemptionOptions(this.dataSource.manager, task);
  }


  private async record(
    manager: EntityManager,
    ctx: AuditContext,
    user: SessionUser,
    after: Submission,
    fromState: SubmissionState,
    comment: string | null,
    action: string,
    before: Submission | null,
    fieldNotes: SubmissionFieldNote[] | null = null,
  ): Promise<void> {
    await manager.save(
      SubmissionTransition,
      manager.create(SubmissionTransition, {
        submissionId: after.id,
        seq: after.version,
        fromState,
        toState: after.state,
        actorId: user.id,
        role: user.role,
        comment,
        fieldNotes: fieldNotes && fieldNotes.length > 0 ? fieldNotes : null,
      }),
    );
    await this.audit.record(manager, ctx, {
      entity: 'Submission',
      entityId: after.id,
      action,
      unitId: after.unitId,
      before: before ? summary(before) : null,
      after: { ...summary(after), comment },
    });
  }

  /** Who may enter data for a task: the unit itself for UNIT_REPORT tasks, office/evaluator otherwise. */
  private authorFor(
    ctx: AuthContext,
    task: TaskDefinition,
    requestedUnitId: string | null,
  ): { unitId: string; author: SubmissionAuthor } {
    const user = requireUser(ctx);
    if (isUnitRole(user.role)) {
      requireCan(ctx, Action.SUBMISSION_FILL);
      const unitId = ownUnitScope(ctx)!;
      if (requestedUnitId && requestedUnitId !== unitId)
        throw new AppError(ErrorCode.FORBIDDEN, '只能填报本单位的数据');
      if (task.dataSource !== 'UNIT_REPORT')
        throw new AppError(ErrorCode.FORBIDDEN, '该任务的数据由信用办或第三方录入');
      return { unitId, author: SubmissionAuthor.UNIT };
    }
    requireCan(ctx, Action.MONITORING_ENTER);
    if (task.dataSource === 'UNIT_REPORT') throw new AppError(ErrorCode.FORBIDDEN, '该任务由单位自行填报');
    if (!requestedUnitId) throw AppError.validation([{ field: 'unitId', message: '请指定被监测的单位' }]);
    return {
      unitId: requestedUnitId,
      author: user.role === Role.EVALUATOR ? SubmissionAuthor.EVALUATOR : SubmissionAuthor.CREDIT_OFFICE,
    };
  }

  /** The same authorship rule for later steps (submit): unit rows by the unit, monitoring rows by office/evaluator. */
  private requireAuthor(ctx: AuthContext, s: Submission, task: TaskDefinition): void {
    const user = requireUser(ctx);
    if (s.authorRole === SubmissionAuthor.UNIT) {
      if (!isUnitRole(user.role)) throw new AppError(ErrorCode.FORBIDDEN, '该填报由单位报送');
      requireCan(ctx, Action.SUBMISSION_FILL);
    } else {
      this.authorFor(ctx, task, s.unitId);
    }
  }

  private requireReadable(ctx: AuthContext, submission: Submission | null): void {
    const user = requireUser(ctx);
    if (!submission) throw AppError.notFound('填报记录');
    if (isUnitRole(user.role)) {
      if (submission.unitId !== user.unitId) throw new AppError(ErrorCode.FORBIDDEN, '只能访问本单位的数据');
      return;
    }
    if (!can(user, Action.SUBMISSION_READ_ALL)) throw new AppError(ErrorCode.FORBIDDEN);
  }

  private conflict(expectedVersion: number): AppError {
    return new AppError(ErrorCode.CONFLICT, '填报记录已被他人修改（版本不一致），请刷新后重试', {
      expectedVersion,
    });
  }

  /**
   * Runs `work` in a transaction; with a key, a repeat by the same actor returns the first
   * result without doing anything again (also when two repeats race: the loser re-reads).
   */
  private async idempotent(
    user: SessionUser,
    key: string | null | undefined,
    operation: string,
    work: (manager: EntityManager) => Promise<Submission>,
  ): Promise<Submission> {
    if (!key) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        // two first saves of the same task and period raced: the unique key kept one
        if (isUniqueViolation(error))
          throw new AppError(ErrorCode.CONFLICT, '填报记录已被他人创建，请刷新后重试');
        throw error;
      }
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const prior = await manager.findOneBy(IdempotencyKey, { actorId: user.id, key });
        if (prior) return this.replay(manager, prior, operation);
        const result = await work(manager);
        await manager.save(
          IdempotencyKey,
          manager.create(IdempotencyKey, { actorId: user.id, key, operation, resultId: result.id }),
        );
        return result;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const prior = await this.dataSource.getRepository(IdempotencyKey).findOneBy({ actorId: user.id, key });
      if (!prior) throw new AppError(ErrorCode.CONFLICT, '填报记录已被他人创建，请刷新后重试');
      return this.replay(this.dataSource.manager, prior, operation);
    }
  }

  private async replay(
    manager: EntityManager,
    prior: IdempotencyKey,
    operation: string,
  ): Promise<Submission> {
    if (prior.operation !== operation) {
      throw AppError.validation([{ field: 'idempotencyKey', message: '该幂等键已用于其他操作' }]);
    }
    const result = await manager.findOneBy(Submission, { id: prior.resultId });
    if (!result) throw AppError.notFound('填报记录');
    return result;
  }
}
