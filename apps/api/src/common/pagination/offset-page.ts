import { AppError } from '../errors/app-error';
import type { Page } from './connection.type';

const PREFIX = 'o:';

/**
 * Pages whose order the database computes (sorted, filtered, grouped in SQL) carry the row offset
 * as their cursor; `offset` lets a table jump to page N. Returns the first row to read.
 */
export function pageStart(args: { after?: string | null; offset?: number | null }): number {
  if (args.after && args.offset != null) {
    throw AppError.validation([{ field: 'offset', message: 'offset 与 after 不能同时使用' }]);
  }
  if (!args.after) return args.offset ?? 0;
  const text = Buffer.from(args.after, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw AppError.validation([{ field: 'after', message: '分页游标无效' }]);
  return offset + 1;
}

/** The Connection for rows read from `start`, the filtered total known. */
export function offsetPage<T>(nodes: T[], start: number, totalCount: number): Page<T> {
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: start + nodes.length < totalCount,
      endCursor: nodes.length === 0 ? null : Buffer.from(`${PREFIX}${start + nodes.length - 1}`).toString('base64url'),
    },
  };
}
