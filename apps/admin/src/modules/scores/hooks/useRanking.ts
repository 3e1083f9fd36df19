import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { RankingQuery, UnitKind } from '../../../generated/graphql';
import { RANKING } from '../graphql/queries/rankingQuery';
import type { RankingRow } from '../utils/rankingRows';

const PAGE = 100;

type Meta = Omit<RankingQuery['ranking'], 'nodes' | 'pageInfo'>;

export interface RankingState {
  rows: RankingRow[];
  meta: Meta | null;
  loading: boolean;
  /** rows read so far of totalCount while a long ranking loads */
  loaded: number;
  error: unknown;
}

const EMPTY: RankingState = { rows: [], meta: null, loading: false, loaded: 0, error: null };

/**
 * The whole ranking of a period and unit kind, page by page (the API caps a page at 100), so the
 * table can sort and filter thousands of units in the browser.
 */
export function useRanking(periodId: string | undefined, unitKind: UnitKind, provisional: boolean) {
  const client = useApolloClient();
  const [state, setState] = useState<RankingState>(EMPTY);
  const [generation, setGeneration] = useState(0);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!periodId) {
      setState(EMPTY);
      return undefined;
    }
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, loaded: 0, error: null }));
    (async () => {
      const rows: RankingRow[] = [];
      let meta: Meta | null = null;
      let after: string | null | undefined;
      do {
        const { data } = await client.query({ query: RANKING, variables: { periodId, unitKind, provisional, first: PAGE, after }, fetchPolicy: 'network-only' });
        if (!data || cancelled) break;
        const { nodes, pageInfo, ...rest } = data.ranking;
        meta = rest;
        rows.push(...nodes);
        setState((s) => ({ ...s, loaded: rows.length }));
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      } while (after);
      return { rows, meta };
    })()
      .then(({ rows, meta }) => !cancelled && setState({ rows, meta, loading: false, loaded: rows.length, error: null }))
      .catch((error: unknown) => !cancelled && setState({ ...EMPTY, error }));
    return () => {
      cancelled = true;
    };
  }, [client, periodId, unitKind, provisional, generation]);

  return { ...state, refetch };
}
