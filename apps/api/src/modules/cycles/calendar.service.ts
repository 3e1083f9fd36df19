import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import type { AuditContext, AuditService } from '../audit/audit.service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { CalendarOverride } from './calendar-override.entity';
import { loadWorkingCalendar } from './calendar.loader';
import type { CalendarOverrideInput } from './dto/cycle.inputs';

/** Called in the same transaction after the calendar changed; returns how many due dates moved. */
export type CalendarChanged = (manager: EntityManager, calendar: WorkingCalendar) => Promise<number>;

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The credit office's corrections to the official working-day calendar. */
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly onChanged: CalendarChanged,
  ) {}

  async list(ctx: AuthContext, year?: number | null): Promise<CalendarOverride[]> {
    requireUser(ctx);
    const qb = this.dataSource
      .getRepository(CalendarOverride)
      .createQueryBuilder('o')
      .orderBy('o.date', 'ASC');
    if (year) qb.where('o.date LIKE :prefix', { prefix: `${year}-%` });
    return qb.getMany();
  }

  /** Creates or replaces the override of one day and recomputes the due dates of unclosed periods. */
  async set(ctx: AuditContext, input: CalendarOverrideInput): Promise<CalendarOverride> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    if (!isRealDate(input.date))
      throw AppError.validation([{ field: 'date', message: `日期“${input.date}”不存在` }]);
    const reason = input.reason.trim();
    if (!reason) throw AppError.validation([{ field: 'reason', message: '请填写调整原因' }]);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarOverride, { date: input.date });
      const row = before
        ? manager.merge(CalendarOverride, before, { isWorkday: input.isWorkday, reason })
        : manager.create(CalendarOverride, { date: input.date, isWorkday: input.isWorkday, reason });
      const saved = await manager.save(CalendarOverride, row);
      const moved = await this.onChanged(manager, await loadWorkingCalendar(manager));
      await this.audit.record(manager, ctx, {
        entity: 'CalendarOverride',
        entityId: saved.id,
        action: before ? 'UPDATE' : 'CREATE',
        before,
        after: { ...saved, dueDatesMoved: moved },
      });
      return saved;
    });
  }

  async remove(ctx: AuditContext, date: string): Promise<boolean> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(CalendarOverride, { date });
      if (!before) throw AppError.notFound('该日期的日历调整');
      await manager.delete(CalendarOverride, { id: before.id });
      const moved = await this.onChanged(manager, await loadWorkingCalendar(manager));
      await this.audit.record(manager, ctx, {
        entity: 'CalendarOverride',
        entityId: before.id,
        action: 'DELETE',
        before,
        after: { dueDatesMoved: moved },
      });
      return true;
    });
  }
}
