import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's `x-request-id` when it is a plain token (it goes into logs and headers), else a new one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
}

/** Express's half: the id goes to `res.locals.requestId` (the context reads it) and the response header. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const requestId = requestIdFor(req.headers['x-request-id']);
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  next();
};
