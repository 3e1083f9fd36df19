import type { Role } from './roles';

/** The signed-in account as the request context carries it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** set for unit roles; the only unit id a unit user's requests may touch */
  unitId: string | null;
  mustChangePassword: boolean;
  sessionId: string;
  /** signed in with a read-only API token: every write is refused (common/auth/read-only.ts) */
  readOnly?: boolean;
}
