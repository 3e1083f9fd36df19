import type { DataSource } from 'typeorm';
import type { AuditService } from './modules/audit/audit.service';
import { CalendarService } from './modules/cycles/calendar.service';
import { CycleService } from './modules/cycles/cycle.service';
import { TaskListImportService } from './modules/imports/task-list-import.service';
import { IndicatorSystemService } from './modules/indicator-systems/indicator-system.service';
import { SubmissionService, type EvidenceCheck } from './modules/submissions/submission.service';
import { TaskListService } from './modules/task-lists/task-list.service';

/**
 * The core workflow services (indicator systems → cycles → task lists → submissions), wired in
 * dependency order; services.ts spreads them into the server's services.
 */
export function createWorkflowServices(
  dataSource: DataSource,
  audit: AuditService,
  checkEvidence: EvidenceCheck,
) {
  const indicatorSystems = new IndicatorSystemService(dataSource, audit);
  const cycles = new CycleService(dataSource, audit, indicatorSystems);
  const taskLists = new TaskListService(dataSource, audit, cycles);
  const calendar = new CalendarService(dataSource, audit, (manager, workingCalendar) =>
    taskLists.recomputeDueDates(manager, workingCalendar),
  );
  const submissions = new SubmissionService(dataSource, audit, cycles, checkEvidence);
  const taskListImports = new TaskListImportService(dataSource, taskLists);
  return { indicatorSystems, cycles, calendar, taskLists, taskListImports, submissions };
}
