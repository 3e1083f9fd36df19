import type { EntityManager } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { CalendarOverride } from './calendar-override.entity';

/** The working calendar with the credit office's overrides (a few rows; read per use, never cached). */
export async function loadWorkingCalendar(manager: EntityManager): Promise<WorkingCalendar> {
  const rows = await manager.find(CalendarOverride);
  return new WorkingCalendar(new Map(rows.map((row) => [row.date, row.isWorkday])));
}
