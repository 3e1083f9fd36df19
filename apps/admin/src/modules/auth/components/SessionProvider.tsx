import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError, useSessionEvents } from '@govtrust/ui';
import { App, Button, Result, Spin } from 'antd';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { accessFor } from '../../../access';
import { ME } from '../graphql/queries/meQuery';
import { SessionContext, type Session } from '../hooks/useSession';
import { loginPath } from '../utils/loginPath';
import { ChangePasswordModal } from './ChangePasswordModal';
import { LogoutButton } from './LogoutButton';

/**
 * Loads `me` once and gives the console its user and access flags. A session that ends while the
 * console is open (expiry, logout elsewhere) sends the user to the login page with the way back.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: 'network-only' });
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const events = useSessionEvents();
  const here = `${location.pathname}${location.search}`;
  const hereRef = useRef(here);
  hereRef.current = here;
  const signedIn = Boolean(data?.me);

  useEffect(
    () =>
      events.subscribe((problem) => {
        if (problem === 'PASSWORD_CHANGE_REQUIRED') {
          void refetch();
          return;
        }
        if (!signedIn) return;
        void message.warning('登录已过期，请重新登录');
        void client.clearStore();
        void navigate(loginPath(hereRef.current, true), { replace: true });
      }),
    [client, events, message, navigate, refetch, signedIn],
  );

  const session = useMemo<Session | null>(() => (data?.me ? { user: data.me, access: accessFor(data.me) } : null), [data]);

  if (loading && !session) return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  if (!session) {
    if (!error || describeError(error).code === 'UNAUTHENTICATED') return <Navigate to={loginPath(here)} replace />;
    return (
      <Result
        status="error"
        title="无法加载登录信息"
        subTitle={describeError(error).message}
        extra={
          <Button type="primary" onClick={() => void refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (!session.access.canUseConsole) {
    return (
      <Result
        status="403"
        title="单位账号请使用单位填报门户"
        subTitle="信用办管理后台仅供信用办、第三方评估机构、领导和系统管理员使用。"
        extra={[
          <Button key="portal" type="primary" href="/submit/">
            前往单位填报门户
          </Button>,
          <LogoutButton key="logout" />,
        ]}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      {children}
      {session.user.mustChangePassword ? <ChangePasswordModal open forced onClose={() => void refetch()} /> : null}
    </SessionContext.Provider>
  );
}
