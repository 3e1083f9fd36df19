import { HistoryOutlined, TrophyOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { ApolloClient } from '@apollo/client';
import { ApolloSessionProvider, AppLayout, type SessionEvents } from '@govtrust/ui';
import { Grid, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { SessionGate } from './modules/auth/components/SessionGate';
import { UserMenu } from './modules/auth/components/UserMenu';

const CurrentTasksPage = lazy(() => import('./pages/CurrentTasksPage'));
const TaskPage = lazy(() => import('./pages/TaskPage'));
const HistoryPage = lazy(() => import('./pages/HistoryPage'));
const SubmissionPage = lazy(() => import('./pages/SubmissionPage'));
const ScoresPage = lazy(() => import('./pages/ScoresPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const MENU_ITEMS = [
  { key: 'tasks', label: '本期任务', icon: <UnorderedListOutlined /> },
  { key: 'history', label: '历史记录', icon: <HistoryOutlined /> },
  { key: 'scores', label: '我的得分', icon: <TrophyOutlined /> },
];
// a phone's header holds the three entries only with short labels, no icons and a short title
const PHONE_LABELS: Record<string, string> = { tasks: '任务', history: '历史', scores: '得分' };
const PHONE_MENU_ITEMS = MENU_ITEMS.map(({ key }) => ({ key, label: PHONE_LABELS[key] ?? key }));

export function PortalShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <AppLayout
      title={phone ? '填报' : '政务诚信数据填报'}
      menuPlacement="top"
      menuItems={phone ? PHONE_MENU_ITEMS : MENU_ITEMS}
      selectedKey={location.pathname.split('/')[1]}
      onNavigate={(key) => void navigate(`/${key}`)}
      userSlot={<UserMenu />}
    >
      <div style={{ maxWidth: 960, margin: '0 auto' }}>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
          <Routes>
            <Route index element={<Navigate to="/tasks" replace />} />
            <Route path="tasks" element={<CurrentTasksPage />} />
            <Route path="tasks/:taskId/:periodId" element={<TaskPage />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="history/:id" element={<SubmissionPage />} />
            <Route path="scores" element={<ScoresPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </div>
    </AppLayout>
  );
}

export interface PortalProps {
  client: ApolloClient;
  events: SessionEvents;
}

/** Everything below the providers: signed-in gate, then the portal's pages. */
export function Portal({ client, events }: PortalProps) {
  return (
    <ApolloSessionProvider client={client} events={events}>
      <SessionGate>
        <PortalShell />
      </SessionGate>
    </ApolloSessionProvider>
  );
}

export function App(props: PortalProps) {
  return (
    <BrowserRouter basename="/submit">
      <Portal {...props} />
    </BrowserRouter>
  );
}
