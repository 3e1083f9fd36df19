import type { MatrixFx, Principal, UnitData } from './matrix-fixture';
import { PRINCIPALS } from './matrix-fixture';

/**
 * The authorization matrix: what each caller may do with every GraphQL operation and HTTP route.
 * One letter per caller, in this column order:
 *
 *     anonymous · ADMIN · CREDIT_OFFICE · EVALUATOR · LEADER · LEADER API token · UNIT_SUBMITTER · UNIT_APPROVER
 *
 *   A  allowed. A unit user is tried against its own unit's ids and another unit's, and may be
 *      answered (a list scoped to its unit, a cycle) but must never see another unit's data.
 *   O  own unit only (unit users): allowed with its own unit's ids, refused with another unit's.
 *   D  refused: UNAUTHENTICATED for anonymous, FORBIDDEN for everyone else.
 *
 * "Allowed" means the caller got past authorization: a business answer (CONFLICT for the stale
 * versions used below, NOT_FOUND for an id that names nothing) counts; FORBIDDEN,
 * UNAUTHENTICATED and INTERNAL_SERVER_ERROR do not. Arguments aim at the unit data passed in
 * (`u`), use stale versions where a row has one, and ids that name nothing where a real change
 * would disturb later rows, so the run order does not matter.
 *
 * A new operation fails authz-matrix.e2e.test.ts until it is classified here.
 */
export type Verdict = 'A' | 'O' | 'D';

type Vars = Record<string, unknown>;

export interface MatrixRow {
  verdicts: Record<Principal, Verdict>;
  args: (fx: MatrixFx, u: UnitData) => Vars;
  /** sign in afresh for this row (logout ends the session it runs in) */
  fresh?: boolean;
  /** answers that also mean "refused" here, e.g. NOT_FOUND for another account's token */
  refusalCodes?: string[];
  /** the answer is about the account signed in with, not the caller (login) */
  answersForAnotherAccount?: boolean;
}

function parse(verdicts: string): Record<Principal, Verdict> {
  const letters = verdicts.replace(/\s+/g, '').split('');
  if (letters.length !== PRINCIPALS.length || letters.some((l) => !'AOD'.includes(l))) {
    throw new Error(`verdicts "${verdicts}" need ${PRINCIPALS.length} letters of A/O/D`);
  }
  return Object.fromEntries(PRINCIPALS.map((p, i) => [p, letters[i] as Verdict])) as Record<Principal, Verdict>;
}

const row = (verdicts: string, args: MatrixRow['args'] = () => ({}), extra: Partial<MatrixRow> = {}): MatrixRow => ({
  verdicts: parse(verdicts),
  args,
  ...extra,
});

const STALE = 999;
const march = (fx: MatrixFx) => ({ periodId: fx.march });
const action = (_fx: MatrixFx, u: UnitData) => ({ input: { submissionId: u.submissionId, expectedVersion: STALE } });
const reason = (_fx: MatrixFx, u: UnitData) => ({ input: { submissionId: u.submissionId, expectedVersion: STALE, reason: '权限矩阵' } });
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

//                          an AD CO EV LE TK SU AP
const ANY_SIGNED_IN = /*  */ 'D  A  A  A  A  A  A  A';
const ACCOUNT_READ = /*   */ 'D  A  A  D  D  D  D  D';
const AUDIT_READ = /*     */ 'D  A  A  D  D  D  D  D';
const ACCOUNT_MANAGE = /* */ 'D  A  D  D  D  D  D  D';
const UNIT_MANAGE = /*    */ 'D  A  A  D  D  D  D  D';
const CONFIG = /*         */ 'D  D  A  D  D  D  D  D';
const SCORE_PUBLISH = /*  */ 'D  D  A  D  D  D  D  D';
/** an export job started by the credit office */
const JOB_OF_OFFICE = /*  */ 'D  D  A  D  D  D  D  D';
const READ_ALL = /*       */ 'D  D  A  A  A  A  D  D';
const READ_ALL_OR_OWN = /**/ 'D  D  A  A  A  A  O  O';
const SCORE_READ = /*     */ 'D  D  A  A  A  A  D  D';
const SCORE_COMPUTE = /*  */ 'D  D  A  A  D  D  D  D';
const MONITORING = /*     */ 'D  D  A  A  D  D  D  D';
const REVIEW = /*         */ 'D  D  A  D  D  D  D  D';
const UNIT_ONLY = /*      */ 'D  D  D  D  D  D  A  A';
const SIGN_OFF = /*       */ 'D  D  D  D  D  D  D  O';
const WRITER = /*         */ 'D  A  A  A  A  D  A  A';
const UPLOADER = /*       */ 'D  D  A  A  D  D  O  O';
const EVIDENCE_OWNER = /* */ 'D  D  D  D  D  D  O  O';

export const AUTHZ_MATRIX: Record<string, MatrixRow> = {
  // ---- queries ----
  'Query.account': row(ACCOUNT_READ, (_fx, u) => ({ id: u.accountId })),
  'Query.accounts': row(ACCOUNT_READ, (_fx, u) => ({ filter: { unitId: u.unitId } })),
  'Query.auditLogs': row(AUDIT_READ, (_fx, u) => ({ filter: { unitId: u.unitId } })),
  'Query.calendarOverrides': row(ANY_SIGNED_IN, () => ({ year: 2023 })),
  'Query.cycle': row(ANY_SIGNED_IN, (fx) => ({ id: fx.cycleId })),
  'Query.cycleTasks': row(READ_ALL, (fx) => ({ cycleId: fx.cycleId })),
  'Query.cycles': row(ANY_SIGNED_IN),
  'Query.dueDatePreview': row(ANY_SIGNED_IN, () => ({ rule: { kind: 'MONTHLY', day: 10 }, year: 2023 })),
  'Query.evidence': row(READ_ALL_OR_OWN, (_fx, u) => ({ id: u.evidenceId })),
  'Query.evidenceList': row(READ_ALL_OR_OWN, (_fx, u) => ({ unitId: u.unitId })),
  // a job is its starter's, or its starter's role's; anyone else finds nothing
  'Query.exportJob': row(JOB_OF_OFFICE, (fx) => ({ id: fx.officeExportJobId }), { refusalCodes: ['NOT_FOUND'] }),
  'Query.gradeOverride': row(SCORE_PUBLISH, (fx, u) => ({ periodId: fx.march, unitId: u.unitId })),
  'Query.gradeLists': row(SCORE_READ, march),
  'Query.indicatorLosses': row(SCORE_READ, (fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  'Query.indicatorSystem': row(ANY_SIGNED_IN, () => ({ key: 'genhe-assessment-2023' })),
  'Query.indicatorSystemVersions': row(ANY_SIGNED_IN, () => ({ key: 'genhe-assessment-2023' })),
  'Query.indicatorSystems': row(ANY_SIGNED_IN),
  'Query.lockExceptions': row(CONFIG, (fx) => ({ periodId: fx.january })),
  'Query.me': row(ANY_SIGNED_IN),
  'Query.monitoringEntry': row(READ_ALL, (fx, u) => ({ periodId: fx.year, unitId: u.unitId })),
  'Query.monitoringFields': row(SCORE_COMPUTE, (fx) => ({ cycleId: fx.cycleId })),
  'Query.myApiTokens': row(ANY_SIGNED_IN),
  'Query.myExportJobs': row(SCORE_READ),
  'Query.myScoreCard': row(UNIT_ONLY, march),
  'Query.mySubmissions': row(UNIT_ONLY, (fx, u) => ({ filter: { unitId: u.unitId, periodId: fx.march } })),
  'Query.myTasks': row(UNIT_ONLY, march),
  'Query.parseDeadlineText': row(ANY_SIGNED_IN, () => ({ text: '每月10日前' })),
  'Query.period': row(ANY_SIGNED_IN, (fx) => ({ id: fx.march })),
  'Query.periodProgress': row(READ_ALL, march),
  'Query.publishedResults': row(SCORE_READ, march),
  'Query.ranking': row(SCORE_READ, (fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  'Query.rankingStatistics': row(SCORE_READ, (fx) => ({ periodId: fx.march, unitKind: 'DEPARTMENT' })),
  // like an export job: its starter's, or its starter's role's
  'Query.recomputeJob': row(JOB_OF_OFFICE, (fx) => ({ id: fx.officeRecomputeJobId }), { refusalCodes: ['NOT_FOUND'] }),
  'Query.myRecomputeJobs': row(SCORE_COMPUTE, march),
  'Query.scoreCard': row(READ_ALL_OR_OWN, (fx, u) => ({ periodId: fx.march, unitId: u.unitId })),
  'Query.scoreTrend': row(READ_ALL_OR_OWN, (fx, u) => ({ cycleId: fx.cycleId, unitId: u.unitId, periodKind: 'QUARTER' })),
  'Query.submission': row(READ_ALL_OR_OWN, (_fx, u) => ({ id: u.submissionId })),
  'Query.submissions': row(READ_ALL, (_fx, u) => ({ filter: { unitId: u.unitId } })),
  'Query.unit': row('D A A A A A O O', (_fx, u) => ({ id: u.unitId })),
  'Query.taskAssignedCounts': row(READ_ALL, (fx) => ({ cycleId: fx.cycleId })),
  'Query.taskClassCounts': row(READ_ALL, (_fx, u) => ({ taskId: u.taskId })),
  'Query.taskMatrix': row(READ_ALL, (fx) => ({ cycleId: fx.cycleId, periodId: fx.march })),
  'Query.taskUnits': row(READ_ALL, (_fx, u) => ({ taskId: u.taskId })),
  'Query.unitProgress': row(READ_ALL, march),
  'Query.unitTasks': row(READ_ALL_OR_OWN, (fx, u) => ({ unitId: u.unitId, cycleId: fx.cycleId })),
  'Query.units': row(ANY_SIGNED_IN, (fx) => ({ filter: { parentId: fx.parentId } })),
  'Query.warningRules': row(SCORE_READ, (fx) => ({ cycleId: fx.cycleId })),
  // a unit user naming another unit gets its own unit's warnings
  'Query.warnings': row('D D A A A A A A', (_fx, u) => ({ filter: { unitId: u.unitId } })),

  // ---- mutations ----
  'Mutation.acknowledgeWarning': row('D D A D D D O O', (_fx, u) => ({ id: u.warningId, note: '已知悉' })),
  'Mutation.adoptIndicatorSystemVersion': row(CONFIG, (fx) => ({ cycleId: fx.cycleId, systemVersion: 1, expectedVersion: STALE })),
  'Mutation.approveSubmission': row(REVIEW, action),
  'Mutation.approverReject': row(SIGN_OFF, reason),
  'Mutation.approverSignOff': row(SIGN_OFF, action),
  'Mutation.archiveUnit': row(UNIT_MANAGE, (_fx, u) => ({ id: u.unitId, version: STALE })),
  'Mutation.assignTask': row(CONFIG, (fx, u) => ({ taskId: fx.randomId, unitId: u.unitId })),
  'Mutation.bulkAssignByUnitClass': row(CONFIG, (fx, u) => ({ cycleId: fx.randomId, taskId: u.taskId, unitClass: 'A类' })),
  'Mutation.changePassword': row(WRITER, () => ({ oldPassword: 'not-the-password', newPassword: 'N3w!passw0rd-matrix' }), { fresh: true }),
  'Mutation.clearGradeOverride': row(SCORE_PUBLISH, (fx, u) => ({ periodId: fx.march, unitId: u.unitId, expectedVersion: STALE })),
  'Mutation.closePeriod': row(CONFIG, (fx) => ({ id: fx.january })),
  'Mutation.createAccount': row(ACCOUNT_MANAGE, (_fx, u) => ({
    input: { username: `matrix.${u.unitId.slice(0, 8)}`, displayName: '矩阵', password: 'Passw0rd!matrix', role: 'UNIT_SUBMITTER', unitId: u.unitId },
  })),
  'Mutation.createApiToken': row('D D A D A D D D', () => ({ name: '矩阵' })),
  'Mutation.createCycle': row(CONFIG, () => ({
    input: { name: '矩阵', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion: STALE },
  })),
  'Mutation.createUnit': row(UNIT_MANAGE, (fx) => ({ input: { code: 'GH-MATRIX', name: '矩阵单位', kind: 'DEPARTMENT', parentId: fx.parentId } })),
  'Mutation.createWarningRule': row(CONFIG, (fx) => ({ input: { cycleId: fx.cycleId, kind: 'TOTAL_BELOW', name: '矩阵', threshold: '60' } })),
  'Mutation.deactivateAccount': row(ACCOUNT_MANAGE, (fx) => ({ id: fx.victimAccountId, version: STALE })),
  'Mutation.deleteWarningRule': row(CONFIG, (fx) => ({ id: fx.randomId, version: STALE })),
  'Mutation.enterMonitoringValues': row(SCORE_COMPUTE, (fx, u) => ({
    input: { periodId: fx.year, unitId: u.unitId, values: {}, expectedVersion: STALE },
  })),
  'Mutation.evaluateWarnings': row(SCORE_COMPUTE, (fx) => ({ periodId: fx.randomId })),
  'Mutation.grantLockException': row(CONFIG, (fx, u) => ({
    input: { periodId: fx.randomId, unitId: u.unitId, reason: '矩阵', expiresAt: tomorrow() },
  })),
  'Mutation.importIndicatorSystemPreset': row(CONFIG, () => ({ presetId: 'no-such-preset' })),
  'Mutation.importTaskListPreset': row(CONFIG, (fx) => ({ cycleId: fx.randomId, presetId: 'genhe-tasks-2023' })),
  'Mutation.login': row('A A A A A D A A', (fx) => ({ username: fx.loginUsername, password: fx.loginPassword }), {
    answersForAnotherAccount: true,
  }),
  'Mutation.logout': row(WRITER, () => ({}), { fresh: true }),
  'Mutation.openPeriod': row(CONFIG, (fx) => ({ id: fx.march })),
  'Mutation.overrideGrade': row(SCORE_PUBLISH, (fx, u) => ({
    input: { periodId: fx.randomId, unitId: u.unitId, grade: 'RED', reason: '矩阵' },
  })),
  'Mutation.publishIndicatorSystem': row(CONFIG, () => ({ key: 'genhe-assessment-2023', expectedVersion: STALE })),
  'Mutation.publishPeriodResults': row(SCORE_PUBLISH, (fx) => ({ input: { periodId: fx.randomId, reason: '矩阵' } })),
  'Mutation.recomputeScores': row(SCORE_COMPUTE, (fx) => ({ periodId: fx.randomId })),
  'Mutation.startRecompute': row(SCORE_COMPUTE, (fx) => ({ periodId: fx.randomId, idempotencyKey: 'matrix-recompute' })),
  'Mutation.removeCalendarOverride': row(CONFIG, () => ({ date: '2023-12-31' })),
  'Mutation.reopenSubmission': row(REVIEW, reason),
  'Mutation.resetPassword': row(ACCOUNT_MANAGE, (fx) => ({ id: fx.victimAccountId, newPassword: 'Passw0rd!reset-matrix' })),
  'Mutation.returnSubmission': row(REVIEW, reason),
  // tokens belong to accounts: another account's token reads as absent
  'Mutation.revokeApiToken': row('D D A D D D D D', (fx) => ({ id: fx.spareApiTokenId }), { refusalCodes: ['NOT_FOUND'] }),
  'Mutation.revokeLockException': row(CONFIG, (fx) => ({ id: fx.randomId })),
  'Mutation.saveIndicatorSystemDraft': row(CONFIG, () => ({ key: 'genhe-assessment-2023', definition: {}, expectedVersion: STALE })),
  // staff enter only monitoring tasks (scores.e2e); this task is one the unit fills itself
  'Mutation.saveSubmissionDraft': row('D D D D D D O O', (fx, u) => ({
    input: { taskId: u.taskId, periodId: fx.march, unitId: u.unitId, values: {}, expectedVersion: STALE },
  })),
  'Mutation.setCalendarOverride': row(CONFIG, () => ({ input: { date: '2023-10-07', isWorkday: true, reason: '调休' } })),
  'Mutation.startExport': row('D D A A A D D D', (fx) => ({ input: { kind: 'RANKING', periodId: fx.randomId } })),
  'Mutation.submitSubmission': row('D D A A D D O O', action),
  'Mutation.unassignTask': row(CONFIG, (fx, u) => ({ taskId: fx.randomId, unitId: u.unitId })),
  'Mutation.updateAccount': row(ACCOUNT_MANAGE, (fx) => ({ input: { id: fx.victimAccountId, version: STALE, displayName: '矩阵' } })),
  'Mutation.updateTaskDefinition': row(CONFIG, (_fx, u) => ({ input: { id: u.taskId, expectedVersion: STALE, title: '矩阵' } })),
  'Mutation.updateUnit': row(UNIT_MANAGE, (_fx, u) => ({ input: { id: u.unitId, version: STALE, name: '矩阵改名' } })),
  'Mutation.updateWarningRule': row(CONFIG, (fx) => ({ input: { id: fx.randomId, version: STALE, name: '矩阵' } })),
};

export interface RouteRow {
  verdicts: Record<Principal, Verdict>;
  /** method and URL for one attempt; `u` is the unit data aimed at */
  request: (fx: MatrixFx, u: UnitData) => { method: string; path: string; upload?: boolean };
  /** statuses that also mean "refused", e.g. 404 where a job the caller may not see reads as absent */
  refusalStatuses?: number[];
}

const route = (verdicts: string, request: RouteRow['request'], extra: Partial<RouteRow> = {}): RouteRow => ({
  verdicts: parse(verdicts),
  request,
  ...extra,
});
const exportOf = (name: string) => route(SCORE_READ, (fx) => ({ method: 'GET', path: `/files/exports/${name}.xlsx?periodId=${fx.march}` }));
const template = (name: string) => route(ANY_SIGNED_IN, () => ({ method: 'GET', path: `/files/templates/${name}` }));

/**
 * Every HTTP route the API registers, keyed `METHOD path` as express knows it. Routes that need no
 * session (health, the web apps' static files) are listed in PUBLIC_ROUTES instead.
 */
export const ROUTE_MATRIX: Record<string, RouteRow> = {
  'POST /files/evidence': route(UPLOADER, (_fx, u) => ({
    method: 'POST',
    path: `/files/evidence?unitId=${u.unitId}`,
    upload: true,
  })),
  'GET /files/evidence/:id': route(READ_ALL_OR_OWN, (_fx, u) => ({ method: 'GET', path: `/files/evidence/${u.evidenceId}` })),
  'DELETE /files/evidence/:id': route(EVIDENCE_OWNER, (_fx, u) => ({ method: 'DELETE', path: `/files/evidence/${u.evidenceId}` })),
  'POST /files/imports/units': route(CONFIG, () => ({ method: 'POST', path: '/files/imports/units?mode=upsert', upload: true })),
  'POST /files/imports/task-lists': route(CONFIG, (fx) => ({
    method: 'POST',
    path: `/files/imports/task-lists?cycleId=${fx.randomId}&mode=replace`,
    upload: true,
  })),
  // MONITORING_ENTER; a period that names nothing is NOT_FOUND, answered before the file is read
  'POST /files/imports/dual-publicity': route(MONITORING, (fx) => ({
    method: 'POST',
    path: `/files/imports/dual-publicity?periodId=${fx.randomId}`,
    upload: true,
  })),
  'GET /files/templates/units.xlsx': template('units.xlsx'),
  'GET /files/templates/task-list.xlsx': template('task-list.xlsx'),
  'GET /files/templates/task-list-genhe-2023.xlsx': template('task-list-genhe-2023.xlsx'),
  'GET /files/exports/:file': exportOf('ranking'),
  'GET /files/exports/:file (completion)': exportOf('completion'),
  'GET /files/exports/:file (warnings)': exportOf('warnings'),
  'GET /files/exports/:file (score-matrix)': exportOf('score-matrix'),
  // a job the caller may not read is NOT_FOUND, like one that does not exist
  'GET /files/export-jobs/:id': route(JOB_OF_OFFICE, (fx) => ({ method: 'GET', path: `/files/export-jobs/${fx.officeExportJobId}` }), {
    refusalStatuses: [404],
  }),
  'GET /files/reports/:file': route(SCORE_READ, (fx) => ({ method: 'GET', path: `/files/reports/${fx.march}.docx` })),
};

/** Routes anyone may call. */
export const PUBLIC_ROUTES = ['GET /health', 'GET /', 'GET <web app static files>'];
