import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { startupData } from '../../common/utils/startupData';
import { CYCLES } from '../graphql/queries/cyclesQuery';
import { currentPeriod, periodOptions, type Cycle } from '../utils/currentPeriod';

const NO_CYCLES: Cycle[] = [];

export function useCycles() {
  const [fetchPolicy] = useState(() => startupData.firstFetchPolicy('Cycles'));
  const { data, loading, error, refetch } = useQuery(CYCLES, { fetchPolicy, nextFetchPolicy: () => 'cache-and-network' });
  const cycles = data?.cycles ?? NO_CYCLES;
  return useMemo(
    () => ({ cycles, loading, error, refetch, options: periodOptions(cycles), current: currentPeriod(cycles) }),
    [cycles, loading, error, refetch],
  );
}
