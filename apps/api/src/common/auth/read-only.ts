import type { MiddlewareFn } from 'type-graphql';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';
import type { AuthContext } from './guards';

export const READ_ONLY_MESSAGE = 'API 令牌只能读取数据，不能执行修改操作';

/** Refuses a write by a read-only (API token) caller. */
export function assertWritable(ctx: AuthContext): void {
  if (ctx.user?.readOnly) throw new AppError(ErrorCode.FORBIDDEN, READ_ONLY_MESSAGE, { reason: 'READ_ONLY_TOKEN' });
}

/**
 * Global type-graphql middleware: every root field of a mutation (or subscription) is refused to
 * a read-only caller before its resolver runs, whatever decorators the resolver carries.
 */
export const readOnlyGuard: MiddlewareFn<AuthContext> = ({ context, info }, next) => {
  if (info.operation.operation !== 'query' && info.path.prev === undefined) assertWritable(context);
  return next();
};

/** Plain HTTP routes: anything but GET/HEAD changes data (uploads, deletes, imports). */
export function assertHttpMethodAllowed(ctx: AuthContext, method: string): void {
  if (method !== 'GET' && method !== 'HEAD') assertWritable(ctx);
}
