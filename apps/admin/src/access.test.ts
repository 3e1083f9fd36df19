import { accessFor, type AccessFlag, type Role } from './access';

const granted = (role: Role): AccessFlag[] =>
  (Object.entries(accessFor({ role })) as Array<[AccessFlag, boolean]>).filter(([, allowed]) => allowed).map(([flag]) => flag);

describe('accessFor', () => {
  it('gives nothing to an anonymous visitor', () => {
    expect(Object.values(accessFor(null)).some(Boolean)).toBe(false);
  });

  it('lets the credit office configure, review and publish, but not manage accounts', () => {
    const access = accessFor({ role: 'CREDIT_OFFICE' });
    expect(access.canConfigureSystems).toBe(true);
    expect(access.canReview).toBe(true);
    expect(access.canPublishScores).toBe(true);
    expect(access.canManageAccounts).toBe(false);
  });

  it('lets the evaluator enter monitoring data and score without changing configuration', () => {
    const access = accessFor({ role: 'EVALUATOR' });
    expect(access.canEnterMonitoringData).toBe(true);
    expect(access.canComputeScores).toBe(true);
    expect(access.canDraftReports).toBe(true);
    expect(access.canConfigureSystems).toBe(false);
    expect(access.canManageTaskLists).toBe(false);
    expect(access.canPublishScores).toBe(false);
  });

  it('lets leadership read reports only', () => {
    expect(granted('LEADER')).toEqual(['canUseConsole', 'canViewIndicatorSystems', 'canViewReports']);
  });

  it('keeps the administrator to accounts and settings', () => {
    expect(granted('ADMIN')).toEqual(['canUseConsole', 'canManageAccounts', 'canManageSettings']);
  });

  it('sends unit users to the submission portal', () => {
    expect(granted('UNIT_SUBMITTER')).toEqual([]);
    expect(granted('UNIT_APPROVER')).toEqual([]);
  });
});
