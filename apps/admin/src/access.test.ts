import { accessFor, type AccessFlag, type Action, type Role } from './access';

/** The API's grants per role (apps/api/src/common/auth/permissions.ts), as `me.capabilities` returns them. */
const CAPABILITIES: Record<Role, Action[]> = {
  ADMIN: ['ACCOUNT_READ', 'ACCOUNT_MANAGE', 'UNIT_READ_ALL', 'UNIT_MANAGE', 'AUDIT_READ'],
  CREDIT_OFFICE: [
    'ACCOUNT_READ',
    'UNIT_READ_ALL',
    'UNIT_MANAGE',
    'AUDIT_READ',
    'CONFIG_MANAGE',
    'SUBMISSION_REVIEW',
    'SUBMISSION_READ_ALL',
    'MONITORING_ENTER',
    'SCORE_COMPUTE',
    'SCORE_PUBLISH',
    'SCORE_READ',
    'DATA_IMPORT',
  ],
  EVALUATOR: ['UNIT_READ_ALL', 'SUBMISSION_READ_ALL', 'MONITORING_ENTER', 'SCORE_COMPUTE', 'SCORE_READ', 'DATA_IMPORT'],
  UNIT_SUBMITTER: ['SUBMISSION_FILL'],
  UNIT_APPROVER: ['SUBMISSION_FILL', 'SUBMISSION_APPROVE'],
  LEADER: ['UNIT_READ_ALL', 'SUBMISSION_READ_ALL', 'SCORE_READ'],
};

const accessOf = (role: Role) => accessFor({ role, capabilities: CAPABILITIES[role] });
const granted = (role: Role): AccessFlag[] =>
  (Object.entries(accessOf(role)) as Array<[AccessFlag, boolean]>).filter(([, allowed]) => allowed).map(([flag]) => flag);

describe('accessFor', () => {
  it('gives nothing to an anonymous visitor', () => {
    expect(Object.values(accessFor(null)).some(Boolean)).toBe(false);
  });

  it('lets the credit office configure, review, manage units and read the audit log, but not manage accounts', () => {
    const access = accessOf('CREDIT_OFFICE');
    expect(access.canConfigureSystems).toBe(true);
    expect(access.canManagePeriods).toBe(true);
    expect(access.canManageTaskLists).toBe(true);
    expect(access.canReview).toBe(true);
    expect(access.canManageUnits).toBe(true);
    expect(access.canImportUnits).toBe(true);
    expect(access.canViewAuditLog).toBe(true);
    expect(access.canPublishScores).toBe(true);
    expect(access.canViewAccounts).toBe(true);
    expect(access.canManageAccounts).toBe(false);
  });

  it('lets the evaluator read submissions and score without changing configuration', () => {
    const access = accessOf('EVALUATOR');
    expect(access.canViewDashboard).toBe(true);
    expect(access.canEnterMonitoringData).toBe(true);
    expect(access.canComputeScores).toBe(true);
    expect(access.canConfigureSystems).toBe(false);
    expect(access.canManageTaskLists).toBe(false);
    expect(access.canReview).toBe(false);
    expect(access.canPublishScores).toBe(false);
    // reads warnings and evaluates them, but acknowledging and rule changes are the office's
    expect(access.canViewWarnings).toBe(true);
    expect(access.canAcknowledgeWarnings).toBe(false);
    expect(access.canManageWarningRules).toBe(false);
  });

  it('lets the credit office publish, adjust grades, acknowledge warnings and manage warning rules', () => {
    const access = accessOf('CREDIT_OFFICE');
    expect(access.canViewScores).toBe(true);
    expect(access.canComputeScores).toBe(true);
    expect(access.canPublishScores).toBe(true);
    expect(access.canAcknowledgeWarnings).toBe(true);
    expect(access.canManageWarningRules).toBe(true);
  });

  it('lets leadership read only', () => {
    expect(granted('LEADER')).toEqual([
      'canUseConsole',
      'canViewDashboard',
      'canViewIndicatorSystems',
      'canViewUnits',
      'canViewScores',
      'canViewWarnings',
      'canViewReports',
    ]);
  });

  it('keeps the administrator to accounts, units, the audit log and settings', () => {
    expect(granted('ADMIN')).toEqual([
      'canUseConsole',
      'canViewUnits',
      'canManageUnits',
      'canViewAccounts',
      'canManageAccounts',
      'canViewAuditLog',
      'canManageSettings',
    ]);
  });

  it('sends unit users to the submission portal whatever capabilities they carry', () => {
    expect(granted('UNIT_SUBMITTER')).toEqual([]);
    expect(granted('UNIT_APPROVER')).toEqual([]);
  });

  it('follows the capabilities the API reports, not the role name alone', () => {
    const reviewerWithoutReview = accessFor({ role: 'CREDIT_OFFICE', capabilities: ['SUBMISSION_READ_ALL'] });
    expect(reviewerWithoutReview.canReview).toBe(false);
    expect(reviewerWithoutReview.canViewDashboard).toBe(true);
  });
});
