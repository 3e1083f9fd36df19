import { AppLayout } from '@govtrust/ui';
import { Result, Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { AccessFlag } from './access';
import { RequireAccess } from './modules/auth/components/RequireAccess';
import { SessionProvider } from './modules/auth/components/SessionProvider';
import { UserMenu } from './modules/auth/components/UserMenu';
import { useAccess } from './modules/auth/hooks/useSession';
import { pageLoaders } from './pages/pageLoaders';
import { homeFor, menuFor } from './routes';

const LoginPage = lazy(pageLoaders.login);
const DashboardPage = lazy(pageLoaders.dashboard);
const ReviewQueuePage = lazy(pageLoaders.review);
const TaskListsPage = lazy(pageLoaders['task-lists']);
const PeriodsPage = lazy(pageLoaders.periods);
const UnitsPage = lazy(pageLoaders.units);
const AccountsPage = lazy(pageLoaders.accounts);
const AuditLogPage = lazy(pageLoaders['audit-logs']);
const IndicatorSystemListPage = lazy(pageLoaders['indicator-systems']);
const IndicatorSystemDetailPage = lazy(pageLoaders['indicator-system']);
const ScoresPage = lazy(pageLoaders.scores);
const WarningsPage = lazy(pageLoaders.warnings);
const ReportsPage = lazy(pageLoaders.reports);
const MonitoringEntryPage = lazy(pageLoaders.monitoring);
const NotFoundPage = lazy(pageLoaders['not-found']);

const fallback = <Spin style={{ display: 'block', margin: '64px auto' }} />;

const guarded = (flag: AccessFlag, page: React.ReactNode) => <RequireAccess flag={flag}>{page}</RequireAccess>;

function Home() {
  const home = homeFor(useAccess());
  return home ? <Navigate to={`/${home}`} replace /> : <Result status="403" title="您的账号没有可用的功能" />;
}

export function ConsoleShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const access = useAccess();
  const menuItems = useMemo(() => menuFor(access), [access]);
  const section = location.pathname.split('/')[1] ?? '';
  return (
    <AppLayout
      title="政务诚信监测评估平台 · 信用办管理后台"
      menuItems={menuItems}
      selectedKey={section}
      onNavigate={(key) => void navigate(`/${key}`)}
      userSlot={<UserMenu />}
    >
      <Suspense fallback={fallback}>
        <Routes>
          <Route index element={<Home />} />
          <Route path="dashboard" element={guarded('canViewDashboard', <DashboardPage />)} />
          <Route path="review" element={guarded('canReview', <ReviewQueuePage />)} />
          <Route path="task-lists" element={guarded('canManageTaskLists', <TaskListsPage />)} />
          <Route path="scores" element={guarded('canViewScores', <ScoresPage />)} />
          <Route path="warnings" element={guarded('canViewWarnings', <WarningsPage />)} />
          <Route path="reports" element={guarded('canViewReports', <ReportsPage />)} />
          <Route path="periods" element={guarded('canManagePeriods', <PeriodsPage />)} />
          <Route path="units" element={guarded('canViewUnits', <UnitsPage />)} />
          <Route path="accounts" element={guarded('canManageAccounts', <AccountsPage />)} />
          <Route path="audit-logs" element={guarded('canViewAuditLog', <AuditLogPage />)} />
          <Route path="monitoring" element={guarded('canEnterMonitoringData', <MonitoringEntryPage />)} />
          <Route path="indicator-systems" element={guarded('canViewIndicatorSystems', <IndicatorSystemListPage />)} />
          <Route path="indicator-systems/:id" element={guarded('canViewIndicatorSystems', <IndicatorSystemDetailPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/admin">
      <Suspense fallback={fallback}>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route
            path="*"
            element={
              <SessionProvider>
                <ConsoleShell />
              </SessionProvider>
            }
          />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
