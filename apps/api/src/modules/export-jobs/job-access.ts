import { isUnitRole } from '../../common/auth/roles';
import type { SessionUser } from '../../common/auth/session-user';
import type { ExportJob } from './export-job.entity';

/** A job is its starter's, and readable by anyone holding the starter's role (who could have started it themselves); never a unit user's but their own. */
export function visibleTo(job: ExportJob, user: SessionUser): boolean {
  if (job.createdById === user.id) return true;
  return !isUnitRole(user.role) && job.createdByRole === user.role;
}
