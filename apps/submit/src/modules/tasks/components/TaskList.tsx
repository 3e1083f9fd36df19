import { Empty, Select, Space } from 'antd';
import { useMemo } from 'react';
import { orderTasks } from '../utils/orderTasks';
import { TaskCard, type MyTaskRow } from './TaskCard';

export interface TaskListProps {
  rows: MyTaskRow[];
  periodId: string | null;
  onPeriodChange: (periodId: string | null) => void;
  now?: string;
}

const ALL = '';

/** 本期任务 as cards (they read on a phone), overdue and returned first, filterable by period. */
export function TaskList({ rows, periodId, onPeriodChange, now }: TaskListProps) {
  const periods = useMemo(() => {
    const byId = new Map<string, string>();
    for (const row of rows) byId.set(row.period.id, row.period.label);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [rows]);
  const shown = useMemo(() => orderTasks(rows.filter((row) => !periodId || row.period.id === periodId)), [rows, periodId]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      {periods.length > 1 ? (
        <Select
          aria-label="期次"
          style={{ width: '100%', maxWidth: 280 }}
          value={periodId ?? ALL}
          options={[{ value: ALL, label: '全部期次' }, ...periods]}
          onChange={(value: string) => onPeriodChange(value === ALL ? null : value)}
        />
      ) : null}
      {shown.length === 0 ? <Empty description="本期没有需要填报的任务" /> : null}
      <div data-testid="task-list" style={{ display: 'grid', gap: 8 }}>
        {shown.map((row) => (
          <TaskCard key={`${row.assignmentId}:${row.period.id}`} row={row} now={now} />
        ))}
      </div>
    </Space>
  );
}
