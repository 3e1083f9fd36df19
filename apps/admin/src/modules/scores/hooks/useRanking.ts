import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RankingQuery, UnitKind } from '../../../generated/graphql';
import { startupData } from '../../common/utils/startupData';
import { RANKING } from '../graphql/queries/rankingQuery';
import type { RankingRow } from '../utils/rankingRows';
import { rankingRequest, type RankingView } from '../utils/rankingView';

export type RankingMeta = Omit<RankingQuery['ranking'], 'nodes'>;

const NO_ROWS: RankingRow[] = [];

/**
 * One page of the ranking as the API sorts and filters it. While the next page, order or filter
 * loads, the rows already on screen stay (with the table's spinner) instead of a blank table.
 */
export function useRanking(periodId: string | undefined, unitKind: UnitKind, provisional: boolean, view: RankingView) {
  const variables = rankingRequest(periodId ?? '', unitKind, provisional, view);
  // read once per mount: the start-up prefetch may have just put exactly this page in the cache
  const [fetchPolicy] = useState(() => startupData.firstFetchPolicy('Ranking', variables));
  const { data, previousData, loading, error, refetch } = useQuery(RANKING, {
    variables,
    skip: !periodId,
    fetchPolicy,
    // after the first answer (and for every other page, order or filter): the cache at once, then the network
    nextFetchPolicy: () => 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // an error (e.g. NOT_PUBLISHED) replaces the rows: figures of another selection must not linger
  const shown = error || !periodId ? undefined : (data ?? previousData)?.ranking;
  const { nodes, ...meta } = shown ?? { nodes: NO_ROWS };
  return {
    rows: nodes,
    meta: shown ? (meta as RankingMeta) : null,
    loading,
    error: error ?? null,
    refetch: () => void refetch().catch(() => undefined),
  };
}
