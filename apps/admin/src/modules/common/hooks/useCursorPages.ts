import { useCallback, useState } from 'react';

export interface CursorPages {
  /** 1-based page number */
  page: number;
  /** the `after` argument for the current page */
  after: string | undefined;
  next(endCursor: string | null | undefined): void;
  previous(): void;
  reset(): void;
}

/**
 * Pages over the API's cursor connections: the cursors of the pages already seen are kept, so
 * 上一页 goes back without the server knowing page numbers.
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((seen) => [...seen, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { page: cursors.length, after: cursors[cursors.length - 1], next, previous, reset };
}
