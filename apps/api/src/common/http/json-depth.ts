import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';

/** Far deeper than any indicator-system definition or submission value the product stores (< 20). */
export const MAX_JSON_DEPTH = 64;

/** Nesting depth of a parsed JSON value, measured without recursion (the value may be 100,000 deep). */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node as object))
      stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses a GraphQL request whose body nests deeper than MAX_JSON_DEPTH before any resolver
 * machinery walks it: argument conversion and validation recurse, and a 5,000-deep JSON argument
 * would overflow the stack (an internal error) instead of being refused.
 */
export function refuseDeepJson(req: Request, res: Response, next: NextFunction): void {
  if (!jsonDepthExceeds(req.body, MAX_JSON_DEPTH + 2)) {
    next();
    return;
  }
  res.status(400).json({
    errors: [
      {
        message: `请求数据嵌套过深（超过${MAX_JSON_DEPTH}层）`,
        extensions: { code: ErrorCode.VALIDATION_FAILED, details: { reason: 'JSON_TOO_DEEP' } },
      },
    ],
  });
}
