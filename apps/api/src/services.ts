import type { DataSource } from 'typeorm';
import type { Env } from './env';
import { AccountService } from './modules/accounts/account.service';
import { AuthService } from './modules/accounts/auth.service';
import { LoginThrottle } from './modules/accounts/login-throttle';
import { SessionService } from './modules/accounts/session.service';
import { ApiTokenService } from './modules/api-tokens/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { EvidenceService } from './modules/evidence/evidence.service';
import { ExportService } from './modules/exports/export.service';
import { ExportJobFiles, exportJobDir } from './modules/export-jobs/export-job-files';
import { ExportJobService } from './modules/export-jobs/export-job.service';
import { RecomputeJobService } from './modules/export-jobs/recompute-job.service';
import { createEvidenceStorage } from './modules/evidence/create-evidence-storage';
import { UnitImportService } from './modules/imports/unit-import.service';
import { PeriodProgressService } from './modules/period-progress/period-progress.service';
import { createScoreServices } from './modules/scores/score-services';
import { TaskMatrixService } from './modules/task-matrix/task-matrix.service';
import { TaskUnitsService } from './modules/task-matrix/task-units.service';
import { UnitService } from './modules/units/unit.service';
import { validateUscc } from './modules/units/uscc';
import { WarningRuleService } from './modules/warnings/warning-rule.service';
import { WarningService } from './modules/warnings/warning.service';
import { connectWarningsToScores } from './modules/warnings/score-source';
import { createWorkflowServices } from './workflow-services';

/**
 * The services of one server instance, wired by hand (no container): resolvers reach them as
 * `ctx.services.x`, each method takes the request context first. A new module adds its service here.
 */
export function createServices(dataSource: DataSource, env: Env) {
  const audit = new AuditService(dataSource);
  const sessions = new SessionService(dataSource, env.SESSION_TTL_HOURS * 3_600_000);
  const throttle = new LoginThrottle(env.LOGIN_IP_LIMIT, env.LOGIN_WINDOW_MINUTES * 60_000);
  const warnings = new WarningService(dataSource, audit);
  const services = {
    audit,
    sessions,
    auth: new AuthService(dataSource, audit, sessions, throttle, env.bcryptRounds),
    accounts: new AccountService(dataSource, audit, sessions, env.bcryptRounds),
    units: new UnitService(dataSource, audit, validateUscc),
    evidence: new EvidenceService(dataSource, audit, createEvidenceStorage(env)),
    unitImports: new UnitImportService(dataSource, audit, validateUscc),
    warningRules: new WarningRuleService(dataSource, audit),
    warnings,
    apiTokens: new ApiTokenService(dataSource, audit, sessions),
    periodProgress: new PeriodProgressService(dataSource),
    taskMatrix: new TaskMatrixService(dataSource),
    taskUnits: new TaskUnitsService(dataSource),
  };
  const workflow = createWorkflowServices(dataSource, audit, (manager, ids, unitId) =>
    services.evidence.assertOwnedBy(manager, ids, unitId),
  );
  const scoring = createScoreServices(dataSource, audit, workflow.submissions, workflow.cycles);
  connectWarningsToScores(warnings, scoring.scores, dataSource);
  const exports = new ExportService(dataSource, warnings, scoring.scoreReports);
  const exportLog = (error: unknown) => {
    if (env.NODE_ENV !== 'test') console.error('[export-jobs]', error);
  };
  // exports and recomputes share one job table and one runner: one background job at a time
  const exportJobs = new ExportJobService(dataSource, audit, exports, new ExportJobFiles(exportJobDir(env)), exportLog);
  return {
    ...services,
    ...workflow,
    ...scoring,
    exports,
    exportJobs,
    recomputeJobs: new RecomputeJobService(dataSource, scoring.scores, exportJobs.runner, exportLog),
  };
}

export type Services = ReturnType<typeof createServices>;
