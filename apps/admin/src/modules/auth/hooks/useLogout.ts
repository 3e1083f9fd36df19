import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LOGOUT } from '../graphql/mutations/logoutMutation';

/** Ends the session on the server, forgets every cached answer and returns to the login page. */
export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const [mutate, { loading }] = useMutation(LOGOUT);
  const client = useApolloClient();
  const navigate = useNavigate();
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // an already expired session is logged out anyway
    }
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, mutate, navigate]);
  return { logout, loading };
}
