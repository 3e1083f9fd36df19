import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker';
import { readOnlyGuard } from './common/auth/read-only';
import { AccountResolver } from './modules/accounts/account.resolver';
import { AuthResolver } from './modules/accounts/auth.resolver';
import { ApiTokenResolver } from './modules/api-tokens/api-token.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { EvidenceResolver } from './modules/evidence/evidence.resolver';
import { ExportJobResolver } from './modules/export-jobs/export-job.resolver';
import { RecomputeJobResolver } from './modules/export-jobs/recompute-job.resolver';
import { CalendarResolver } from './modules/cycles/calendar.resolver';
import { CycleResolver } from './modules/cycles/cycle.resolver';
import { IndicatorSystemResolver } from './modules/indicator-systems/indicator-system.resolver';
import { PeriodProgressResolver } from './modules/period-progress/period-progress.resolver';
import { scoreResolvers } from './modules/scores/score.resolver';
import { SubmissionResolver } from './modules/submissions/submission.resolver';
import { TaskExemptionResolver } from './modules/submissions/task-exemption.resolver';
import { TaskListResolver } from './modules/task-lists/task-list.resolver';
import { TaskMatrixResolver } from './modules/task-matrix/task-matrix.resolver';
import { UnitResolver } from './modules/units/unit.resolver';
import { WarningResolver, WarningRuleResolver } from './modules/warnings/warning.resolver';

/** Core workflow: indicator systems, cycles, calendar, task lists, submissions. */
const workflowResolvers = [
  IndicatorSystemResolver,
  CycleResolver,
  CalendarResolver,
  TaskListResolver,
  SubmissionResolver,
  TaskExemptionResolver,
  PeriodProgressResolver,
  TaskMatrixResolver,
];

/** Every resolver of the API; a new module appends its resolvers here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  AccountResolver,
  UnitResolver,
  AuditResolver,
  EvidenceResolver,
  ...workflowResolvers,
  ...scoreResolvers,
  WarningRuleResolver,
  WarningResolver,
  ApiTokenResolver,
  ExportJobResolver,
  RecomputeJobResolver,
];

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [readOnlyGuard],
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL checked in as apps/api/schema.graphql (sorted, so diffs are stable). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
