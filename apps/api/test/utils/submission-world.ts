import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { Role } from './fixtures';
import type { GqlClient } from './gql-client';
import type { TestServer } from './test-server';
import {
  CREATE_CYCLE,
  createEvidenceFixture,
  createGenheUnits,
  findPeriod,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from './workflow-fixtures';

export const SUBMISSION_FIELDS = 'id state version values evidenceIds unitId';
export const SAVE = `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMIT = `mutation($input: SubmissionActionInput!) { submitSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const APPROVE = `mutation($input: SubmissionActionInput!) { approveSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const RETURN = `mutation($input: SubmissionReasonInput!) { returnSubmission(input: $input) { ${SUBMISSION_FIELDS} } }`;

/** FGW's yearly task with a rate, a count and at least one evidence file */
export const FGW_TASK = 'GH-FGW-19';
export const RATE = 'public_body_debtor_rectification_rate';
export const COUNT = 'dishonest_debtor_records';

export interface SubmissionRow {
  id: string;
  state: string;
  version: number;
  values: Record<string, unknown>;
  evidenceIds: string[];
  unitId: string;
}

export interface SubmissionWorld {
  officeToken: string;
  units: Map<string, Unit>;
  cycle: CycleRow;
  yearPeriodId: string;
  taskIds: Map<string, string>;
  /** a signed-in submitter of `unitCode` and one evidence row of that unit */
  submitterOf(unitCode: string): Promise<{ token: string; id: string; unitId: string; evidenceId: string }>;
}

/**
 * The Genhe units, the 2023 system published, a cycle without the approver step (submit goes
 * straight to the office) and the 2023 task list, the yearly period open.
 */
export async function createSubmissionWorld(t: TestServer): Promise<SubmissionWorld> {
  const officeToken = await t.loginAs(Role.CREDIT_OFFICE);
  const units = await createGenheUnits(t.dataSource);
  const version = await publishPreset(t, officeToken, 'genhe-assessment-2023');
  const created = await t.gql<{ createCycle: CycleRow }>(
    CREATE_CYCLE,
    {
      input: {
        name: '2023年度根河市社会信用体系建设考核',
        year: 2023,
        systemKey: 'genhe-assessment-2023',
        systemVersion: version,
        taskListKey: 'genhe-tasks-2023',
        requiresApproverSignOff: false,
      },
    },
    { token: officeToken },
  );
  const cycle = created.data?.createCycle;
  if (!cycle) throw new Error(`createCycle failed: ${JSON.stringify(created.errors)}`);
  const imported = await t.gql(
    `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`,
    { c: cycle.id },
    { token: officeToken },
  );
  if (imported.errors) throw new Error(`task import failed: ${JSON.stringify(imported.errors)}`);
  const yearPeriodId = findPeriod(cycle, 'YEAR', 1).id;
  const opened = await t.gql(
    `mutation($id: ID!) { openPeriod(id: $id) { status } }`,
    { id: yearPeriodId },
    { token: officeToken },
  );
  if (opened.errors) throw new Error(`openPeriod failed: ${JSON.stringify(opened.errors)}`);
  const taskIds = new Map<string, string>();
  for (const task of await t.dataSource.getRepository(TaskDefinition).find()) taskIds.set(task.code, task.id);
  return {
    officeToken,
    units,
    cycle,
    yearPeriodId,
    taskIds,
    submitterOf: async (unitCode) => {
      const unitId = units.get(unitCode)?.id;
      if (!unitId) throw new Error(`no unit ${unitCode}`);
      const who = await loginUnitUser(t, Role.UNIT_SUBMITTER, unitId);
      const evidence = await createEvidenceFixture(t.dataSource, unitId, who.id);
      return { ...who, unitId, evidenceId: evidence.id };
    },
  };
}

/** Saves and submits FGW's yearly task through the API; returns the SUBMITTED row. */
export async function submitFgwTask(
  gql: GqlClient,
  world: SubmissionWorld,
  submitter: { token: string; evidenceId: string },
): Promise<SubmissionRow> {
  const saved = await gql<{ saveSubmissionDraft: SubmissionRow }>(
    SAVE,
    {
      input: {
        taskId: world.taskIds.get(FGW_TASK),
        periodId: world.yearPeriodId,
        values: { [RATE]: { numerator: 18, denominator: 20 }, [COUNT]: 3 },
        evidenceIds: [submitter.evidenceId],
      },
    },
    { token: submitter.token },
  );
  const draft = saved.data?.saveSubmissionDraft;
  if (!draft) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  const submitted = await gql<{ submitSubmission: SubmissionRow }>(
    SUBMIT,
    { input: { submissionId: draft.id, expectedVersion: draft.version } },
    { token: submitter.token },
  );
  const row = submitted.data?.submitSubmission;
  if (!row) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return row;
}
