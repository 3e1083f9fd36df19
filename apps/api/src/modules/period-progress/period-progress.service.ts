import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import type { Page } from '../../common/pagination/connection.type';
import { offsetPage, pageStart } from '../../common/pagination/offset-page';
import { LIKE_ESCAPE, containsPattern } from '../../database/like';
import { chinaDate } from '../calendar/due-dates';
import { Period } from '../cycles/period.entity';
import { SubmissionState } from '../submissions/submission-enums';
import { Submission } from '../submissions/submission.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { Unit } from '../units/unit.entity';
import type { UnitProgressArgs } from './dto/period-progress.args';
import type { DeadlineGroup, PeriodProgressSummary, ProgressCounts, UnitProgressRow } from './dto/period-progress.types';

/** Sent to the credit office or beyond: not a draft, not waiting for the unit's own approver. */
const SENT = [SubmissionState.SUBMITTED, SubmissionState.RESUBMITTED, SubmissionState.RETURNED, SubmissionState.APPROVED];

const NOT_SENT = '(s.state IS NULL OR s.state NOT IN (:...sent))';
const COUNTS = {
  expected: 'COUNT(*)',
  submitted: 'SUM(CASE WHEN s.state IN (:...sent) THEN 1 ELSE 0 END)',
  approved: 'SUM(CASE WHEN s.state = :approved THEN 1 ELSE 0 END)',
  returned: 'SUM(CASE WHEN s.state = :returned THEN 1 ELSE 0 END)',
  missing: `SUM(CASE WHEN ${NOT_SENT} THEN 1 ELSE 0 END)`,
  overdue: `SUM(CASE WHEN ${NOT_SENT} AND d.dueDate < :today THEN 1 ELSE 0 END)`,
} as const;

type RawCounts = Record<keyof typeof COUNTS, number | string | null>;

function counts(raw: RawCounts): ProgressCounts {
  const n = (v: number | string | null) => Number(v ?? 0);
  return { expected: n(raw.expected), submitted: n(raw.submitted), approved: n(raw.approved), returned: n(raw.returned), missing: n(raw.missing), overdue: n(raw.overdue) };
}

/**
 * Reporting progress of a period (工作台): what each unit was expected to report (its task_due
 * rows, archived units left out) against the submissions that arrived, counted by the database
 * so a province-sized period is a few grouped statements, not every submission sent to the browser.
 */
export class PeriodProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async summary(ctx: AuthContext, periodId: string): Promise<PeriodProgressSummary> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    await this.requirePeriod(periodId);
    const today = chinaDate(this.clock());
    const base = this.duesOf(periodId, today);
    for (const [alias, expression] of Object.entries(COUNTS)) base.addSelect(expression, alias);
    const [totals, deadlines] = await Promise.all([
      base.addSelect('COUNT(DISTINCT d.unitId)', 'units').getRawOne<RawCounts & { units: number | string }>(),
      this.duesOf(periodId, today)
        .select('d.dueDate', 'dueDate')
        .addSelect('COUNT(*)', 'tasks')
        .addSelect(COUNTS.missing, 'open')
        .andWhere('d.dueDate IS NOT NULL')
        .groupBy('d.dueDate')
        .orderBy('d.dueDate', 'ASC')
        .getRawMany<{ dueDate: string; tasks: number | string; open: number | string | null }>(),
    ]);
    return {
      periodId,
      today,
      units: Number(totals?.units ?? 0),
      ...counts(totals ?? ({} as RawCounts)),
      deadlines: deadlines.map((d): DeadlineGroup => ({ dueDate: d.dueDate, tasks: Number(d.tasks), open: Number(d.open ?? 0) })),
    };
  }

  /** One page of units, those with the most outstanding work first (then returned, then name). */
  async units(ctx: AuthContext, args: UnitProgressArgs): Promise<Page<UnitProgressRow>> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    await this.requirePeriod(args.periodId);
    const start = pageStart(args);
    const qb = this.duesOf(args.periodId, chinaDate(this.clock()))
      .select('d.unitId', 'unitId')
      .addSelect('u.name', 'unitName')
      .addSelect('u.code', 'unitCode')
      .addSelect('COUNT(*) OVER ()', 'totalCount')
      .groupBy('d.unitId')
      .addGroupBy('u.name')
      .addGroupBy('u.code');
    for (const [alias, expression] of Object.entries(COUNTS)) qb.addSelect(expression, alias);
    const search = args.search?.trim();
    if (search) qb.andWhere(`(u.code LIKE :search ${LIKE_ESCAPE} OR u.name LIKE :search ${LIKE_ESCAPE})`, { search: containsPattern(search) });
    if (args.outstandingOnly) qb.having(`${COUNTS.missing} > 0 OR ${COUNTS.returned} > 0`);
    qb.orderBy(COUNTS.missing, 'DESC').addOrderBy(COUNTS.returned, 'DESC').addOrderBy('u.name', 'ASC').addOrderBy('d.unitId', 'ASC');
    const raw = await qb.offset(start).limit(args.first ?? 20).getRawMany<RawCounts & { unitId: string; unitName: string; unitCode: string; totalCount: number | string }>();
    // past the last row the window function has nothing to count on: count the groups once more
    const totalCount = raw.length > 0 ? Number(raw[0]!.totalCount) : start === 0 ? 0 : (await qb.offset(undefined).limit(undefined).getRawMany()).length;
    return offsetPage(
      raw.map((r) => ({ unitId: r.unitId, unitName: r.unitName, unitCode: r.unitCode, ...counts(r) })),
      start,
      totalCount,
    );
  }

  /** task_due rows of the period, each with its unit (not archived) and its submission if any. */
  private duesOf(periodId: string, today: string): SelectQueryBuilder<TaskDue> {
    return this.dataSource
      .getRepository(TaskDue)
      .createQueryBuilder('d')
      .innerJoin(Unit, 'u', 'u.id = d.unitId AND u.archivedAt IS NULL')
      .leftJoin(Submission, 's', 's.unitId = d.unitId AND s.taskId = d.taskId AND s.periodId = d.periodId')
      .where('d.periodId = :periodId', { periodId })
      .setParameters({ sent: SENT, approved: SubmissionState.APPROVED, returned: SubmissionState.RETURNED, today })
      .select([]);
  }

  private async requirePeriod(periodId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Period).existsBy({ id: periodId }))) throw AppError.notFound('期次');
  }
}
