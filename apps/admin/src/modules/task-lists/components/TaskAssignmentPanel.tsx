import { useQuery } from '@apollo/client/react';
import { Input } from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../common/components/QueryError';
import { useCycles } from '../../periods/hooks/useCycles';
import { CYCLE_TASKS } from '../graphql/queries/cycleTasksQuery';
import { TASK_ASSIGNED_COUNTS } from '../graphql/queries/taskAssignmentQueries';
import { TASK_MATRIX } from '../graphql/queries/taskMatrixQuery';
import { AssignUnitsDrawer } from './AssignUnitsDrawer';
import { BulkAssignModal } from './BulkAssignModal';
import { TaskAssignmentTable, type CycleTask } from './TaskAssignmentTable';
import { TaskEditDrawer } from './TaskEditDrawer';

export interface TaskAssignmentPanelProps {
  cycleId: string | undefined;
  /** assignments changed: the matrix and the counts reload */
  onChanged: () => void;
}

export function TaskAssignmentPanel({ cycleId, onChanged }: TaskAssignmentPanelProps) {
  const tasks = useQuery(CYCLE_TASKS, { variables: { cycleId: cycleId ?? '' }, skip: !cycleId });
  const counts = useQuery(TASK_ASSIGNED_COUNTS, { variables: { cycleId: cycleId ?? '' }, skip: !cycleId });
  // the same totals query the page header reads (answered from the cache)
  const totals = useQuery(TASK_MATRIX, { variables: { cycleId: cycleId ?? '', first: 1 }, skip: !cycleId });
  const { cycles } = useCycles();
  const year = cycles.find((c) => c.id === cycleId)?.year;
  const assignedCounts = useMemo(() => new Map((counts.data?.taskAssignedCounts ?? []).map((c) => [c.taskId, c.units])), [counts.data]);
  const [task, setTask] = useState<CycleTask>();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [editing, setEditing] = useState<CycleTask>();
  const [search, setSearch] = useState('');
  const shownTasks = useMemo(() => {
    const all = tasks.data?.cycleTasks ?? [];
    const q = search.trim().toUpperCase();
    return q ? all.filter((t) => t.code.toUpperCase().includes(q) || t.title.toUpperCase().includes(q)) : all;
  }, [tasks.data, search]);

  return (
    <>
      {tasks.error ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      {counts.error ? <QueryError error={counts.error} onRetry={() => void counts.refetch()} /> : null}
      <Input.Search
        allowClear
        aria-label="查找任务"
        placeholder="按任务编码或名称查找"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ width: 320, marginBottom: 12 }}
      />
      <TaskAssignmentTable
        tasks={shownTasks}
        assignedCounts={assignedCounts}
        unitCount={totals.data?.taskMatrix.unitTotal}
        loading={tasks.loading || counts.loading}
        onAssign={(t) => {
          setTask(t);
          setDrawerOpen(true);
        }}
        onBulkAssign={(t) => {
          setTask(t);
          setBulkOpen(true);
        }}
        onEdit={setEditing}
      />
      <TaskEditDrawer task={editing} year={year} onClose={() => setEditing(undefined)} onSaved={onChanged} />
      <AssignUnitsDrawer
        open={drawerOpen}
        task={task}
        onClose={() => setDrawerOpen(false)}
        onBulkAssign={() => setBulkOpen(true)}
        onChanged={onChanged}
      />
      <BulkAssignModal
        open={bulkOpen}
        cycleId={cycleId}
        task={task}
        onClose={() => setBulkOpen(false)}
        onAssigned={(added) => {
          if (added > 0) onChanged();
        }}
      />
    </>
  );
}
