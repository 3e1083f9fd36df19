import { Warning } from '../../src/modules/warnings/warning.entity';
import { WarningKind, WarningSeverity, WarningStatus } from '../../src/modules/warnings/warning-enums';
import { createAccountFixture, Role, TEST_PASSWORD } from '../utils/fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../utils/test-server';
import { minimalPdf } from '../utils/sample-files';
import {
  CREATE_CYCLE,
  createGenheUnits,
  findPeriod,
  loginStaff,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from '../utils/workflow-fixtures';

/** Everything one unit owns that an operation can name. */
export interface UnitData {
  unitId: string;
  accountId: string;
  taskId: string;
  submissionId: string;
  evidenceId: string;
  warningId: string;
  lockExceptionId: string;
}

/** The world every matrix row is run against: two units (`own` is the unit users' unit) and shared config. */
export interface MatrixFx {
  own: UnitData;
  other: UnitData;
  parentId: string;
  cycleId: string;
  march: string;
  january: string;
  year: string;
  /** an account nobody signs in with: the target of deactivate / reset / update */
  victimAccountId: string;
  /** an export job the credit office started: its role may read it, nobody else */
  officeExportJobId: string;
  /** a recompute job the credit office started (finished before any test runs): its role may read it, nobody else */
  officeRecomputeJobId: string;
  /** an API token of the credit office that revokeApiToken may aim at */
  spareApiTokenId: string;
  randomId: string;
  /** an account the login row signs in with */
  loginUsername: string;
  loginPassword: string;
}

/** Who calls: the six roles, a LEADER's read-only API token, and nobody. */
export const PRINCIPALS = [
  'ANONYMOUS',
  Role.ADMIN,
  Role.CREDIT_OFFICE,
  Role.EVALUATOR,
  Role.LEADER,
  'LEADER_TOKEN',
  Role.UNIT_SUBMITTER,
  Role.UNIT_APPROVER,
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface Caller {
  token: string | undefined;
  accountId: string | undefined;
  unitId: string | undefined;
}

export interface MatrixWorld {
  fx: MatrixFx;
  /** a fresh sign-in (logout, changePassword) or the shared token of the principal */
  caller(principal: Principal, fresh?: boolean): Promise<Caller>;
}

const gqlOk = async <T>(t: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(`fixture step failed: ${query}\n${JSON.stringify(res.errors)}`);
  return res.data;
};

async function warningFor(t: TestServer, unitId: string, periodId: string, taskId: string): Promise<string> {
  const repo = t.dataSource.getRepository(Warning);
  const saved = await repo.save(
    repo.create({
      ruleId: '00000000-0000-4000-8000-000000000001',
      kind: WarningKind.DEADLINE_MISSED,
      severity: WarningSeverity.HIGH,
      periodId,
      unitId,
      taskId,
      indicatorCode: null,
      message: '逾期未报',
      dedupeKey: `matrix:${unitId}`,
      status: WarningStatus.OPEN,
      acknowledgedBy: null,
      acknowledgedAt: null,
      note: null,
      resolvedAt: null,
      lastSeenAt: new Date(),
    }),
  );
  return saved.id;
}

/** Uploads a real PDF as the unit user, so downloads have bytes to send. */
async function uploadPdf(t: TestServer, token: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(minimalPdf('matrix'))]), '会议纪要.pdf');
  const response = await fetch(`${t.url}/files/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}`, 'x-govtrust-upload': '1' },
  });
  const body = (await response.json()) as { files?: Array<{ id: string }> };
  if (response.status !== 201 && response.status !== 200) throw new Error(`evidence upload failed: ${JSON.stringify(body)}`);
  return body.files![0]!;
}

/** Builds the Genhe hierarchy, a cycle with its task list, and per unit a draft, evidence, a warning and a lock exception. */
export async function buildMatrixWorld(t: TestServer): Promise<MatrixWorld> {
  const office = await t.loginAs(Role.CREDIT_OFFICE);
  const units = await createGenheUnits(t.dataSource);
  const ownUnit = units.get('GH-MW')!;
  const otherUnit = units.get('GH-FGW')!;
  const systemVersion = await publishPreset(t, office, 'genhe-assessment-2023');
  const { createCycle: cycle } = await gqlOk<{ createCycle: CycleRow }>(
    t,
    CREATE_CYCLE,
    { input: { name: '权限矩阵', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion, taskListKey: 'genhe-tasks-2023' } },
    office,
  );
  await gqlOk(t, `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`, { c: cycle.id }, office);
  const [march, january, year] = [findPeriod(cycle, 'MONTH', 3), findPeriod(cycle, 'MONTH', 1), findPeriod(cycle, 'YEAR', 1)];
  for (const id of [march.id, year.id, january.id]) await gqlOk(t, `mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id }, office);
  await gqlOk(t, `mutation($id: ID!) { closePeriod(id: $id) { status } }`, { id: january.id }, office);

  const unitData = async (unitId: string, submitterToken: string, submitterId: string): Promise<UnitData> => {
    const { myTasks } = await gqlOk<{ myTasks: Array<{ task: { id: string } }> }>(
      t,
      `query($p: ID) { myTasks(periodId: $p) { task { id } } }`,
      { p: march.id },
      submitterToken,
    );
    const taskId = myTasks[0]!.task.id;
    const evidence = await uploadPdf(t, submitterToken);
    const { saveSubmissionDraft } = await gqlOk<{ saveSubmissionDraft: { id: string } }>(
      t,
      `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id } }`,
      { input: { taskId, periodId: march.id, values: {}, evidenceIds: [evidence.id] } },
      submitterToken,
    );
    const { grantLockException } = await gqlOk<{ grantLockException: { id: string } }>(
      t,
      `mutation($input: GrantLockExceptionInput!) { grantLockException(input: $input) { id } }`,
      { input: { periodId: january.id, unitId, reason: '补报', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      office,
    );
    return {
      unitId,
      accountId: submitterId,
      taskId,
      submissionId: saveSubmissionDraft.id,
      evidenceId: evidence.id,
      warningId: await warningFor(t, unitId, march.id, taskId),
      lockExceptionId: grantLockException.id,
    };
  };

  const otherSubmitter = await loginUnitUser(t, Role.UNIT_SUBMITTER, otherUnit.id);
  const callers = new Map<Principal, Caller>();
  for (const role of [Role.UNIT_SUBMITTER, Role.UNIT_APPROVER]) {
    const user = await loginUnitUser(t, role, ownUnit.id);
    callers.set(role, { token: user.token, accountId: user.id, unitId: ownUnit.id });
  }
  for (const role of [Role.ADMIN, Role.CREDIT_OFFICE, Role.EVALUATOR, Role.LEADER]) {
    const staff = await loginStaff(t, role);
    callers.set(role, { token: staff.token, accountId: staff.id, unitId: undefined });
  }
  const leader = callers.get(Role.LEADER)!;
  const { createApiToken } = await gqlOk<{ createApiToken: { token: string } }>(
    t,
    `mutation { createApiToken(name: "BI 报表") { token } }`,
    {},
    leader.token!,
  );
  callers.set('LEADER_TOKEN', { token: createApiToken.token, accountId: leader.accountId, unitId: undefined });
  callers.set('ANONYMOUS', { token: undefined, accountId: undefined, unitId: undefined });
  const spare = await gqlOk<{ createApiToken: { apiToken: { id: string } } }>(
    t,
    `mutation { createApiToken(name: "备用") { apiToken { id } } }`,
    {},
    callers.get(Role.CREDIT_OFFICE)!.token!,
  );
  const job = await gqlOk<{ startExport: { id: string } }>(
    t,
    `mutation($input: StartExportInput!) { startExport(input: $input) { id } }`,
    { input: { kind: 'COMPLETION', periodId: march.id } },
    callers.get(Role.CREDIT_OFFICE)!.token!,
  );
  const recompute = await gqlOk<{ startRecompute: { id: string } }>(
    t,
    `mutation($p: ID!, $k: String!) { startRecompute(periodId: $p, idempotencyKey: $k) { id } }`,
    { p: march.id, k: 'matrix-fixture-recompute' },
    callers.get(Role.CREDIT_OFFICE)!.token!,
  );
  // its audit row lands when it finishes: before any test counts rows
  await t.api.services.exportJobs.whenIdle();
  const loginAccount = await createAccountFixture(t.dataSource, { role: Role.LEADER });
  const victim = await createAccountFixture(t.dataSource, { role: Role.UNIT_SUBMITTER, unitId: otherUnit.id });

  const fx: MatrixFx = {
    own: await unitData(ownUnit.id, callers.get(Role.UNIT_SUBMITTER)!.token!, callers.get(Role.UNIT_SUBMITTER)!.accountId!),
    other: await unitData(otherUnit.id, otherSubmitter.token, otherSubmitter.id),
    parentId: ownUnit.parentId!,
    cycleId: cycle.id,
    march: march.id,
    january: january.id,
    year: year.id,
    victimAccountId: victim.id,
    spareApiTokenId: spare.createApiToken.apiToken.id,
    officeExportJobId: job.startExport.id,
    officeRecomputeJobId: recompute.startRecompute.id,
    randomId: '3f0c7d7e-4a7b-4c55-9a43-6e1d2c9b8a11',
    loginUsername: loginAccount.username,
    loginPassword: TEST_PASSWORD,
  };

  return {
    fx,
    caller: async (principal, fresh = false) => {
      const shared = callers.get(principal)!;
      if (!fresh || !shared.token || principal === 'LEADER_TOKEN') return shared;
      const account = await createAccountFixture(t.dataSource, { role: principal as Role, unitId: shared.unitId ?? null });
      return { token: await t.loginAs(account.username), accountId: account.id, unitId: shared.unitId };
    },
  };
}

/** A MariaDB test server with its own evidence directory, and the matrix world built on it. */
export async function startMatrixWorld(): Promise<{ t: TestServer; world: MatrixWorld; close(): Promise<void> }> {
  // export jobs write next to the evidence directory: keep both inside one temporary directory
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-matrix-'));
  const t = await startTestServer('mysql', { EVIDENCE_DIR: path.join(dataDir, 'evidence') });
  return {
    t,
    world: await buildMatrixWorld(t),
    close: async () => {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
