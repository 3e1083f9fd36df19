import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeError, useSessionEvents } from '@govtrust/ui';
import { Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOGOUT } from '../graphql/mutations/logoutMutation';
import { ME } from '../graphql/queries/meQuery';
import { SessionContext, type Session } from '../hooks/sessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LoginForm } from './LoginForm';

const EXPIRED = '登录已过期或已在其他地方退出，请重新登录';
const NOT_A_UNIT = '本系统供各单位填报使用，请使用单位填报人或单位负责人账号登录';

/**
 * Who is signed in decides what renders: the login page, the forced password change, or the portal.
 * The page the user was on stays in the URL, so signing in again after an expiry returns there.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const events = useSessionEvents();
  const me = useQuery(ME, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [logout] = useMutation(LOGOUT);
  const [signedOut, setSignedOut] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const { refetch } = me;
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event === 'UNAUTHENTICATED') {
          setNotice(EXPIRED);
          setSignedOut(true);
          void client.clearStore();
        } else {
          // PASSWORD_CHANGE_REQUIRED: `me` tells the gate to show the password form
          void refetch();
        }
      }),
    [events, client, refetch],
  );

  const account = signedOut ? null : (me.data?.me ?? null);
  const session = useMemo<Session | null>(
    () =>
      account
        ? {
            account,
            isApprover: account.role === 'UNIT_APPROVER',
            signOut: async () => {
              await logout().catch(() => undefined);
              setNotice(null);
              setSignedOut(true);
              await client.clearStore();
            },
          }
        : null,
    [account, client, logout],
  );

  const signedIn = async () => {
    // another unit may have used this browser: nothing cached may carry over
    await client.clearStore();
    setNotice(null);
    setSignedOut(false);
    await refetch();
  };

  if (!me.data && me.loading) return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  if (me.error && !me.data && describeError(me.error).code !== 'UNAUTHENTICATED' && !signedOut) {
    // the API is unreachable or failing: say so on the login page rather than a blank screen
    return <LoginForm notice={describeError(me.error).message} onSignedIn={() => void signedIn()} />;
  }
  if (!session) return <LoginForm notice={notice} onSignedIn={() => void signedIn()} />;
  if (session.account.mustChangePassword) {
    return <ChangePasswordForm onChanged={() => void refetch()} onCancel={() => void session.signOut()} />;
  }
  if (!session.account.unit) {
    return <LoginForm notice={NOT_A_UNIT} onSignedIn={() => void signedIn()} />;
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
