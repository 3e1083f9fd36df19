import { ErrorLink } from '@apollo/client/link/error';
import { describeError } from '@govtrust/ui';
import { reportSessionProblem } from './sessionEvents';

/**
 * The one place that reacts to errors globally, classified by the shared `describeError` mapping:
 * an expired session or a forced password change is reported to the session provider; everything
 * else is left to the component that asked, which shows `describeError(error).message`.
 */
export function createSessionErrorLink(): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    // a failed login is the login form's business, not an expired session
    if (operation.operationName === 'Login') return;
    const { code } = describeError(error);
    if (code === 'UNAUTHENTICATED' || code === 'PASSWORD_CHANGE_REQUIRED') reportSessionProblem(code);
  });
}
