import {
  getTaskListPreset,
  parseDeadlineText,
  type TaskDefinition as PresetTask,
  type TaskListUnit,
} from '@govtrust/indicators';
import { In, IsNull, MoreThan, Not, type DataSource, type EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import {
  ownUnitScope,
  requireCan,
  requireUnitScope,
  requireUser,
  type AuthContext,
} from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { containsPattern, LIKE_ESCAPE } from '../../database/like';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { chinaDate, previewDueDates } from '../calendar/due-dates';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { loadWorkingCalendar } from '../cycles/calendar.loader';
import { PeriodStatus } from '../cycles/cycle-enums';
import { periodKindForRule, periodRefsOfKind } from '../cycles/cycle-periods';
import type { CycleService } from '../cycles/cycle.service';
import { LockException } from '../cycles/lock-exception.entity';
import { Period } from '../cycles/period.entity';
import { SubmissionState } from '../submissions/submission-enums';
import { Submission } from '../submissions/submission.entity';
import { Unit } from '../units/unit.entity';
import type {
  DueDatePreviewRow,
  MyTask,
  ParsedDeadlineText,
  TaskListImportResult,
  UnitTask,
} from './dto/task-list.types';
import type { TaskListImportMode, UpdateTaskDefinitionInput } from './dto/task-list.inputs';
import { TaskAssignment } from './task-assignment.entity';
import { TaskDefinition } from './task-definition.entity';
import { breakingChanges, checkRule, checkTaskPatch, sameRule } from './task-definition-patch';
import { compareTasks, dueIn, dueState } from './task-dues';
import { TaskDue } from './task-due.entity';

/** Per-unit task lists of a cycle: tasks, who has them, and the stored due date of each period. */
export class TaskListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cycles: CycleService,
  ) {}

  async tasks(ctx: AuthContext, cycleId: string): Promise<TaskDefinition[]> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    return this.dataSource.getRepository(TaskDefinition).find({ where: { cycleId }, order: { code: 'ASC' } });
  }

  /**
   * Creates the preset's tasks in the cycle and assigns each to its unit (matched by unit code).
   * Unknown unit codes refuse the whole import; nothing is written.
   */
  async importPreset(ctx: AuditContext, cycleId: string, presetId: string): Promise<TaskListImportResult> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const preset = getTaskListPreset(presetId);
    if (!preset)
      throw AppError.validation([{ field: 'presetId', message: `预置任务清单“${presetId}”不存在` }]);
    return this.importTasks(ctx, cycleId, preset.units, 'create', { taskListKey: preset.id, audit: { presetId } });
  }

  /**
   * Writes a whole task list into a cycle in one transaction: every unit's tasks, assigned to that
   * unit (matched by code), with the due date of every period computed. `create` needs an empty
   * cycle; `replace` swaps the cycle's list for this one while nobody has filled anything in yet.
   * The preset import and the XLSX import both come through here.
   */
  async importTasks(
    ctx: AuditContext,
    cycleId: string,
    units: ReadonlyArray<Pick<TaskListUnit, 'code' | 'tasks'>>,
    mode: TaskListImportMode,
    source: { taskListKey?: string; audit: Record<string, unknown> },
  ): Promise<TaskListImportResult> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const taskCodes = units.flatMap((u) => u.tasks.map((t) => t.code));
    const duplicated = [...new Set(taskCodes.filter((code, i) => taskCodes.indexOf(code) !== i))];
    if (duplicated.length > 0) {
      throw AppError.validation([{ field: 'tasks', message: `任务编码重复：${duplicated.join('、')}` }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.cycles.findCycle(manager, cycleId);
      const existing = await manager.find(TaskDefinition, { where: { cycleId }, select: { id: true } });
      if (existing.length > 0) {
        if (mode === 'create') throw new AppError(ErrorCode.INVALID_STATE, '该考核周期已导入任务清单（如需整体替换，请选择“替换”方式）');
        await this.removeList(manager, cycleId, existing.map((t) => t.id));
      }
      const codes = units.map((u) => u.code);
      const found = await manager.findBy(Unit, { code: In(codes), archivedAt: IsNull() });
      const idByCode = new Map(found.map((u) => [u.code, u.id]));
      const unknown = codes.filter((code) => !idByCode.has(code));
      if (unknown.length > 0) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, `以下单位编码不存在或已归档：${unknown.join('、')}`, {
          unknownUnitCodes: unknown,
          fields: [{ field: 'units', message: `以下单位编码不存在或已归档：${unknown.join('、')}` }],
        });
      }
      const tasks = await manager.save(
        TaskDefinition,
        units.flatMap((unit) => unit.tasks.map((task) => manager.create(TaskDefinition, fromPreset(cycle.id, task)))),
        { chunk: 100 },
      );
      const unitIdByTaskCode = new Map(units.flatMap((u) => u.tasks.map((t) => [t.code, idByCode.get(u.code)!])));
      const pairs = tasks.map((task) => ({ task, unitId: unitIdByTaskCode.get(task.code)! }));
      const { assignments, dues } = await this.assignAll(manager, cycle, pairs);
      if (source.taskListKey) {
        await updateWithVersion(manager, AssessmentCycle, cycle.id, cycle.version, { taskListKey: source.taskListKey });
      }
      for (const unit of units) {
        await this.audit.record(manager, ctx, {
          entity: 'TaskList',
          entityId: cycle.id,
          action: 'IMPORT',
          unitId: idByCode.get(unit.code)!,
          after: { unitCode: unit.code, taskCodes: unit.tasks.map((t) => t.code) },
        });
      }
      const result = { tasks: tasks.length, assignments: assignments.length, dues };
      await this.audit.record(manager, ctx, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'IMPORT_TASK_LIST',
        before: existing.length > 0 ? { tasks: existing.length } : null,
        after: { ...source.audit, mode, ...result },
      });
      return result;
    });
  }

  /**
   * Edits one task definition (CONFIG_MANAGE) with a version check. Changes that would contradict
   * approved (frozen) data are refused with the reason; a new deadline rule re-dates every period
   * that is not closed.
   */
  async updateTaskDefinition(ctx: AuditContext, input: UpdateTaskDefinitionInput): Promise<TaskDefinition> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const patch = checkTaskPatch(input);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findTask(manager, input.id);
      if (before.version !== input.expectedVersion) {
        throw new AppError(ErrorCode.CONFLICT, '数据已被他人修改（版本不一致），请刷新后重试', {
          expectedVersion: input.expectedVersion,
        });
      }
      const next = { ...before, ...patch };
      const submissions = await manager.find(Submission, {
        where: { taskId: before.id },
        select: { id: true, state: true, authorRole: true, values: true, periodId: true },
      });
      const reasons = breakingChanges(before, next, submissions);
      const ruleChanged = patch.deadline !== undefined && !sameRule(before.deadline, patch.deadline);
      const kindChanged = ruleChanged && periodKindForRule(before.deadline) !== periodKindForRule(next.deadline);
      if (kindChanged && submissions.length > 0) {
        reasons.push(`已有${submissions.length}条填报记录，不能改变报送周期（月度、季度、年度之间切换）`);
      }
      if (reasons.length > 0) {
        throw new AppError(ErrorCode.INVALID_STATE, `不能这样修改“${before.title}”：${reasons.join('；')}`, { reasons });
      }
      await updateWithVersion(manager, TaskDefinition, before.id, input.expectedVersion, patch);
      const after = await manager.findOneByOrFail(TaskDefinition, { id: before.id });
      const redated = ruleChanged ? await this.redate(manager, after, kindChanged) : 0;
      await this.audit.record(manager, ctx, {
        entity: 'TaskDefinition',
        entityId: after.id,
        action: 'UPDATE',
        before,
        after: { ...after, redatedDues: redated },
      });
      return after;
    });
  }

  async assign(ctx: AuditContext, taskId: string, unitId: string): Promise<TaskAssignment> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const task = await this.findTask(manager, taskId);
      const unit = await manager.findOneBy(Unit, { id: unitId });
      if (!unit || unit.archivedAt) throw AppError.notFound('单位');
      if (await manager.existsBy(TaskAssignment, { taskId, unitId })) {
        throw new AppError(ErrorCode.INVALID_STATE, `“${task.title}”已在${unit.name}的任务清单中`);
      }
      const cycle = await this.cycles.findCycle(manager, task.cycleId);
      const { assignments } = await this.assignAll(manager, cycle, [{ task, unitId }]);
      const assignment = assignments[0]!;
      await this.audit.record(manager, ctx, {
        entity: 'TaskAssignment',
        entityId: assignment.id,
        action: 'ASSIGN',
        unitId,
        after: assignment,
      });
      return assignment;
    });
  }

  /** Assigns the task to every active unit tagged `unitClass` that does not have it yet. */
  async bulkAssignByUnitClass(
    ctx: AuditContext,
    cycleId: string,
    taskId: string,
    unitClass: string,
  ): Promise<TaskAssignment[]> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const task = await this.findTask(manager, taskId);
      if (task.cycleId !== cycleId) throw AppError.notFound('任务');
      const units = await manager
        .getRepository(Unit)
        .createQueryBuilder('unit')
        .where('unit.archivedAt IS NULL')
        .andWhere(`unit.classes LIKE :cls ${LIKE_ESCAPE}`, {
          cls: containsPattern(JSON.stringify(unitClass)),
        })
        .getMany();
      const already = new Set((await manager.findBy(TaskAssignment, { taskId })).map((a) => a.unitId));
      const pairs = units.filter((u) => !already.has(u.id)).map((u) => ({ task, unitId: u.id }));
      const cycle = await this.cycles.findCycle(manager, cycleId);
      const { assignments } = await this.assignAll(manager, cycle, pairs);
      await this.audit.record(manager, ctx, {
        entity: 'TaskDefinition',
        entityId: task.id,
        action: 'BULK_ASSIGN',
        after: { unitClass, unitIds: assignments.map((a) => a.unitId) },
      });
      return assignments;
    });
  }

  async unassign(ctx: AuditContext, taskId: string, unitId: string): Promise<boolean> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOneBy(TaskAssignment, { taskId, unitId });
      if (!assignment) throw AppError.notFound('任务分配');
      if (await manager.existsBy(Submission, { taskId, unitId })) {
        throw new AppError(ErrorCode.INVALID_STATE, '该单位已有此任务的填报记录，不能取消分配');
      }
      await manager.delete(TaskDue, { assignmentId: assignment.id });
      await manager.delete(TaskAssignment, { id: assignment.id });
      await this.audit.record(manager, ctx, {
        entity: 'TaskAssignment',
        entityId: assignment.id,
        action: 'UNASSIGN',
        unitId,
        before: assignment,
      });
      return true;
    });
  }

  /**
   * The signed-in unit's tasks in periods it may write in now (open, or under a live exception),
   * overdue first. `periodId` narrows to one period.
   */
  async myTasks(ctx: AuthContext, periodId?: string | null): Promise<MyTask[]> {
    const unitId = ownUnitScope(ctx);
    if (!unitId) throw new AppError(ErrorCode.FORBIDDEN, '仅单位账号可查看本单位任务');
    const manager = this.dataSource.manager;
    const now = new Date();
    const open = await manager.find(Period, { where: { status: PeriodStatus.OPEN }, select: { id: true } });
    const excepted = await manager.find(LockException, {
      where: { unitId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      select: { periodId: true },
    });
    let periodIds = [...new Set([...open.map((p) => p.id), ...excepted.map((e) => e.periodId)])];
    if (periodId) periodIds = periodIds.filter((id) => id === periodId);
    if (periodIds.length === 0) return [];
    const dues = await manager.findBy(TaskDue, { unitId, periodId: In(periodIds) });
    if (dues.length === 0) return [];
    const taskIds = [...new Set(dues.map((d) => d.taskId))];
    const [tasks, periods, submissions] = await Promise.all([
      manager.findBy(TaskDefinition, { id: In(taskIds) }),
      manager.findBy(Period, { id: In(periodIds) }),
      manager.findBy(Submission, { unitId, periodId: In(periodIds), taskId: In(taskIds) }),
    ]);
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const submissionByKey = new Map(submissions.map((s) => [`${s.taskId}:${s.periodId}`, s]));
    const today = chinaDate(now);
    const rows = dues.map((due): MyTask & { code: string } => {
      const task = taskById.get(due.taskId)!;
      const submission = submissionByKey.get(`${due.taskId}:${due.periodId}`);
      const { daysLeft, overdue } = dueState(due.dueDate, today, Boolean(submission?.submittedAt));
      return {
        code: task.code,
        assignmentId: due.assignmentId,
        task,
        period: periodById.get(due.periodId)!,
        dueDate: due.dueDate,
        daysLeft,
        overdue,
        late: overdue || Boolean(submission?.late),
        target: task.target,
        submissionId: submission?.id ?? null,
        submissionState: submission?.state ?? SubmissionState.NOT_STARTED,
        submissionVersion: submission?.version ?? null,
      };
    });
    return rows.sort(compareTasks);
  }

  /** One unit's list in a cycle with the due date of each period; a unit user sees only its own. */
  async unitTasks(ctx: AuthContext, unitId: string, cycleId: string): Promise<UnitTask[]> {
    requireUnitScope(ctx, unitId, Action.SUBMISSION_READ_ALL);
    const manager = this.dataSource.manager;
    const assignments = await manager.findBy(TaskAssignment, { unitId, cycleId });
    if (assignments.length === 0) return [];
    const tasks = await manager.findBy(TaskDefinition, { id: In(assignments.map((a) => a.taskId)) });
    const dues = await manager.findBy(TaskDue, { assignmentId: In(assignments.map((a) => a.id)) });
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    return assignments
      .map((a) => ({
        assignmentId: a.id,
        task: taskById.get(a.taskId)!,
        dues: dues
          .filter((d) => d.assignmentId === a.id)
          .map((d) => ({ periodId: d.periodId, dueDate: d.dueDate })),
      }))
      .sort((a, b) => a.task.code.localeCompare(b.task.code));
  }

  async dueDatePreview(ctx: AuthContext, rule: unknown, year: number): Promise<DueDatePreviewRow[]> {
    requireUser(ctx);
    const checked = checkRule(rule);
    const calendar = await loadWorkingCalendar(this.dataSource.manager);
    return previewDueDates(checked, year, calendar).map((row) => ({
      label: row.label,
      periodKind: row.period.kind,
      index: row.period.index,
      dueDate: row.dueDate,
    }));
  }

  /** A 完成时限 text read as the import reads it, for the editor's preview. */
  parseDeadline(ctx: AuthContext, text: string): ParsedDeadlineText {
    requireUser(ctx);
    const parsed = parseDeadlineText(text.slice(0, 500));
    return 'error' in parsed
      ? { rule: null, confidence: null, error: parsed.error }
      : { rule: parsed.rule, confidence: parsed.confidence, error: null };
  }

  /** After a calendar change: recompute stored due dates of periods not yet closed; returns how many moved. */
  async recomputeDueDates(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
    const periods = await manager.findBy(Period, { status: Not(PeriodStatus.CLOSED) });
    if (periods.length === 0) return 0;
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const dues = await manager.findBy(TaskDue, { periodId: In([...periodById.keys()]) });
    if (dues.length === 0) return 0;
    const tasks = await manager.findBy(TaskDefinition, { id: In([...new Set(dues.map((d) => d.taskId))]) });
    const ruleById = new Map(tasks.map((t) => [t.id, t.deadline]));
    let moved = 0;
    for (const due of dues) {
      const rule = ruleById.get(due.taskId);
      const period = periodById.get(due.periodId);
      if (!rule || !period) continue;
      const next = dueIn(rule, period, calendar) ?? null;
      if (next !== due.dueDate) {
        await manager.update(TaskDue, { id: due.id }, { dueDate: next, updatedAt: new Date() });
        moved += 1;
      }
    }
    return moved;
  }

  /** Assignments plus a TaskDue for every period of the cycle year in which each task is reported. */
  private async assignAll(
    manager: EntityManager,
    cycle: AssessmentCycle,
    pairs: ReadonlyArray<{ task: TaskDefinition; unitId: string }>,
  ): Promise<{ assignments: TaskAssignment[]; dues: number }> {
    if (pairs.length === 0) return { assignments: [], dues: 0 };
    const assignments = await manager.save(
      TaskAssignment,
      pairs.map(({ task, unitId }) =>
        manager.create(TaskAssignment, { cycleId: cycle.id, unitId, taskId: task.id }),
      ),
      { chunk: 100 },
    );
    const kinds = [...new Set(pairs.map(({ task }) => periodKindForRule(task.deadline)))];
    const periods = await this.cycles.ensurePeriods(
      manager,
      cycle,
      kinds.flatMap((kind) => periodRefsOfKind(cycle.year, kind)),
    );
    const calendar = await loadWorkingCalendar(manager);
    const dues: TaskDue[] = [];
    pairs.forEach(({ task, unitId }, i) => {
      for (const period of periods) {
        const dueDate = dueIn(task.deadline, period, calendar);
        if (dueDate === undefined) continue;
        dues.push(
          manager.create(TaskDue, {
            assignmentId: assignments[i]!.id,
            periodId: period.id,
            unitId,
            taskId: task.id,
            dueDate,
          }),
        );
      }
    });
    // plain multi-row INSERTs: save() would also look each new row up again, which SQLite feels
    for (let i = 0; i < dues.length; i += 200) await manager.insert(TaskDue, dues.slice(i, i + 200));
    return { assignments, dues: dues.length };
  }

  /** A list may be replaced as a whole only while nobody has filled in any of it. */
  async assertReplaceable(manager: EntityManager, cycleId: string): Promise<void> {
    const filled = await manager
      .getRepository(Submission)
      .createQueryBuilder('s')
      .innerJoin(TaskDefinition, 't', 't.id = s.taskId')
      .where('t.cycleId = :cycleId', { cycleId })
      .getCount();
    if (filled > 0) {
      throw new AppError(
        ErrorCode.INVALID_STATE,
        `该考核周期已有${filled}条填报记录，不能整体替换任务清单；请逐项修改任务`,
      );
    }
  }

  /** `replace`: the cycle's current list goes (its rows, assignments and due dates). */
  private async removeList(manager: EntityManager, cycleId: string, taskIds: string[]): Promise<void> {
    await this.assertReplaceable(manager, cycleId);
    for (let i = 0; i < taskIds.length; i += 500) {
      const chunk = taskIds.slice(i, i + 500);
      await manager.delete(TaskDue, { taskId: In(chunk) });
      await manager.delete(TaskAssignment, { taskId: In(chunk) });
      await manager.delete(TaskDefinition, { id: In(chunk) });
    }
  }

  /**
   * Due dates of `task` in periods not yet closed, after its rule changed; with a new period kind
   * the rows of unclosed periods are replaced (the caller made sure nothing was filled in).
   */
  private async redate(manager: EntityManager, task: TaskDefinition, kindChanged: boolean): Promise<number> {
    const calendar = await loadWorkingCalendar(manager);
    const cycle = await this.cycles.findCycle(manager, task.cycleId);
    const unclosed = (await manager.findBy(Period, { cycleId: cycle.id })).filter((p) => p.status !== PeriodStatus.CLOSED);
    const unclosedIds = new Set(unclosed.map((p) => p.id));
    const dues = (await manager.findBy(TaskDue, { taskId: task.id })).filter((d) => unclosedIds.has(d.periodId));
    if (!kindChanged) {
      const periodById = new Map(unclosed.map((p) => [p.id, p]));
      let moved = 0;
      for (const due of dues) {
        const next = dueIn(task.deadline, periodById.get(due.periodId)!, calendar) ?? null;
        if (next === due.dueDate) continue;
        await manager.update(TaskDue, { id: due.id }, { dueDate: next, updatedAt: new Date() });
        moved += 1;
      }
      return moved;
    }
    if (dues.length > 0) await manager.delete(TaskDue, { id: In(dues.map((d) => d.id)) });
    const periods = await this.cycles.ensurePeriods(
      manager,
      cycle,
      periodRefsOfKind(cycle.year, periodKindForRule(task.deadline)),
    );
    const assignments = await manager.findBy(TaskAssignment, { taskId: task.id });
    const rows: TaskDue[] = [];
    for (const assignment of assignments) {
      for (const period of periods) {
        if (period.status === PeriodStatus.CLOSED) continue;
        const dueDate = dueIn(task.deadline, period, calendar);
        if (dueDate === undefined) continue;
        rows.push(
          manager.create(TaskDue, { assignmentId: assignment.id, periodId: period.id, unitId: assignment.unitId, taskId: task.id, dueDate }),
        );
      }
    }
    for (let i = 0; i < rows.length; i += 200) await manager.insert(TaskDue, rows.slice(i, i + 200));
    return rows.length;
  }

  private async findTask(manager: EntityManager, id: string): Promise<TaskDefinition> {
    const task = await manager.findOneBy(TaskDefinition, { id });
    if (!task) throw AppError.notFound('任务');
    return task;
  }
}

function fromPreset(cycleId: string, task: PresetTask): Partial<TaskDefinition> {
  return {
    cycleId,
    code: task.code,
    title: task.title,
    category: task.category ?? null,
    sourceText: task.sourceText,
    target: task.target ?? null,
    deadline: task.deadline,
    deadlineText: task.deadlineText ?? null,
    indicatorCodes: task.indicatorCodes ?? [],
    inputs: task.inputs ?? [],
    evidence: task.evidence ?? null,
    dataSource: 'UNIT_REPORT',
  };
}
