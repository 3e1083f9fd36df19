import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { deadlineRuleText } from '../utils/deadlineRuleText';
import { dueIn, duesOf, type UnitTask } from '../utils/taskMatrix';

export interface UnitTaskListProps {
  tasks: UnitTask[];
  periodId: string | undefined;
  periodLabel: string | undefined;
}

/** One unit's tasks inside the matrix: 完成时限 as written, the computed due date, the target. */
export function UnitTaskList({ tasks, periodId, periodLabel }: UnitTaskListProps) {
  const columns: ColumnsType<UnitTask> = [
    { title: '任务编码', key: 'code', width: 120, render: (_, t) => t.task.code },
    {
      title: '工作任务',
      key: 'title',
      render: (_, t) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: t.task.title }}>
          {t.task.title}
        </Typography.Paragraph>
      ),
    },
    {
      title: '完成时限',
      key: 'deadline',
      width: 220,
      render: (_, t) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: t.task.deadlineText ?? undefined }}>
          {t.task.deadlineText || deadlineRuleText(t.task.deadline)}
        </Typography.Paragraph>
      ),
    },
    {
      title: periodLabel ? `截止日期（${periodLabel}）` : '截止日期',
      key: 'due',
      width: 190,
      render: (_, t) => {
        const due = dueIn(t, periodId);
        if (!due) return <Typography.Text type="secondary">本期无需报送</Typography.Text>;
        return due.dueDate ?? <Typography.Text type="secondary">持续推进</Typography.Text>;
      },
    },
    { title: '报送期数', key: 'periods', width: 90, render: (_, t) => `${duesOf(t).length} 期` },
    {
      title: '目标',
      key: 'target',
      width: 200,
      render: (_, t) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: t.task.target ?? undefined }}>
          {t.task.target ?? '—'}
        </Typography.Paragraph>
      ),
    },
  ];
  return <Table<UnitTask> rowKey="assignmentId" size="small" columns={columns} dataSource={tasks} pagination={false} />;
}
