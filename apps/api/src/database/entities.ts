import { Account } from '../modules/accounts/account.entity';
import { ApiToken } from '../modules/api-tokens/api-token.entity';
import { Session } from '../modules/accounts/session.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Evidence } from '../modules/evidence/evidence.entity';
import { ExportJob } from '../modules/export-jobs/export-job.entity';
import { GradeOverride } from '../modules/scores/grade-override.entity';
import { MonitoringEntry } from '../modules/scores/monitoring-entry.entity';
import { PublishedCard, PublishedResult } from '../modules/scores/published-result.entity';
import { ScoreCardRecord } from '../modules/scores/score-card-record.entity';
import { Unit } from '../modules/units/unit.entity';
import { AssessmentCycle } from '../modules/cycles/assessment-cycle.entity';
import { CalendarOverride } from '../modules/cycles/calendar-override.entity';
import { LockException } from '../modules/cycles/lock-exception.entity';
import { Period } from '../modules/cycles/period.entity';
import { IndicatorSystemVersion } from '../modules/indicator-systems/indicator-system-version.entity';
import { IdempotencyKey } from '../modules/submissions/idempotency-key.entity';
import { Submission } from '../modules/submissions/submission.entity';
import { SubmissionTransition } from '../modules/submissions/submission-transition.entity';
import { TaskAssignment } from '../modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../modules/task-lists/task-definition.entity';
import { TaskDue } from '../modules/task-lists/task-due.entity';
import { WarningRule } from '../modules/warnings/warning-rule.entity';
import { Warning } from '../modules/warnings/warning.entity';

/** Core workflow: indicator systems, cycles and periods, task lists, submissions. */
export const workflowEntities = [
  IndicatorSystemVersion,
  AssessmentCycle,
  Period,
  LockException,
  CalendarOverride,
  TaskDefinition,
  TaskAssignment,
  TaskDue,
  Submission,
  SubmissionTransition,
  IdempotencyKey,
];

/** Scores: computed cards (with history), monitoring data, grade overrides, publications. */
export const scoreEntities = [ScoreCardRecord, MonitoringEntry, GradeOverride, PublishedResult, PublishedCard];

/** Every entity, listed explicitly (no globs: the same list works under tsx, jest and dist). */
export const entities = [Account, Session, Unit, AuditLog, ...workflowEntities, Evidence, ...scoreEntities, WarningRule, Warning, ApiToken, ExportJob];
