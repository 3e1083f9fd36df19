import { UnorderedListOutlined } from '@ant-design/icons';
import { AppLayout } from '@govtrust/ui';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';

const CurrentTasksPage = lazy(() => import('./pages/CurrentTasksPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const MENU_ITEMS = [{ key: 'tasks', label: '本期任务', icon: <UnorderedListOutlined /> }];

export function PortalShell() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <AppLayout
      title="政务诚信数据填报"
      menuPlacement="top"
      menuItems={MENU_ITEMS}
      selectedKey={location.pathname.split('/')[1]}
      onNavigate={(key) => navigate(`/${key}`)}
    >
      <div style={{ maxWidth: 960, margin: '0 auto' }}>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
          <Routes>
            <Route index element={<Navigate to="/tasks" replace />} />
            <Route path="tasks" element={<CurrentTasksPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </div>
    </AppLayout>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/submit">
      <PortalShell />
    </BrowserRouter>
  );
}
