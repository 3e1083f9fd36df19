import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';

/**
 * CSRF for multipart POSTs: a cross-site HTML form can post multipart with the user's cookie but
 * cannot add a custom header, and a cross-site fetch that adds one needs a CORS preflight we never
 * grant. The clients send `x-govtrust-upload: 1` (or Apollo's `apollo-require-preflight`).
 */
export function requireUploadHeader(req: Request): void {
  if (req.get('x-govtrust-upload') === '1' || req.get('apollo-require-preflight')) return;
  throw new AppError(ErrorCode.FORBIDDEN, '上传请求缺少 x-govtrust-upload 请求头，已拒绝（防跨站请求伪造）', {
    reason: 'CSRF_HEADER_MISSING',
  });
}

/** `?flag=1` / `true` */
export function queryFlag(req: Request, name: string): boolean {
  const value = req.query[name];
  return value === '1' || value === 'true';
}

export function queryString(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
