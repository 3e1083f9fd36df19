import { IsNull, type DataSource } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { offsetPage, pageStart } from '../../common/pagination/offset-page';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';
import { TaskAssignment } from '../task-lists/task-assignment.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { Unit } from '../units/unit.entity';
import { UnitKind } from '../units/unit-kind';
import type { TaskUnitsArgs } from './dto/task-units.args';
import type { TaskAssignedCount, TaskClassCount, TaskUnitPage, TaskUnitRow } from './dto/task-units.types';

/**
 * One task's units for the assignment panel (任务分配): which units have it, paged and searched by
 * the database, and per unit class how many still lack it (for 按分类批量分配).
 */
export class TaskUnitsService {
  constructor(private readonly dataSource: DataSource) {}

  async page(ctx: AuthContext, args: TaskUnitsArgs): Promise<TaskUnitPage> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    await this.requireTask(args.taskId);
    const start = pageStart(args);
    const kind = args.unitKind ?? UnitKind.DEPARTMENT;
    const qb = this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .leftJoin(TaskAssignment, 'a', 'a.unitId = u.id AND a.taskId = :taskId', { taskId: args.taskId })
      .select('u.id', 'unitId')
      .addSelect('u.code', 'unitCode')
      .addSelect('u.name', 'unitName')
      .addSelect('u.classes', 'classes')
      .addSelect('CASE WHEN a.id IS NULL THEN 0 ELSE 1 END', 'assigned')
      .addSelect('COUNT(*) OVER ()', 'totalCount')
      .where('u.kind = :kind AND u.archivedAt IS NULL', { kind })
      .orderBy('u.code', 'ASC');
    const search = args.search?.trim();
    if (search) qb.andWhere(`(u.code LIKE :search ${LIKE_ESCAPE} OR u.name LIKE :search ${LIKE_ESCAPE})`, { search: containsPattern(search) });
    if (args.assigned === true) qb.andWhere('a.id IS NOT NULL');
    if (args.assigned === false) qb.andWhere('a.id IS NULL');
    const [raw, assignedCount, unitTotal] = await Promise.all([
      qb.offset(start).limit(args.first ?? 20).getRawMany<{ unitId: string; unitCode: string; unitName: string; classes: string; assigned: number | string; totalCount: number | string }>(),
      this.dataSource
        .getRepository(TaskAssignment)
        .createQueryBuilder('a')
        .innerJoin(Unit, 'u', 'u.id = a.unitId AND u.kind = :kind AND u.archivedAt IS NULL', { kind })
        .where('a.taskId = :taskId', { taskId: args.taskId })
        .getCount(),
      this.dataSource.getRepository(Unit).countBy({ kind, archivedAt: IsNull() }),
    ]);
    const nodes = raw.map((r): TaskUnitRow => ({
      unitId: r.unitId,
      unitCode: r.unitCode,
      unitName: r.unitName,
      classes: JSON.parse(r.classes) as string[],
      assigned: Number(r.assigned) === 1,
    }));
    const totalCount = raw.length > 0 ? Number(raw[0]!.totalCount) : start === 0 ? 0 : (await qb.offset(undefined).limit(undefined).getRawMany()).length;
    return { ...offsetPage(nodes, start, totalCount), assignedCount, unitTotal };
  }

  /** Every class tag among active units (any kind: bulk assignment by class takes all of them). */
  async classCounts(ctx: AuthContext, taskId: string): Promise<TaskClassCount[]> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    await this.requireTask(taskId);
    const [units, assigned] = await Promise.all([
      this.dataSource.getRepository(Unit).find({ where: { archivedAt: IsNull() }, select: { id: true, classes: true } }),
      this.dataSource.getRepository(TaskAssignment).find({ where: { taskId }, select: { unitId: true } }),
    ]);
    const has = new Set(assigned.map((a) => a.unitId));
    const counts = new Map<string, TaskClassCount>();
    for (const unit of units) {
      for (const unitClass of unit.classes) {
        const c = counts.get(unitClass) ?? { unitClass, units: 0, missing: 0 };
        c.units += 1;
        if (!has.has(unit.id)) c.missing += 1;
        counts.set(unitClass, c);
      }
    }
    return [...counts.values()].sort((a, b) => a.unitClass.localeCompare(b.unitClass, 'zh-CN'));
  }

  /** How many active units have each task of the cycle, in one grouped statement. */
  async assignedCounts(ctx: AuthContext, cycleId: string): Promise<TaskAssignedCount[]> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    const rows = await this.dataSource
      .getRepository(TaskAssignment)
      .createQueryBuilder('a')
      .innerJoin(Unit, 'u', 'u.id = a.unitId AND u.archivedAt IS NULL')
      .select('a.taskId', 'taskId')
      .addSelect('COUNT(*)', 'units')
      .where('a.cycleId = :cycleId', { cycleId })
      .groupBy('a.taskId')
      .getRawMany<{ taskId: string; units: number | string }>();
    return rows.map((r) => ({ taskId: r.taskId, units: Number(r.units) }));
  }

  private async requireTask(taskId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(TaskDefinition).existsBy({ id: taskId }))) throw AppError.notFound('任务');
  }
}
