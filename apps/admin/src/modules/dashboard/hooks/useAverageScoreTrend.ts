import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { GRADE_LISTS } from '../../scores/graphql/queries/gradeListsQuery';
import type { TrendPoint } from '../../scores/components/charts/ScoreTrendChart';
import { averageTotal } from '../../scores/utils/scoreDistribution';

export interface TrendPeriod {
  id: string;
  label: string;
}

/**
 * The graded units' average total in each of `periods` (current figures), for the dashboard's trend
 * line. Pass a memoised list: a new array refetches.
 */
export function useAverageScoreTrend(periods: readonly TrendPeriod[]) {
  const client = useApolloClient();
  const [state, setState] = useState<{ points: TrendPoint[]; loading: boolean; error: unknown }>({ points: [], loading: false, error: null });
  useEffect(() => {
    if (periods.length === 0) return undefined;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.all(
      periods.map(async (p) => {
        const { data } = await client.query({ query: GRADE_LISTS, variables: { periodId: p.id, provisional: true }, fetchPolicy: 'network-only' });
        const totals = (data?.gradeLists ?? []).flatMap((list) => list.units.map((u) => u.total));
        return { label: p.label, value: averageTotal(totals) };
      }),
    )
      .then((points) => !cancelled && setState({ points, loading: false, error: null }))
      .catch((error: unknown) => !cancelled && setState({ points: [], loading: false, error }));
    return () => {
      cancelled = true;
    };
  }, [client, periods]);
  return state;
}
