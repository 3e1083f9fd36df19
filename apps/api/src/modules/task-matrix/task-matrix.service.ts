import type { DeadlineRule } from '@govtrust/indicators';
import { In, type DataSource } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { offsetPage, pageStart } from '../../common/pagination/offset-page';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { TaskAssignment } from '../task-lists/task-assignment.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { Unit } from '../units/unit.entity';
import { UnitKind } from '../units/unit-kind';
import type { TaskMatrixArgs } from './dto/task-matrix.args';
import type { TaskMatrixPage, TaskMatrixRow } from './dto/task-matrix.types';

type Cadence = 'monthly' | 'quarterly' | 'annual' | 'once' | 'continuous';

/** How often a deadline rule asks for a report, as the matrix counts it. */
export function cadenceOf(rule: DeadlineRule | null | undefined): Cadence {
  switch (rule?.kind) {
    case 'MONTHLY':
    case 'WORKING_DAYS_AFTER_EVENT':
      return 'monthly';
    case 'QUARTERLY':
      return 'quarterly';
    case 'ANNUAL':
      return 'annual';
    case 'FIXED':
      return 'once';
    default:
      return 'continuous';
  }
}

/**
 * The units × tasks matrix of a cycle (任务清单), one page of units at a time: the units and their
 * task counts are paged by the database, and only the page's units are counted by cadence, so a
 * province's thousands of units never travel to the browser at once. A unit's own task list is
 * `unitTasks` (read when a row is expanded).
 */
export class TaskMatrixService {
  constructor(private readonly dataSource: DataSource) {}

  async page(ctx: AuthContext, args: TaskMatrixArgs): Promise<TaskMatrixPage> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    if (!(await this.dataSource.getRepository(AssessmentCycle).existsBy({ id: args.cycleId }))) throw AppError.notFound('考核周期');
    const start = pageStart(args);
    const kind = args.unitKind ?? UnitKind.DEPARTMENT;
    const units = this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .leftJoin(TaskAssignment, 'a', 'a.unitId = u.id AND a.cycleId = :cycleId', { cycleId: args.cycleId })
      .select('u.id', 'unitId')
      .addSelect('u.name', 'unitName')
      .addSelect('u.code', 'unitCode')
      .addSelect('COUNT(a.id)', 'tasks')
      .addSelect('COUNT(*) OVER ()', 'totalCount')
      .where('u.kind = :kind AND u.archivedAt IS NULL', { kind })
      .groupBy('u.id')
      .addGroupBy('u.name')
      .addGroupBy('u.code')
      .orderBy('u.code', 'ASC');
    const search = args.search?.trim();
    if (search) units.andWhere(`(u.code LIKE :search ${LIKE_ESCAPE} OR u.name LIKE :search ${LIKE_ESCAPE})`, { search: containsPattern(search) });

    const [raw, totals] = await Promise.all([
      units.offset(start).limit(args.first ?? 20).getRawMany<{ unitId: string; unitName: string; unitCode: string; tasks: number | string; totalCount: number | string }>(),
      this.dataSource
        .getRepository(TaskAssignment)
        .createQueryBuilder('a')
        .innerJoin(Unit, 'u', 'u.id = a.unitId AND u.kind = :kind AND u.archivedAt IS NULL', { kind })
        .select('COUNT(*)', 'assignments')
        .addSelect('COUNT(DISTINCT a.unitId)', 'assignedUnits')
        .addSelect(`(SELECT COUNT(*) FROM ${this.dataSource.getMetadata(Unit).tableName} x WHERE x.kind = :kind AND x.archivedAt IS NULL)`, 'unitTotal')
        .where('a.cycleId = :cycleId', { cycleId: args.cycleId })
        .getRawOne<{ assignments: number | string; assignedUnits: number | string; unitTotal: number | string }>(),
    ]);
    const pageIds = raw.map((r) => r.unitId);
    const [byCadence, inPeriod] = pageIds.length === 0 ? [new Map(), new Map()] : await Promise.all([this.cadenceCounts(args.cycleId, pageIds), this.periodCounts(args.periodId, pageIds)]);
    const nodes = raw.map((r): TaskMatrixRow => ({
      unitId: r.unitId,
      unitName: r.unitName,
      unitCode: r.unitCode,
      tasks: Number(r.tasks),
      monthly: 0,
      quarterly: 0,
      annual: 0,
      once: 0,
      continuous: 0,
      ...byCadence.get(r.unitId),
      inPeriod: inPeriod.get(r.unitId) ?? 0,
    }));
    const totalCount = raw.length > 0 ? Number(raw[0]!.totalCount) : start === 0 ? 0 : (await units.offset(undefined).limit(undefined).getRawMany()).length;
    return {
      ...offsetPage(nodes, start, totalCount),
      assignments: Number(totals?.assignments ?? 0),
      assignedUnits: Number(totals?.assignedUnits ?? 0),
      unitTotal: Number(totals?.unitTotal ?? 0),
    };
  }

  /** The page's units' tasks by cadence: counted per distinct deadline rule, folded here. */
  private async cadenceCounts(cycleId: string, unitIds: string[]): Promise<Map<string, Record<Cadence, number>>> {
    const rows = await this.dataSource
      .getRepository(TaskAssignment)
      .createQueryBuilder('a')
      .innerJoin(TaskDefinition, 't', 't.id = a.taskId')
      .select('a.unitId', 'unitId')
      .addSelect('t.deadline', 'deadline')
      .addSelect('COUNT(*)', 'tasks')
      .where('a.cycleId = :cycleId AND a.unitId IN (:...unitIds)', { cycleId, unitIds })
      .groupBy('a.unitId')
      .addGroupBy('t.deadline')
      .getRawMany<{ unitId: string; deadline: string; tasks: number | string }>();
    const result = new Map<string, Record<Cadence, number>>();
    for (const row of rows) {
      const counts = result.get(row.unitId) ?? { monthly: 0, quarterly: 0, annual: 0, once: 0, continuous: 0 };
      counts[cadenceOf(JSON.parse(row.deadline) as DeadlineRule)] += Number(row.tasks);
      result.set(row.unitId, counts);
    }
    return result;
  }

  /** Tasks of each unit due in the period (a task_due row exists exactly for those). */
  private async periodCounts(periodId: string | null | undefined, unitIds: string[]): Promise<Map<string, number>> {
    if (!periodId) return new Map();
    const rows = await this.dataSource
      .getRepository(TaskDue)
      .createQueryBuilder('d')
      .select('d.unitId', 'unitId')
      .addSelect('COUNT(*)', 'tasks')
      .where({ periodId, unitId: In(unitIds) })
      .groupBy('d.unitId')
      .getRawMany<{ unitId: string; tasks: number | string }>();
    return new Map(rows.map((r) => [r.unitId, Number(r.tasks)]));
  }
}
