import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import type { Page } from './connection.type';
import type { PageArgs } from './page.args';

export interface PageOrder<T> {
  /** entity property (same as its column name) to sort by; `id` breaks ties */
  property: keyof T & string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | Date | null;
interface Cursor {
  v: string | number | null;
  d?: 1;
  id: string;
}

function encodeCursor(value: CursorValue, id: string): string {
  const cursor: Cursor =
    value instanceof Date ? { v: value.toISOString(), d: 1, id } : { v: value, id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string): { value: CursorValue; id: string } {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.id !== 'string') throw new Error('bad cursor');
    return { value: cursor.d && typeof cursor.v === 'string' ? new Date(cursor.v) : cursor.v, id: cursor.id };
  } catch {
    throw AppError.validation([{ field: 'after', message: '分页游标无效' }]);
  }
}

/**
 * Keyset pagination over (property, id): stable under inserts, no OFFSET scans. The query builder
 * carries the filters; this adds order, cursor condition and limit.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: PageOrder<T>,
): Promise<Page<T>> {
  const first = args.first ?? 20;
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const column = `${alias}.${order.property}`;
  const idColumn = `${alias}.id`;
  const cmp = order.direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const { value, id } = decodeCursor(args.after);
    if (value === null) {
      // nulls sort first ascending on both engines
      qb.andWhere(
        order.direction === 'ASC'
          ? `(${column} IS NOT NULL OR (${column} IS NULL AND ${idColumn} > :cursorId))`
          : `(${column} IS NULL AND ${idColumn} < :cursorId)`,
        { cursorId: id },
      );
    } else {
      qb.andWhere(`(${column} ${cmp} :cursorValue OR (${column} = :cursorValue AND ${idColumn} ${cmp} :cursorId))`, {
        cursorValue: value,
        cursorId: id,
      });
    }
  }
  const rows = await qb
    .orderBy(column, order.direction)
    .addOrderBy(idColumn, order.direction)
    .take(first + 1)
    .getMany();
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor(last[order.property] as CursorValue, last.id) : null,
    },
  };
}
