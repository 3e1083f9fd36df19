import type { InputField } from '@govtrust/indicators';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Account } from '../../src/modules/accounts/account.entity';
import { AssessmentCycle } from '../../src/modules/cycles/assessment-cycle.entity';
import { IndicatorSystemVersion } from '../../src/modules/indicator-systems/indicator-system-version.entity';
import { GradeOverride } from '../../src/modules/scores/grade-override.entity';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { WarningRule } from '../../src/modules/warnings/warning-rule.entity';
import { Role, TEST_PASSWORD } from '../utils/fixtures';
import type { TestServer } from '../utils/test-server';
import type { Caller, MatrixFx, Principal } from './matrix-fixture';

type Vars = Record<string, unknown>;

export interface StepContext {
  t: TestServer;
  fx: MatrixFx;
  /** what earlier steps kept, by their `keep` name */
  state: Map<string, unknown>;
  caller: Caller;
}

export interface SuccessStep {
  mutation: string;
  as: Principal;
  vars: (c: StepContext) => Vars | Promise<Vars>;
  /** sign in afresh (the step ends or changes the session) */
  fresh?: boolean;
  select?: string;
  /** keep the answer under this name for later steps */
  keep?: string;
  /**
   * Audit rows the step writes when that is not one, counted after it ran. Only the task-list
   * import has this: a row per unit whose list it set (so each unit's audit trail shows it) and
   * one summary row.
   */
  auditRows?: (c: StepContext) => Promise<number>;
}

async function versionOf<T extends ObjectLiteral & { version: number }>(t: TestServer, entity: EntityTarget<T>, where: Vars): Promise<number> {
  const row = await t.dataSource.getRepository(entity).findOneByOrFail(where as never);
  return (row as { version: number }).version;
}

const kept = <T>(c: StepContext, name: string): T => {
  if (!c.state.has(name)) throw new Error(`step "${name}" did not run`);
  return c.state.get(name) as T;
};

const SYSTEM = 'genhe-assessment-2023';

/** A complete, valid answer for every input of a task, so it can be submitted. */
function completeValues(inputs: InputField[]): Vars {
  const value = (field: InputField): unknown => {
    switch (field.type) {
      case 'count':
        return 1;
      case 'rate':
        return { numerator: 1, denominator: 2 };
      case 'amount':
        return String(field.min ?? 1);
      case 'boolean':
        return true;
      case 'checklist':
        return field.options.slice(0, 1).map((o) => o.code);
      case 'choice':
        return field.options[0]?.code ?? null;
      case 'text':
        return '已按要求落实';
    }
  };
  return Object.fromEntries(inputs.map((field) => [field.key, value(field)]));
}
const submissionVersion = (c: StepContext) => versionOf(c.t, Submission, { id: c.fx.own.submissionId });
const act = async (c: StepContext) => ({ input: { submissionId: c.fx.own.submissionId, expectedVersion: await submissionVersion(c) } });
const because = async (c: StepContext) => ({ input: { ...(await act(c)).input, reason: '审计核对' } });

/**
 * One successful run of every mutation, in an order where each step finds what it needs: the own
 * unit's draft goes through sign-off, return, approval and reopening; config is created, changed
 * and removed again; accounts and tokens are made and retired.
 */
export const SUCCESS_PATH: SuccessStep[] = [
  // ---- accounts, sessions, tokens ----
  { mutation: 'login', as: 'ANONYMOUS', vars: (c) => ({ username: c.fx.loginUsername, password: c.fx.loginPassword }), select: 'token' },
  { mutation: 'changePassword', as: Role.LEADER, fresh: true, vars: () => ({ oldPassword: TEST_PASSWORD, newPassword: 'N3w!passw0rd-audit' }) },
  { mutation: 'logout', as: Role.LEADER, fresh: true, vars: () => ({}) },
  {
    mutation: 'createAccount',
    as: Role.ADMIN,
    vars: (c) => ({ input: { username: 'audit.sweep', displayName: '审计核对', password: 'Passw0rd!audit', role: 'UNIT_SUBMITTER', unitId: c.fx.own.unitId } }),
    select: 'id version',
    keep: 'account',
  },
  {
    mutation: 'updateAccount',
    as: Role.ADMIN,
    vars: async (c) => {
      const { id } = kept<{ id: string }>(c, 'account');
      return { input: { id, version: await versionOf(c.t, Account, { id }), displayName: '审计核对二' } };
    },
  },
  { mutation: 'resetPassword', as: Role.ADMIN, vars: (c) => ({ id: kept<{ id: string }>(c, 'account').id, newPassword: 'Passw0rd!reset-audit' }) },
  {
    mutation: 'deactivateAccount',
    as: Role.ADMIN,
    vars: async (c) => {
      const { id } = kept<{ id: string }>(c, 'account');
      return { id, version: await versionOf(c.t, Account, { id }) };
    },
  },
  { mutation: 'createApiToken', as: Role.CREDIT_OFFICE, vars: () => ({ name: '审计核对' }), select: 'apiToken { id }', keep: 'token' },
  { mutation: 'revokeApiToken', as: Role.CREDIT_OFFICE, vars: (c) => ({ id: kept<{ apiToken: { id: string } }>(c, 'token').apiToken.id }) },

  // ---- units ----
  {
    mutation: 'createUnit',
    as: Role.ADMIN,
    vars: (c) => ({ input: { code: 'GH-AUDIT', name: '审计核对局', kind: 'DEPARTMENT', parentId: c.fx.parentId, classes: ['审计类'] } }),
    select: 'id version',
    keep: 'unit',
  },
  {
    mutation: 'updateUnit',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => {
      const { id } = kept<{ id: string }>(c, 'unit');
      return { input: { id, version: await versionOf(c.t, Unit, { id }), name: '审计核对局（改）' } };
    },
  },

  // ---- calendar, indicator systems, cycles ----
  { mutation: 'setCalendarOverride', as: Role.CREDIT_OFFICE, vars: () => ({ input: { date: '2023-10-07', isWorkday: true, reason: '调休' } }) },
  { mutation: 'removeCalendarOverride', as: Role.CREDIT_OFFICE, vars: () => ({ date: '2023-10-07' }) },
  { mutation: 'importIndicatorSystemPreset', as: Role.CREDIT_OFFICE, vars: () => ({ presetId: 'nmg-quarterly-2022' }) },
  {
    mutation: 'saveIndicatorSystemDraft',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => {
      const published = await c.t.dataSource.getRepository(IndicatorSystemVersion).findOneByOrFail({ systemKey: SYSTEM, systemVersion: 1 });
      return { key: SYSTEM, definition: published.definition, expectedVersion: published.version };
    },
    select: 'systemVersion version',
    keep: 'draft',
  },
  {
    mutation: 'publishIndicatorSystem',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({ key: SYSTEM, expectedVersion: kept<{ version: number }>(c, 'draft').version }),
  },
  {
    mutation: 'adoptIndicatorSystemVersion',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => ({
      cycleId: c.fx.cycleId,
      systemVersion: kept<{ systemVersion: number }>(c, 'draft').systemVersion,
      expectedVersion: await versionOf(c.t, AssessmentCycle, { id: c.fx.cycleId }),
    }),
  },
  {
    mutation: 'createCycle',
    as: Role.CREDIT_OFFICE,
    vars: () => ({ input: { name: '审计核对周期', year: 2024, systemKey: SYSTEM, systemVersion: 1 } }),
    select: 'id periods { id kind index }',
    keep: 'cycle',
  },
  {
    mutation: 'importTaskListPreset',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({ cycleId: kept<{ id: string }>(c, 'cycle').id, presetId: 'genhe-tasks-2023' }),
    auditRows: async (c) => {
      const cycleId = kept<{ id: string }>(c, 'cycle').id;
      const units = await c.t.dataSource
        .getRepository(TaskAssignment)
        .createQueryBuilder('a')
        .select('COUNT(DISTINCT a.unitId)', 'n')
        .where('a.cycleId = :cycleId', { cycleId })
        .getRawOne<{ n: string }>();
      return Number(units!.n) + 1;
    },
  },
  { mutation: 'openPeriod', as: Role.CREDIT_OFFICE, vars: (c) => ({ id: kept<{ periods: Array<{ id: string }> }>(c, 'cycle').periods[0]!.id }) },
  { mutation: 'closePeriod', as: Role.CREDIT_OFFICE, vars: (c) => ({ id: kept<{ periods: Array<{ id: string }> }>(c, 'cycle').periods[0]!.id }) },
  {
    mutation: 'grantLockException',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({
      input: { periodId: c.fx.january, unitId: kept<{ id: string }>(c, 'unit').id, reason: '补报', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
    select: 'id',
    keep: 'lock',
  },
  { mutation: 'revokeLockException', as: Role.CREDIT_OFFICE, vars: (c) => ({ id: kept<{ id: string }>(c, 'lock').id }) },

  // ---- task lists ----
  { mutation: 'assignTask', as: Role.CREDIT_OFFICE, vars: (c) => ({ taskId: c.fx.own.taskId, unitId: kept<{ id: string }>(c, 'unit').id }) },
  { mutation: 'unassignTask', as: Role.CREDIT_OFFICE, vars: (c) => ({ taskId: c.fx.own.taskId, unitId: kept<{ id: string }>(c, 'unit').id }) },
  {
    mutation: 'bulkAssignByUnitClass',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({ cycleId: c.fx.cycleId, taskId: c.fx.own.taskId, unitClass: '审计类' }),
  },
  {
    mutation: 'updateTaskDefinition',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => ({ input: { id: c.fx.own.taskId, expectedVersion: await versionOf(c.t, TaskDefinition, { id: c.fx.own.taskId }), title: '审计核对' } }),
  },
  { mutation: 'archiveUnit', as: Role.ADMIN, vars: async (c) => {
    const { id } = kept<{ id: string }>(c, 'unit');
    return { id, version: await versionOf(c.t, Unit, { id }) };
  } },

  // ---- the own unit's submission, through every transition ----
  {
    mutation: 'saveSubmissionDraft',
    as: Role.UNIT_SUBMITTER,
    vars: async (c) => {
      const task = await c.t.dataSource.getRepository(TaskDefinition).findOneByOrFail({ id: c.fx.own.taskId });
      return {
        input: {
          taskId: task.id,
          periodId: c.fx.march,
          values: completeValues(task.inputs),
          evidenceIds: [c.fx.own.evidenceId],
          expectedVersion: await submissionVersion(c),
        },
      };
    },
  },
  { mutation: 'submitSubmission', as: Role.UNIT_SUBMITTER, vars: act },
  { mutation: 'approverReject', as: Role.UNIT_APPROVER, vars: because },
  { mutation: 'submitSubmission', as: Role.UNIT_SUBMITTER, vars: act },
  { mutation: 'approverSignOff', as: Role.UNIT_APPROVER, vars: act },
  { mutation: 'returnSubmission', as: Role.CREDIT_OFFICE, vars: because },
  { mutation: 'submitSubmission', as: Role.UNIT_SUBMITTER, vars: act },
  { mutation: 'approverSignOff', as: Role.UNIT_APPROVER, vars: act },
  { mutation: 'approveSubmission', as: Role.CREDIT_OFFICE, vars: act },
  { mutation: 'reopenSubmission', as: Role.CREDIT_OFFICE, vars: because },

  // ---- monitoring, scores, warnings, exports ----
  { mutation: 'enterMonitoringValues', as: Role.EVALUATOR, vars: (c) => ({ input: { periodId: c.fx.year, unitId: c.fx.own.unitId, values: {} } }) },
  { mutation: 'recomputeScores', as: Role.CREDIT_OFFICE, vars: (c) => ({ periodId: c.fx.year }) },
  // the job's one audit row is the recompute's RECOMPUTE_SCORES, written when the job finishes
  { mutation: 'startRecompute', as: Role.CREDIT_OFFICE, vars: (c) => ({ periodId: c.fx.year, idempotencyKey: 'audit-sweep-recompute' }) },
  {
    mutation: 'overrideGrade',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({ input: { periodId: c.fx.march, unitId: c.fx.own.unitId, grade: 'YELLOW', reason: '存在严重失信行为' } }),
  },
  {
    mutation: 'clearGradeOverride',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => ({
      periodId: c.fx.march,
      unitId: c.fx.own.unitId,
      expectedVersion: await versionOf(c.t, GradeOverride, { periodId: c.fx.march, unitId: c.fx.own.unitId }),
    }),
  },
  { mutation: 'publishPeriodResults', as: Role.CREDIT_OFFICE, vars: (c) => ({ input: { periodId: c.fx.year, force: true, reason: '审计核对' } }) },
  { mutation: 'startExport', as: Role.LEADER, vars: (c) => ({ input: { kind: 'RANKING', periodId: c.fx.march } }) },
  {
    mutation: 'createWarningRule',
    as: Role.CREDIT_OFFICE,
    vars: (c) => ({ input: { cycleId: c.fx.cycleId, kind: 'TOTAL_BELOW', name: '总分偏低', threshold: '60' } }),
    select: 'id',
    keep: 'rule',
  },
  {
    mutation: 'updateWarningRule',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => {
      const { id } = kept<{ id: string }>(c, 'rule');
      return { input: { id, version: await versionOf(c.t, WarningRule, { id }), threshold: '55' } };
    },
  },
  { mutation: 'acknowledgeWarning', as: Role.UNIT_SUBMITTER, vars: (c) => ({ id: c.fx.own.warningId, note: '已整改' }) },
  { mutation: 'evaluateWarnings', as: Role.CREDIT_OFFICE, vars: (c) => ({ periodId: c.fx.march }) },
  {
    mutation: 'deleteWarningRule',
    as: Role.CREDIT_OFFICE,
    vars: async (c) => {
      const { id } = kept<{ id: string }>(c, 'rule');
      return { id, version: await versionOf(c.t, WarningRule, { id }) };
    },
  },
];
