import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { UNIT_TASKS } from '../graphql/queries/unitTasksQuery';
import type { UnitTask } from '../utils/taskMatrix';

/** Requests in flight at once: 36 departments load in a few rounds without flooding the API. */
const CONCURRENCY = 6;

export interface TaskMatrix {
  tasksByUnit: ReadonlyMap<string, UnitTask[]>;
  loading: boolean;
  error: unknown;
}

export interface TaskMatrixState extends TaskMatrix {
  /** loads every unit again, e.g. after assignments changed */
  reload: () => void;
}

/**
 * Every unit's task list in a cycle (the API answers one unit at a time), loaded in parallel
 * through the Apollo cache so the matrix, the dashboard and a re-visit share the answers.
 */
export function useTaskMatrix(cycleId: string | undefined, unitIds: readonly string[]): TaskMatrixState {
  const client = useApolloClient();
  const [state, setState] = useState<TaskMatrix>({ tasksByUnit: new Map(), loading: false, error: null });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const key = unitIds.join(',');

  useEffect(() => {
    if (!cycleId || unitIds.length === 0) {
      setState({ tasksByUnit: new Map(), loading: false, error: null });
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    const result = new Map<string, UnitTask[]>();
    const queue = [...unitIds];
    const worker = async () => {
      for (let unitId = queue.shift(); unitId; unitId = queue.shift()) {
        const { data } = await client.query({ query: UNIT_TASKS, variables: { cycleId, unitId }, fetchPolicy: 'network-only' });
        result.set(unitId, data?.unitTasks ?? []);
      }
    };
    Promise.all(Array.from({ length: Math.min(CONCURRENCY, unitIds.length) }, worker))
      .then(() => !cancelled && setState({ tasksByUnit: result, loading: false, error: null }))
      .catch((error: unknown) => !cancelled && setState({ tasksByUnit: result, loading: false, error }));
    return () => {
      cancelled = true;
    };
    // `key` stands for unitIds: a new array with the same units must not reload
  }, [client, cycleId, key, round]);

  return { ...state, reload };
}
