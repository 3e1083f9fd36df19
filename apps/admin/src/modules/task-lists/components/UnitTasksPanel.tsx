import { useQuery } from '@apollo/client/react';
import { Skeleton } from 'antd';
import { QueryError } from '../../common/components/QueryError';
import { UNIT_TASKS } from '../graphql/queries/unitTasksQuery';
import { UnitTaskList } from './UnitTaskList';

/** A matrix row opened: that unit's task list, read when it is opened. */
export function UnitTasksPanel({ cycleId, unitId, periodId, periodLabel }: { cycleId: string; unitId: string; periodId: string | undefined; periodLabel: string | undefined }) {
  const { data, loading, error, refetch } = useQuery(UNIT_TASKS, { variables: { cycleId, unitId } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return <UnitTaskList tasks={data?.unitTasks ?? []} periodId={periodId} periodLabel={periodLabel} />;
}
