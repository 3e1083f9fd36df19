import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  AlertOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  TrophyOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { AppMenuItem } from '@govtrust/ui';
import type { Access, AccessFlag } from './access';

/** Console sections: the menu key is the first path segment; `access` names the flag a user needs. */
export interface ConsoleSection extends AppMenuItem {
  access: AccessFlag;
}

export const CONSOLE_SECTIONS: ConsoleSection[] = [
  { key: 'dashboard', label: '工作台', icon: <DashboardOutlined />, access: 'canViewDashboard' },
  { key: 'review', label: '审核队列', icon: <FileSearchOutlined />, access: 'canReview' },
  { key: 'task-lists', label: '任务清单', icon: <UnorderedListOutlined />, access: 'canManageTaskLists' },
  { key: 'scores', label: '得分排名', icon: <TrophyOutlined />, access: 'canViewScores' },
  { key: 'warnings', label: '预警', icon: <AlertOutlined />, access: 'canViewWarnings' },
  { key: 'reports', label: '报表导出', icon: <FileExcelOutlined />, access: 'canViewReports' },
  { key: 'monitoring', label: '监测数据录入', icon: <DatabaseOutlined />, access: 'canEnterMonitoringData' },
  { key: 'periods', label: '期次管理', icon: <CalendarOutlined />, access: 'canManagePeriods' },
  { key: 'indicator-systems', label: '指标体系', icon: <ApartmentOutlined />, access: 'canViewIndicatorSystems' },
  { key: 'units', label: '单位管理', icon: <BankOutlined />, access: 'canViewUnits' },
  { key: 'accounts', label: '账号管理', icon: <TeamOutlined />, access: 'canManageAccounts' },
  { key: 'audit-logs', label: '审计日志', icon: <AuditOutlined />, access: 'canViewAuditLog' },
];

/** The menu a user sees: the sections their access allows, in the console's order. */
export function menuFor(access: Access): AppMenuItem[] {
  return CONSOLE_SECTIONS.filter((section) => access[section.access]).map(({ key, label, icon }) => ({ key, label, icon }));
}

/** Where "/" leads: the first section the user may open, or null when there is none. */
export function homeFor(access: Access): string | null {
  return CONSOLE_SECTIONS.find((section) => access[section.access])?.key ?? null;
}

export function sectionAccess(key: string): AccessFlag | undefined {
  return CONSOLE_SECTIONS.find((section) => section.key === key)?.access;
}
