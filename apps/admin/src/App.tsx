import { AppLayout } from '@govtrust/ui';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { CONSOLE_SECTIONS } from './routes';

const IndicatorSystemListPage = lazy(() => import('./pages/IndicatorSystemListPage'));
const IndicatorSystemDetailPage = lazy(() => import('./pages/IndicatorSystemDetailPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const MENU_ITEMS = CONSOLE_SECTIONS.map(({ key, label, icon }) => ({ key, label, icon }));

function ConsoleShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const section = location.pathname.split('/')[1] ?? '';
  return (
    <AppLayout title="政务诚信监测评估平台 · 信用办管理后台" menuItems={MENU_ITEMS} selectedKey={section} onNavigate={(key) => navigate(`/${key}`)}>
      <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
        <Routes>
          <Route index element={<Navigate to="/indicator-systems" replace />} />
          <Route path="indicator-systems" element={<IndicatorSystemListPage />} />
          <Route path="indicator-systems/:id" element={<IndicatorSystemDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/admin">
      <ConsoleShell />
    </BrowserRouter>
  );
}
