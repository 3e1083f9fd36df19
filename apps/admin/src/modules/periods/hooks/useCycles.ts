import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CYCLES } from '../graphql/queries/cyclesQuery';
import { currentPeriod, periodOptions, type Cycle } from '../utils/currentPeriod';

const NO_CYCLES: Cycle[] = [];

export function useCycles() {
  const { data, loading, error, refetch } = useQuery(CYCLES);
  const cycles = data?.cycles ?? NO_CYCLES;
  return useMemo(
    () => ({ cycles, loading, error, refetch, options: periodOptions(cycles), current: currentPeriod(cycles) }),
    [cycles, loading, error, refetch],
  );
}
