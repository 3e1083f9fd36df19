import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CycleTasksQuery } from '../../../generated/graphql';

export type CycleTask = CycleTasksQuery['cycleTasks'][number];

export interface TaskAssignmentTableProps {
  tasks: CycleTask[];
  /** units that have each task */
  assignedCounts: ReadonlyMap<string, number>;
  unitCount: number | undefined;
  loading: boolean;
  onAssign: (task: CycleTask) => void;
  onBulkAssign: (task: CycleTask) => void;
  onEdit: (task: CycleTask) => void;
}

/** The cycle's tasks with how many units have each; the entry to assigning them. */
export function TaskAssignmentTable({ tasks, assignedCounts, unitCount, loading, onAssign, onBulkAssign, onEdit }: TaskAssignmentTableProps) {
  const columns: ColumnsType<CycleTask> = [
    { title: '任务编码', dataIndex: 'code', width: 130 },
    {
      title: '工作任务',
      key: 'title',
      render: (_, t) => (
        <>
          <Typography.Text>{t.title}</Typography.Text>
          {t.category ? <Tag style={{ marginLeft: 8 }}>{t.category}</Tag> : null}
        </>
      ),
    },
    { title: '完成时限', dataIndex: 'deadlineText', width: 200, ellipsis: true },
    {
      title: '已分配单位',
      key: 'assigned',
      width: 110,
      align: 'center',
      render: (_, t) => (
        <Tag color="blue" data-testid={`assigned-${t.code}`}>
          {assignedCounts.get(t.id) ?? 0} / {unitCount ?? '—'}
        </Tag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 300,
      render: (_, t) => (
        <Space size={0}>
          <Button type="link" onClick={() => onEdit(t)}>
            编辑
          </Button>
          <Button type="link" onClick={() => onAssign(t)}>
            分配单位
          </Button>
          <Button type="link" onClick={() => onBulkAssign(t)}>
            按单位类别批量分配
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<CycleTask>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 项任务` }}
      locale={{ emptyText: '该考核周期尚未导入任务清单' }}
      data-testid="task-assignments"
    />
  );
}
