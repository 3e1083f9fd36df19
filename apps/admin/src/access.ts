/**
 * What the signed-in user may do in the console, as flags (ant-design-pro's access.ts). Pure, so
 * routes and buttons can ask it and tests can pin it; the API enforces the same rules again.
 */
export type Role = 'CREDIT_OFFICE' | 'EVALUATOR' | 'UNIT_SUBMITTER' | 'UNIT_APPROVER' | 'LEADER' | 'ADMIN';

export interface Access {
  /** unit users work in the submission portal, not in this console */
  canUseConsole: boolean;
  canViewIndicatorSystems: boolean;
  canConfigureSystems: boolean;
  canManagePeriods: boolean;
  canManageTaskLists: boolean;
  canReview: boolean;
  /** 大数据监测、法院记录等无单位报送的数据 */
  canEnterMonitoringData: boolean;
  canComputeScores: boolean;
  canPublishScores: boolean;
  canViewReports: boolean;
  canDraftReports: boolean;
  canManageAccounts: boolean;
  canManageSettings: boolean;
}

export type AccessFlag = keyof Access;

export interface CurrentUser {
  role: Role;
}

const NO_ACCESS: Access = {
  canUseConsole: false,
  canViewIndicatorSystems: false,
  canConfigureSystems: false,
  canManagePeriods: false,
  canManageTaskLists: false,
  canReview: false,
  canEnterMonitoringData: false,
  canComputeScores: false,
  canPublishScores: false,
  canViewReports: false,
  canDraftReports: false,
  canManageAccounts: false,
  canManageSettings: false,
};

export function accessFor(user: CurrentUser | null | undefined): Access {
  if (!user) return NO_ACCESS;
  const { role } = user;
  const creditOffice = role === 'CREDIT_OFFICE';
  const evaluator = role === 'EVALUATOR';
  const leader = role === 'LEADER';
  const admin = role === 'ADMIN';
  return {
    canUseConsole: creditOffice || evaluator || leader || admin,
    canViewIndicatorSystems: creditOffice || evaluator || leader,
    // the evaluator scores and reports but must not change configuration (DOMAIN.md)
    canConfigureSystems: creditOffice,
    canManagePeriods: creditOffice,
    canManageTaskLists: creditOffice,
    canReview: creditOffice,
    canEnterMonitoringData: creditOffice || evaluator,
    canComputeScores: creditOffice || evaluator,
    canPublishScores: creditOffice,
    canViewReports: creditOffice || evaluator || leader,
    canDraftReports: creditOffice || evaluator,
    canManageAccounts: admin,
    canManageSettings: admin,
  };
}
