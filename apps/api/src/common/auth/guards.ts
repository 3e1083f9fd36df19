import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';
import { can, type Action } from './permissions';
import { isUnitRole, type Role } from './roles';
import type { SessionUser } from './session-user';

/** The part of the request context the guards need; RequestContext satisfies it. */
export interface AuthContext {
  user: SessionUser | null;
}

export function requireUser(ctx: AuthContext): SessionUser {
  if (!ctx.user) throw new AppError(ErrorCode.UNAUTHENTICATED);
  return ctx.user;
}

/** A user flagged by an admin reset may only change the password, read `me` and log out. */
function requireActiveUser(ctx: AuthContext): SessionUser {
  const user = requireUser(ctx);
  if (user.mustChangePassword) throw new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED);
  return user;
}

export function requireRole(ctx: AuthContext, ...roles: Role[]): SessionUser {
  const user = requireActiveUser(ctx);
  if (!roles.includes(user.role)) throw new AppError(ErrorCode.FORBIDDEN);
  return user;
}

export function requireCan(ctx: AuthContext, action: Action): SessionUser {
  return requireAnyOf(ctx, [action]);
}

/** Passes when the role holds at least one of `actions`. */
export function requireAnyOf(ctx: AuthContext, actions: readonly Action[]): SessionUser {
  const user = requireActiveUser(ctx);
  if (!actions.some((action) => can(user, action))) throw new AppError(ErrorCode.FORBIDDEN);
  return user;
}

/**
 * A unit user may only touch its own unit (the id on its account, never one from the client).
 * Other roles pass when they hold `allAction` (e.g. UNIT_READ_ALL); without it they are refused.
 */
export function requireUnitScope(ctx: AuthContext, unitId: string, allAction?: Action): SessionUser {
  const user = requireActiveUser(ctx);
  if (isUnitRole(user.role)) {
    if (user.unitId !== unitId) throw new AppError(ErrorCode.FORBIDDEN, '只能访问本单位的数据');
    return user;
  }
  if (allAction && !can(user, allAction)) throw new AppError(ErrorCode.FORBIDDEN);
  return user;
}

/** The unit a unit user is bound to, or null for roles that see every unit. */
export function ownUnitScope(ctx: AuthContext): string | null {
  const user = requireActiveUser(ctx);
  if (!isUnitRole(user.role)) return null;
  if (!user.unitId) throw new AppError(ErrorCode.FORBIDDEN, '账号未关联单位');
  return user.unitId;
}
