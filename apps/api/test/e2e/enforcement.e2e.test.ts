import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { Warning } from '../../src/modules/warnings/warning.entity';
import { WarningKind, WarningSeverity, WarningStatus } from '../../src/modules/warnings/warning-enums';
import { Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import {
  CREATE_CYCLE,
  createEvidenceFixture,
  createGenheUnits,
  findPeriod,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from '../utils/workflow-fixtures';

/**
 * The issue's enforcement rule, swept over the whole schema: for every query and mutation with an
 * ID argument (directly or inside an input), the UNIT_SUBMITTER and the UNIT_APPROVER of another
 * unit (GH-MW) aim it at GH-FGW's data and are refused with a typed error — or, for unit-scoped
 * reads, answered with their own unit's data only — and nothing in the database changes. The table below classifies every such
 * operation; a new one fails the first test until someone decides what it must do.
 */

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));

type Refusal = 'FORBIDDEN' | 'NOT_FOUND' | 'NOT_ON_TASK_LIST' | 'VALIDATION_FAILED';

/** Ids of GH-FGW's data (the victim) and of things that belong to no unit. */
interface Fx {
  unitA: string;
  unitB: string;
  parentId: string;
  accountA: string;
  cycleId: string;
  march: string;
  january: string;
  year: string;
  taskA: string;
  taskB: string;
  submissionA: string;
  evidenceA: string;
  lockExceptionA: string;
  warningA: string;
  apiTokenOfOffice: string;
  randomId: string;
}

type Vars = Record<string, unknown>;

type Case =
  /** unit-owned data of another unit: a typed refusal */
  | { outcome: 'REFUSED'; codes: Refusal[]; vars: (fx: Fx) => Vars | Vars[] }
  /**
   * the unit comes from the session: answers with the caller's own unit only (`selection` checked
   * by `ownOnly`), or with one of `orCodes`, business answers that reveal nothing of another unit
   */
  | {
      outcome: 'OWN_ONLY';
      vars: (fx: Fx) => Vars;
      selection: string;
      ownOnly: (data: unknown, fx: Fx) => void;
      orCodes?: string[];
    }
  /** the ids name no unit's data (a cycle, a period): a unit user may read it */
  | { outcome: 'NOT_UNIT_DATA'; vars: (fx: Fx) => Vars };

/** Both unit roles of GH-MW try everything: the approver holds rights (sign-off) the submitter lacks. */
const INTRUDER_ROLES = [Role.UNIT_SUBMITTER, Role.UNIT_APPROVER] as const;

const FORBIDDEN: Refusal[] = ['FORBIDDEN'];
const HIDDEN: Refusal[] = ['FORBIDDEN', 'NOT_FOUND'];
const refused = (vars: (fx: Fx) => Vars | Vars[], codes = FORBIDDEN): Case => ({ outcome: 'REFUSED', codes, vars });
const unitIdsOf = (nodes: Array<{ unitId: string }>, fx: Fx) =>
  expect(nodes.filter((n) => n.unitId !== fx.unitB).map((n) => n.unitId)).toEqual([]);
const action = (fx: Fx) => ({ input: { submissionId: fx.submissionA, expectedVersion: 1 } });
const reason = (fx: Fx) => ({ input: { submissionId: fx.submissionA, expectedVersion: 1, reason: '越权操作' } });

export const ENFORCEMENT: Record<string, Case> = {
  // ---- queries ----
  'Query.account': refused((fx) => ({ id: fx.accountA })),
  'Query.accounts': refused((fx) => ({ filter: { unitId: fx.unitA } })),
  'Query.auditLogs': refused((fx) => ({ filter: { unitId: fx.unitA } })),
  'Query.cycle': { outcome: 'NOT_UNIT_DATA', vars: (fx) => ({ id: fx.cycleId }) },
  'Query.cycleTasks': refused((fx) => ({ cycleId: fx.cycleId })),
  'Query.evidence': refused((fx) => ({ id: fx.evidenceA }), HIDDEN),
  'Query.evidenceList': refused((fx) => ({ unitId: fx.unitA })),
  // export jobs belong to accounts: another account's job reads as absent
  'Query.exportJob': refused((fx) => ({ id: fx.randomId }), HIDDEN),
  'Query.gradeOverride': refused((fx) => ({ periodId: fx.march, unitId: fx.unitA })),
  'Query.gradeLists': refused((fx) => ({ periodId: fx.march })),
  'Query.indicatorLosses': refused((fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  'Query.rankingStatistics': refused((fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  'Query.lockExceptions': refused((fx) => ({ periodId: fx.january })),
  'Query.monitoringEntry': refused((fx) => ({ periodId: fx.year, unitId: fx.unitA })),
  'Query.monitoringFields': refused((fx) => ({ cycleId: fx.cycleId })),
  'Query.periodProgress': refused((fx) => ({ periodId: fx.march })),
  'Query.taskAssignedCounts': refused((fx) => ({ cycleId: fx.cycleId })),
  'Query.taskClassCounts': refused((fx) => ({ taskId: fx.taskA })),
  'Query.taskMatrix': refused((fx) => ({ cycleId: fx.cycleId })),
  'Query.taskUnits': refused((fx) => ({ taskId: fx.taskA })),
  'Query.unitProgress': refused((fx) => ({ periodId: fx.march })),
  'Query.myScoreCard': {
    outcome: 'OWN_ONLY',
    vars: (fx) => ({ periodId: fx.march }),
    selection: 'unitId',
    ownOnly: (data, fx) => expect((data as { unitId: string }).unitId).toBe(fx.unitB),
    // a unit sees its card once the period's results are published
    orCodes: ['NOT_PUBLISHED'],
  },
  'Query.mySubmissions': {
    outcome: 'OWN_ONLY',
    vars: (fx) => ({ filter: { unitId: fx.unitA, taskId: fx.taskA } }),
    selection: 'nodes { unitId }',
    ownOnly: (data, fx) => unitIdsOf((data as { nodes: Array<{ unitId: string }> }).nodes, fx),
  },
  'Query.myTasks': {
    outcome: 'OWN_ONLY',
    vars: (fx) => ({ periodId: fx.march }),
    selection: 'task { id }',
    ownOnly: (data, fx) =>
      expect((data as Array<{ task: { id: string } }>).map((row) => row.task.id)).not.toContain(fx.taskA),
  },
  'Query.period': { outcome: 'NOT_UNIT_DATA', vars: (fx) => ({ id: fx.march }) },
  'Query.publishedResults': refused((fx) => ({ periodId: fx.march })),
  'Query.ranking': refused((fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  // recompute jobs belong to accounts like export jobs: another account's job reads as absent
  'Query.recomputeJob': refused((fx) => ({ id: fx.randomId }), HIDDEN),
  'Query.myRecomputeJobs': refused((fx) => ({ periodId: fx.march })),
  'Query.scoreCard': refused((fx) => ({ periodId: fx.march, unitId: fx.unitA })),
  'Query.scoreTrend': refused((fx) => ({ cycleId: fx.cycleId, unitId: fx.unitA, periodKind: 'QUARTER' })),
  'Query.submission': refused((fx) => ({ id: fx.submissionA }), HIDDEN),
  'Query.submissions': refused((fx) => ({ filter: { unitId: fx.unitA } })),
  'Query.unit': refused((fx) => ({ id: fx.unitA }), HIDDEN),
  'Query.unitTasks': refused((fx) => ({ unitId: fx.unitA, cycleId: fx.cycleId })),
  'Query.units': {
    outcome: 'OWN_ONLY',
    vars: (fx) => ({ filter: { parentId: fx.parentId } }),
    selection: 'nodes { id }',
    ownOnly: (data, fx) =>
      expect((data as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id).filter((id) => id !== fx.unitB)).toEqual([]),
  },
  'Query.warningRules': refused((fx) => ({ cycleId: fx.cycleId })),
  'Query.warnings': {
    outcome: 'OWN_ONLY',
    vars: (fx) => ({ filter: { unitId: fx.unitA } }),
    selection: 'nodes { unitId }',
    ownOnly: (data, fx) => unitIdsOf((data as { nodes: Array<{ unitId: string }> }).nodes, fx),
  },

  // ---- mutations ----
  'Mutation.acknowledgeWarning': refused((fx) => ({ id: fx.warningA, note: '越权' }), HIDDEN),
  'Mutation.adoptIndicatorSystemVersion': refused((fx) => ({ cycleId: fx.cycleId, systemVersion: 2, expectedVersion: 1 })),
  'Mutation.approveSubmission': refused(action),
  'Mutation.approverReject': refused(reason, HIDDEN),
  'Mutation.approverSignOff': refused(action, HIDDEN),
  'Mutation.archiveUnit': refused((fx) => ({ id: fx.unitA, version: 1 })),
  'Mutation.assignTask': refused((fx) => ({ taskId: fx.taskA, unitId: fx.unitB })),
  'Mutation.bulkAssignByUnitClass': refused((fx) => ({ cycleId: fx.cycleId, taskId: fx.taskA, unitClass: 'A类' })),
  'Mutation.clearGradeOverride': refused((fx) => ({ periodId: fx.march, unitId: fx.unitA, expectedVersion: 1 })),
  'Mutation.closePeriod': refused((fx) => ({ id: fx.march })),
  'Mutation.createAccount': refused((fx) => ({
    input: { username: 'intruder', displayName: '冒充', password: 'Passw0rd!intruder', role: 'UNIT_SUBMITTER', unitId: fx.unitA },
  })),
  'Mutation.createUnit': refused((fx) => ({ input: { code: 'GH-FAKE', name: '冒充单位', kind: 'DEPARTMENT', parentId: fx.parentId } })),
  'Mutation.createWarningRule': refused((fx) => ({ input: { cycleId: fx.cycleId, kind: 'TOTAL_BELOW', name: '越权', threshold: '60' } })),
  'Mutation.deactivateAccount': refused((fx) => ({ id: fx.accountA, version: 1 })),
  'Mutation.deleteWarningRule': refused((fx) => ({ id: fx.randomId, version: 1 })),
  'Mutation.enterMonitoringValues': refused((fx) => ({ input: { periodId: fx.year, unitId: fx.unitA, values: {} } })),
  'Mutation.evaluateWarnings': refused((fx) => ({ periodId: fx.march })),
  'Mutation.grantLockException': refused((fx) => ({
    input: { periodId: fx.january, unitId: fx.unitA, reason: '越权', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
  })),
  'Mutation.importTaskListPreset': refused((fx) => ({ cycleId: fx.cycleId, presetId: 'genhe-tasks-2023' })),
  'Mutation.openPeriod': refused((fx) => ({ id: fx.january })),
  'Mutation.overrideGrade': refused((fx) => ({ input: { periodId: fx.march, unitId: fx.unitA, grade: 'RED', reason: '越权' } })),
  'Mutation.publishPeriodResults': refused((fx) => ({ input: { periodId: fx.march, reason: '越权' } })),
  'Mutation.recomputeScores': refused((fx) => ({ periodId: fx.march })),
  'Mutation.startRecompute': refused((fx) => ({ periodId: fx.march, idempotencyKey: 'intruder-recompute' })),
  'Mutation.reopenSubmission': refused(reason),
  'Mutation.resetPassword': refused((fx) => ({ id: fx.accountA, newPassword: 'Passw0rd!intruder' })),
  'Mutation.returnSubmission': refused(reason),
  // tokens belong to accounts, not units: another account's token reads as absent
  'Mutation.revokeApiToken': refused((fx) => ({ id: fx.apiTokenOfOffice }), HIDDEN),
  'Mutation.revokeLockException': refused((fx) => ({ id: fx.lockExceptionA })),
  'Mutation.saveSubmissionDraft': refused(
    (fx) => [
      // A's task, naming A
      { input: { taskId: fx.taskA, periodId: fx.march, unitId: fx.unitA, values: {} } },
      // A's task for itself: not on its list
      { input: { taskId: fx.taskA, periodId: fx.march, values: {} } },
      // its own task with A's evidence attached
      { input: { taskId: fx.taskB, periodId: fx.march, values: {}, evidenceIds: [fx.evidenceA] } },
    ],
    // another unit's evidence id is a field problem worded as for an unknown id (VALIDATION_FAILED)
    ['FORBIDDEN', 'NOT_FOUND', 'NOT_ON_TASK_LIST', 'VALIDATION_FAILED'],
  ),
  'Mutation.startExport': refused((fx) => ({ input: { kind: 'RANKING', periodId: fx.march, provisional: true } })),
  'Mutation.submitSubmission': refused(action, HIDDEN),
  'Mutation.unassignTask': refused((fx) => ({ taskId: fx.taskA, unitId: fx.unitA })),
  'Mutation.updateAccount': refused((fx) => ({ input: { id: fx.accountA, version: 1, unitId: fx.unitB } })),
  'Mutation.updateTaskDefinition': refused((fx) => ({ input: { id: fx.taskA, expectedVersion: 1, title: '越权' } })),
  'Mutation.updateUnit': refused((fx) => ({ input: { id: fx.unitA, version: 1, name: '越权改名' } })),
  'Mutation.updateWarningRule': refused((fx) => ({ input: { id: fx.randomId, version: 1, name: '越权' } })),
};

function hasIdArgument(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => hasIdArgument(field.type, seen));
}

function operations(): Array<{ key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({ key: `${root!.name}.${field.name}`, kind, field })),
  );
}

const withIds = operations().filter(({ field }) => field.args.some((arg) => hasIdArgument(arg.type)));

/** `query($id: ID!) { unit(id: $id) { __typename } }`, from the schema, for the variables given. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, vars: Vars, selection?: string): string {
  const args = field.args.filter((arg) => arg.name in vars);
  const defs = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const leaf = isLeafType(getNamedType(field.type));
  const body = leaf ? '' : `{ ${selection ?? '__typename'} }`;
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${body} }`;
}

/** Row count and latest updatedAt of every table but sessions (each request touches its session). */
async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const meta of dataSource.entityMetadatas) {
    if (meta.tableName === 'session') continue;
    const qb = dataSource.createQueryBuilder().from(meta.tableName, 't').select('COUNT(*)', 'n');
    if (meta.findColumnWithPropertyName('updatedAt')) qb.addSelect('MAX(t.updatedAt)', 'u');
    if (meta.findColumnWithPropertyName('version')) qb.addSelect('SUM(t.version)', 'v');
    const row = (await qb.getRawOne()) as Record<string, unknown>;
    out[meta.tableName] = JSON.stringify([String(row.n), String(row.u ?? ''), String(row.v ?? '')]);
  }
  return out;
}

describe('the enforcement table', () => {
  it('classifies every query and mutation that takes an id, and nothing else', () => {
    const inSchema = withIds.map((op) => op.key).sort();
    const unclassified = inSchema.filter((key) => !(key in ENFORCEMENT));
    const stale = Object.keys(ENFORCEMENT).filter((key) => !inSchema.includes(key));
    expect({ unclassified, stale }).toEqual({ unclassified: [], stale: [] });
  });
});

describe.each(engines)('enforcement sweep on %s', (engine) => {
  let t: TestServer;
  let fx: Fx;
  const intruders = new Map<Role, string>();

  beforeAll(async () => {
    t = await startTestServer(engine);
    const office = await t.loginAs(Role.CREDIT_OFFICE);
    const units = await createGenheUnits(t.dataSource);
    const unitA = units.get('GH-FGW')!;
    const unitB = units.get('GH-MW')!;
    const owner = await loginUnitUser(t, Role.UNIT_SUBMITTER, unitA.id);
    for (const role of INTRUDER_ROLES) intruders.set(role, (await loginUnitUser(t, role, unitB.id)).token);
    const intruder = intruders.get(Role.UNIT_SUBMITTER)!;

    const systemVersion = await publishPreset(t, office, 'genhe-assessment-2023');
    const created = await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      {
        input: { name: '越权测试', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion, taskListKey: 'genhe-tasks-2023' },
      },
      { token: office },
    );
    const cycle = created.data!.createCycle;
    const imported = await t.gql(
      `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`,
      { c: cycle.id },
      { token: office },
    );
    expect(imported.errors).toBeUndefined();
    const [march, january, year] = [findPeriod(cycle, 'MONTH', 3), findPeriod(cycle, 'MONTH', 1), findPeriod(cycle, 'YEAR', 1)];
    for (const id of [march.id, year.id, january.id]) {
      await t.gql(`mutation($id: ID!) { openPeriod(id: $id) { status } }`, { id }, { token: office });
    }
    await t.gql(`mutation($id: ID!) { closePeriod(id: $id) { status } }`, { id: january.id }, { token: office });

    const monthlyTask = async (unitId: string) => {
      const res = await t.gql<{ myTasks: Array<{ task: { id: string; code: string }; period: { id: string } }> }>(
        `query($p: ID) { myTasks(periodId: $p) { task { id code } period { id } } }`,
        { p: march.id },
        { token: unitId === unitA.id ? owner.token : intruder },
      );
      const row = res.data!.myTasks[0];
      if (!row) throw new Error(`no March task for ${unitId}`);
      return row.task.id;
    };
    const taskA = await monthlyTask(unitA.id);
    const taskB = await monthlyTask(unitB.id);
    const evidence = await createEvidenceFixture(t.dataSource, unitA.id, owner.id);
    const saved = await t.gql<{ saveSubmissionDraft: { id: string } }>(
      `mutation($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id } }`,
      { input: { taskId: taskA, periodId: march.id, values: {} } },
      { token: owner.token },
    );
    expect(saved.errors).toBeUndefined();
    const granted = await t.gql<{ grantLockException: { id: string } }>(
      `mutation($input: GrantLockExceptionInput!) { grantLockException(input: $input) { id } }`,
      {
        input: { periodId: january.id, unitId: unitA.id, reason: '补报', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      },
      { token: office },
    );
    expect(granted.errors).toBeUndefined();
    const warnings = t.dataSource.getRepository(Warning);
    const warning = await warnings.save(
      warnings.create({
        ruleId: '00000000-0000-4000-8000-000000000001',
        kind: WarningKind.DEADLINE_MISSED,
        severity: WarningSeverity.HIGH,
        periodId: march.id,
        unitId: unitA.id,
        taskId: taskA,
        indicatorCode: null,
        message: '逾期未报',
        dedupeKey: `enforcement:${unitA.id}`,
        status: WarningStatus.OPEN,
        acknowledgedBy: null,
        acknowledgedAt: null,
        note: null,
        resolvedAt: null,
        lastSeenAt: new Date(),
      }),
    );
    const token = await t.gql<{ createApiToken: { apiToken: { id: string } } }>(
      `mutation { createApiToken(name: "报表") { apiToken { id } } }`,
      {},
      { token: office },
    );
    expect(token.errors).toBeUndefined();
    fx = {
      apiTokenOfOffice: token.data!.createApiToken.apiToken.id,
      unitA: unitA.id,
      unitB: unitB.id,
      parentId: unitA.parentId!,
      accountA: owner.id,
      cycleId: cycle.id,
      march: march.id,
      january: january.id,
      year: year.id,
      taskA,
      taskB,
      submissionA: saved.data!.saveSubmissionDraft.id,
      evidenceA: evidence.id,
      lockExceptionA: granted.data!.grantLockException.id,
      warningA: warning.id,
      randomId: '3f0c7d7e-4a7b-4c55-9a43-6e1d2c9b8a11',
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(INTRUDER_ROLES)('the file routes refuse the %s of another unit', async (role) => {
    const before = await snapshot(t.dataSource);
    const headers = { authorization: `Bearer ${intruders.get(role)!}`, 'x-govtrust-upload': '1' };
    const form = () => {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(Buffer.from('PK'))]), 'x.xlsx');
      return body;
    };
    const attempts: Array<[string, string, number[], FormData?]> = [
      ['GET', `/files/evidence/${fx.evidenceA}`, [403, 404]],
      ['DELETE', `/files/evidence/${fx.evidenceA}`, [403, 404]],
      ['POST', `/files/imports/task-lists?cycleId=${fx.cycleId}&mode=replace`, [403], form()],
      ['POST', '/files/imports/units?mode=upsert', [403], form()],
      ['POST', `/files/imports/dual-publicity?periodId=${fx.march}`, [403], form()],
    ];
    for (const [method, path, statuses, body] of attempts) {
      const response = await fetch(`${t.url}${path}`, { method, headers, body });
      expect({ method, path, status: response.status, refused: statuses.includes(response.status) }).toEqual({
        method,
        path,
        status: response.status,
        refused: true,
      });
      await response.arrayBuffer();
    }
    expect(await snapshot(t.dataSource)).toEqual(before);
  });

  const cases = withIds.flatMap((op) => INTRUDER_ROLES.map((role) => [op.key, role, op] as const));
  it.each(cases)('%s as %s of another unit', async (key, role, op) => {
    const entry = ENFORCEMENT[key];
    if (!entry) throw new Error(`${key} is not classified in ENFORCEMENT`);
    const before = await snapshot(t.dataSource);
    const varSets = [entry.vars(fx)].flat();
    for (const vars of varSets) {
      const selection = entry.outcome === 'OWN_ONLY' ? entry.selection : undefined;
      const res = await t.gql<Record<string, unknown>>(documentFor(op.kind, op.field, vars, selection), vars, {
        token: intruders.get(role)!,
      });
      const summary = { vars, code: codeOf(res), message: res.errors?.[0]?.message };
      const refusals: string[] =
        entry.outcome === 'REFUSED' ? entry.codes : entry.outcome === 'OWN_ONLY' ? ['FORBIDDEN', ...(entry.orCodes ?? [])] : [];
      if (entry.outcome === 'REFUSED' || (summary.code && refusals.includes(summary.code))) {
        // the whole summary shows in the diff when the code is not one of the refusals
        expect({ ...summary, refused: refusals.includes(summary.code ?? '') }).toEqual({ ...summary, refused: true });
        expect(res.data?.[op.field.name] ?? null).toBeNull();
      } else {
        expect(summary).toEqual({ ...summary, code: undefined });
        if (entry.outcome === 'OWN_ONLY') entry.ownOnly(res.data![op.field.name], fx);
      }
    }
    expect(await snapshot(t.dataSource)).toEqual(before);
  });
});
