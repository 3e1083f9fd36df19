import { createContext, useContext } from 'react';
import type { Access } from '../../../access';
import type { MeQuery } from '../../../generated/graphql';

export type SessionUser = MeQuery['me'];

export interface Session {
  user: SessionUser;
  access: Access;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export function useAccess(): Access {
  return useSession().access;
}
