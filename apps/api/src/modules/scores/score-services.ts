import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { CycleService } from '../cycles/cycle.service';
import type { SubmissionService } from '../submissions/submission.service';
import { MonitoringService } from './monitoring.service';
import { ScoreReportService } from './score-reports.service';
import { ScoringService } from './scores.service';

/**
 * Scoring, monitoring data and leadership reports; wires the recompute after every approval or
 * reopening of a submission (SubmissionService.onApprovedDataChanged) and after a cycle moved to
 * another system version (CycleService.onSystemChanged).
 */
export function createScoreServices(
  dataSource: DataSource,
  audit: AuditService,
  submissions: SubmissionService,
  cycles?: CycleService,
) {
  const scores = new ScoringService(dataSource, audit);
  submissions.onApprovedDataChanged.push((periodId) => scores.onSubmissionChanged(periodId));
  cycles?.onSystemChanged.push(async (cycleId) => {
    await scores.onCycleSystemChanged(cycleId);
  });
  return {
    scores,
    monitoring: new MonitoringService(dataSource, audit, scores),
    scoreReports: new ScoreReportService(dataSource),
  };
}
