import { createContext, useContext } from 'react';
import type { MeQuery } from '../../../generated/graphql';

export type SignedInAccount = MeQuery['me'];

export interface Session {
  account: SignedInAccount;
  /** the approver signs the unit's submissions off before they reach the credit office */
  isApprover: boolean;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside the signed-in portal');
  return session;
}
