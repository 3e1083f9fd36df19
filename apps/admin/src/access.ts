/**
 * What the signed-in user may do in the console, as flags (ant-design-pro's access.ts). Pure, so
 * routes, menus and buttons can ask it and tests can pin it. Fed by `me.role` and
 * `me.capabilities` (the API's permission table), so the console never grants what the API refuses;
 * the API enforces the same rules again.
 */
import type { Action, Role } from './generated/graphql';

export type { Action, Role };

export interface Access {
  /** unit users work in the submission portal, not in this console */
  canUseConsole: boolean;
  /** 工作台: the period's submissions at a glance */
  canViewDashboard: boolean;
  canViewIndicatorSystems: boolean;
  canConfigureSystems: boolean;
  canManagePeriods: boolean;
  canManageTaskLists: boolean;
  canReview: boolean;
  canViewUnits: boolean;
  canManageUnits: boolean;
  canImportUnits: boolean;
  /** 大数据监测、法院记录等无单位报送的数据 */
  canEnterMonitoringData: boolean;
  /** 得分排名、得分卡、趋势 */
  canViewScores: boolean;
  canComputeScores: boolean;
  /** publish a period's results and adjust grades */
  canPublishScores: boolean;
  /** 预警 list (the office reads every unit's) */
  canViewWarnings: boolean;
  canAcknowledgeWarnings: boolean;
  canManageWarningRules: boolean;
  canViewReports: boolean;
  canDraftReports: boolean;
  canViewAccounts: boolean;
  canManageAccounts: boolean;
  canViewAuditLog: boolean;
  canManageSettings: boolean;
}

export type AccessFlag = keyof Access;

export interface CurrentUser {
  role: Role;
  capabilities: readonly Action[];
}

const CONSOLE_ROLES: ReadonlySet<Role> = new Set<Role>(['CREDIT_OFFICE', 'EVALUATOR', 'LEADER', 'ADMIN']);

export function accessFor(user: CurrentUser | null | undefined): Access {
  const can = new Set<Action>(user && CONSOLE_ROLES.has(user.role) ? user.capabilities : []);
  const has = (action: Action) => can.has(action);
  return {
    canUseConsole: Boolean(user && CONSOLE_ROLES.has(user.role)),
    canViewDashboard: has('SUBMISSION_READ_ALL'),
    // the system pages are read-only for anyone who reads scores or configures them
    canViewIndicatorSystems: has('CONFIG_MANAGE') || has('SCORE_READ'),
    canConfigureSystems: has('CONFIG_MANAGE'),
    canManagePeriods: has('CONFIG_MANAGE'),
    canManageTaskLists: has('CONFIG_MANAGE'),
    canReview: has('SUBMISSION_REVIEW'),
    canViewUnits: has('UNIT_READ_ALL'),
    canManageUnits: has('UNIT_MANAGE'),
    canImportUnits: has('UNIT_MANAGE') && (has('DATA_IMPORT') || has('CONFIG_MANAGE')),
    canEnterMonitoringData: has('MONITORING_ENTER'),
    canViewScores: has('SCORE_READ'),
    canComputeScores: has('SCORE_COMPUTE'),
    canPublishScores: has('SCORE_PUBLISH'),
    canViewWarnings: has('SCORE_READ') || has('SUBMISSION_READ_ALL'),
    canAcknowledgeWarnings: has('SUBMISSION_REVIEW'),
    canManageWarningRules: has('CONFIG_MANAGE'),
    canViewReports: has('SCORE_READ'),
    canDraftReports: has('SCORE_COMPUTE'),
    canViewAccounts: has('ACCOUNT_READ'),
    canManageAccounts: has('ACCOUNT_MANAGE'),
    canViewAuditLog: has('AUDIT_READ'),
    canManageSettings: user?.role === 'ADMIN',
  };
}
