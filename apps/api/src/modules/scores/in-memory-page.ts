import { AppError } from '../../common/errors/app-error';
import type { Page } from '../../common/pagination/connection.type';
import type { PageArgs } from '../../common/pagination/page.args';

/**
 * Cursor pagination over rows computed in memory (a ranking is built from one period's cards,
 * at most a few hundred): the same Connection shape as `paginate`, the cursor being the row's
 * position key, so it stays valid while the underlying figures do not change.
 */
export function pageInMemory<T>(rows: readonly T[], args: PageArgs, keyOf: (row: T) => string): Page<T> {
  const first = args.first ?? 20;
  let start = 0;
  if (args.after) {
    let key: string;
    try {
      key = Buffer.from(args.after, 'base64url').toString('utf8');
    } catch {
      throw AppError.validation([{ field: 'after', message: '分页游标无效' }]);
    }
    const at = rows.findIndex((r) => keyOf(r) === key);
    if (at < 0) throw AppError.validation([{ field: 'after', message: '分页游标无效' }]);
    start = at + 1;
  }
  const nodes = rows.slice(start, start + first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount: rows.length,
    pageInfo: {
      hasNextPage: start + first < rows.length,
      endCursor: last === undefined ? null : Buffer.from(keyOf(last)).toString('base64url'),
    },
  };
}
