import {
  getTaskListPreset,
  type DeadlineRule,
  type TaskDefinition as PresetTask,
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
import type { DueDatePreviewRow, MyTask, TaskListImportResult, UnitTask } from './dto/task-list.types';
import { TaskAssignment } from './task-assignment.entity';
import { TaskDefinition } from './task-definition.entity';
import { compareTasks, dueIn, dueState } from './task-dues';
import { TaskDue } from './task-due.entity';

const RULE_KINDS = new Set([
  'MONTHLY',
  'QUARTERLY',
  'ANNUAL',
  'FIXED',
  'CONTINUOUS',
  'WORKING_DAYS_AFTER_EVENT',
]);

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
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.cycles.findCycle(manager, cycleId);
      if (await manager.existsBy(TaskDefinition, { cycleId })) {
        throw new AppError(ErrorCode.INVALID_STATE, '该考核周期已导入任务清单');
      }
      const codes = preset.units.map((u) => u.code);
      const units = await manager.findBy(Unit, { code: In(codes), archivedAt: IsNull() });
      const idByCode = new Map(units.map((u) => [u.code, u.id]));
      const unknown = codes.filter((code) => !idByCode.has(code));
      if (unknown.length > 0) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, `以下单位编码不存在或已归档：${unknown.join('、')}`, {
          unknownUnitCodes: unknown,
          fields: [{ field: 'units', message: `以下单位编码不存在或已归档：${unknown.join('、')}` }],
        });
      }
      const tasks = await manager.save(
        TaskDefinition,
        preset.units.flatMap((unit) =>
          unit.tasks.map((task) => manager.create(TaskDefinition, fromPreset(cycle.id, task))),
        ),
        { chunk: 100 },
      );
      const unitIdByTaskCode = new Map(
        preset.units.flatMap((u) => u.tasks.map((t) => [t.code, idByCode.get(u.code)!])),
      );
      const pairs = tasks.map((task) => ({ task, unitId: unitIdByTaskCode.get(task.code)! }));
      const { assignments, dues } = await this.assignAll(manager, cycle, pairs);
      await updateWithVersion(manager, AssessmentCycle, cycle.id, cycle.version, { taskListKey: preset.id });
      const result = { tasks: tasks.length, assignments: assignments.length, dues };
      await this.audit.record(manager, ctx, {
        entity: 'AssessmentCycle',
        entityId: cycle.id,
        action: 'IMPORT_TASK_LIST',
        after: { presetId, ...result },
      });
      return result;
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

/** A deadline rule from the client, checked field by field (it is evaluated, so never trusted). */
function checkRule(raw: unknown): DeadlineRule {
  const rule = raw as Record<string, unknown> | null;
  const bad = (message: string) => AppError.validation([{ field: 'rule', message }]);
  if (!rule || typeof rule !== 'object' || typeof rule.kind !== 'string' || !RULE_KINDS.has(rule.kind)) {
    throw bad('完成时限规则的类型不正确');
  }
  const int = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  switch (rule.kind) {
    case 'MONTHLY':
    case 'QUARTERLY':
      if (!int(rule.day, 1, 31)) throw bad('日期应为1–31之间的整数');
      break;
    case 'ANNUAL':
      if (!int(rule.month, 1, 12) || !int(rule.day, 1, 31)) throw bad('月份应为1–12、日期应为1–31之间的整数');
      break;
    case 'FIXED':
      if (typeof rule.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(rule.date))
        throw bad('日期格式应为 YYYY-MM-DD');
      break;
    case 'WORKING_DAYS_AFTER_EVENT':
      if (!int(rule.days, 1, 365)) throw bad('工作日数应为1–365之间的整数');
      break;
  }
  return rule as unknown as DeadlineRule;
}
