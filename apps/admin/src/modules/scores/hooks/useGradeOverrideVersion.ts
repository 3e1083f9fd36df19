import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { GRADE_OVERRIDE } from '../graphql/queries/gradeOverrideQuery';

/** The current version of a unit's grade-adjustment record in a period; undefined when it was never adjusted there. */
export function useGradeOverrideVersion(): (periodId: string, unitId: string) => Promise<number | undefined> {
  const client = useApolloClient();
  return useCallback(
    async (periodId, unitId) => {
      const { data } = await client.query({ query: GRADE_OVERRIDE, variables: { periodId, unitId }, fetchPolicy: 'network-only' });
      return data?.gradeOverride?.version ?? undefined;
    },
    [client],
  );
}
