import { useQuery } from '@apollo/client/react';
import { Input } from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../common/components/QueryError';
import { ASSIGNABLE_UNITS } from '../graphql/queries/assignableUnitsQuery';
import { CYCLE_TASKS } from '../graphql/queries/cycleTasksQuery';
import { unitsByTask } from '../utils/taskAssignment';
import type { UnitTask } from '../utils/taskMatrix';
import { AssignUnitsDrawer } from './AssignUnitsDrawer';
import { BulkAssignModal } from './BulkAssignModal';
import { TaskAssignmentTable, type CycleTask } from './TaskAssignmentTable';
import { TaskEditDrawer } from './TaskEditDrawer';

export interface TaskAssignmentPanelProps {
  cycleId: string | undefined;
  tasksByUnit: ReadonlyMap<string, UnitTask[]>;
  matrixLoading: boolean;
  /** assignments changed: the matrix reloads */
  onChanged: () => void;
}

const NONE: ReadonlySet<string> = new Set();

export function TaskAssignmentPanel({ cycleId, tasksByUnit, matrixLoading, onChanged }: TaskAssignmentPanelProps) {
  const tasks = useQuery(CYCLE_TASKS, { variables: { cycleId: cycleId ?? '' }, skip: !cycleId });
  const units = useQuery(ASSIGNABLE_UNITS);
  const unitList = useMemo(() => units.data?.units.nodes ?? [], [units.data]);
  const byTask = useMemo(() => unitsByTask(tasksByUnit), [tasksByUnit]);
  const [task, setTask] = useState<CycleTask>();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [editing, setEditing] = useState<CycleTask>();
  const assigned = (task && byTask.get(task.id)) ?? NONE;
  const [search, setSearch] = useState('');
  const shownTasks = useMemo(() => {
    const all = tasks.data?.cycleTasks ?? [];
    const q = search.trim().toUpperCase();
    return q ? all.filter((t) => t.code.toUpperCase().includes(q) || t.title.toUpperCase().includes(q)) : all;
  }, [tasks.data, search]);

  return (
    <>
      {tasks.error ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      {units.error ? <QueryError error={units.error} onRetry={() => void units.refetch()} /> : null}
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
        unitsByTask={byTask}
        unitCount={unitList.length}
        loading={tasks.loading || units.loading || matrixLoading}
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
      <TaskEditDrawer task={editing} onClose={() => setEditing(undefined)} onSaved={onChanged} />
      <AssignUnitsDrawer
        open={drawerOpen}
        task={task}
        units={unitList}
        assigned={assigned}
        onClose={() => setDrawerOpen(false)}
        onBulkAssign={() => setBulkOpen(true)}
        onChanged={onChanged}
      />
      <BulkAssignModal
        open={bulkOpen}
        cycleId={cycleId}
        task={task}
        units={unitList}
        assigned={assigned}
        onClose={() => setBulkOpen(false)}
        onAssigned={(added) => {
          if (added > 0) onChanged();
        }}
      />
    </>
  );
}
