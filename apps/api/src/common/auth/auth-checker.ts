import type { AuthChecker } from 'type-graphql';
import { Action } from './permissions';
import { requireAnyOf, requireUser, type AuthContext } from './guards';

const knownActions = new Set<string>(Object.values(Action));

/**
 * The one type-graphql authChecker. `@Authorized()` means signed in; `@Authorized(Action.X, …)`
 * means the role holds one of the actions. It throws typed AppErrors instead of returning false so
 * clients always get UNAUTHENTICATED / FORBIDDEN / PASSWORD_CHANGE_REQUIRED codes. Services check
 * again (with the unit scope), so a resolver forgetting the decorator still fails closed.
 */
export const authChecker: AuthChecker<AuthContext, string> = ({ context }, required) => {
  const unknown = required.filter((name) => !knownActions.has(name));
  if (unknown.length > 0) throw new Error(`@Authorized 使用了未知权限：${unknown.join(', ')}`);
  if (required.length === 0) requireUser(context);
  else requireAnyOf(context, required as Action[]);
  return true;
};
