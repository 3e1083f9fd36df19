import type { AuthChecker } from 'type-graphql';
import { Action } from './permissions';
import { requireCan, requireUser, type AuthContext } from './guards';

const actions = new Set<string>(Object.values(Action));

/**
 * The one type-graphql authChecker. `@Authorized()` means signed in; `@Authorized(Action.X)` means
 * the role holds X. It throws typed AppErrors instead of returning false so clients always get
 * UNAUTHENTICATED / FORBIDDEN / PASSWORD_CHANGE_REQUIRED codes.
 */
export const authChecker: AuthChecker<AuthContext, string> = ({ context }, required) => {
  if (required.length === 0) {
    requireUser(context);
    return true;
  }
  for (const name of required) {
    if (!actions.has(name)) throw new Error(`@Authorized 使用了未知权限 ${name}`);
  }
  const user = requireUser(context);
  // any one of the listed actions is enough
  const granted = required.find((name) => {
    try {
      requireCan({ user }, name as Action);
      return true;
    } catch {
      return false;
    }
  });
  if (!granted) requireCan({ user }, required[0] as Action);
  return true;
};
