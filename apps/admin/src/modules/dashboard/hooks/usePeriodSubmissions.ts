import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { PERIOD_SUBMISSIONS } from '../graphql/queries/periodSubmissionsQuery';
import type { PeriodSubmission } from '../utils/periodProgress';

/** Every submission of a period (page by page; the API caps a page at 100). */
export function usePeriodSubmissions(periodId: string | undefined) {
  const client = useApolloClient();
  const [state, setState] = useState<{ rows: PeriodSubmission[]; loading: boolean; error: unknown }>({ rows: [], loading: false, error: null });
  useEffect(() => {
    if (!periodId) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    (async () => {
      const rows: PeriodSubmission[] = [];
      let after: string | null | undefined;
      do {
        const { data } = await client.query({ query: PERIOD_SUBMISSIONS, variables: { periodId, after }, fetchPolicy: 'network-only' });
        if (!data) break;
        rows.push(...data.submissions.nodes);
        after = data.submissions.pageInfo.hasNextPage ? data.submissions.pageInfo.endCursor : null;
      } while (after);
      return rows;
    })()
      .then((rows) => !cancelled && setState({ rows, loading: false, error: null }))
      .catch((error: unknown) => !cancelled && setState({ rows: [], loading: false, error }));
    return () => {
      cancelled = true;
    };
  }, [client, periodId]);
  return state;
}
