import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS from an explicit allow-list. The console and the portal are served by this same origin,
 * so the default list is empty: a browser on any other origin gets no Access-Control-Allow-*
 * headers and cannot read a response (nor send the JSON POST that GraphQL needs). Credentials are
 * allowed only for the listed origins, which must be spelled out in full (scheme, host, port).
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    maxAge: 600,
  });
}
