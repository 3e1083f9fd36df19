import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { PageError } from '../components/PageError';
import { TaskWorkspace } from '../modules/submissions/components/TaskWorkspace';
import { MY_TASKS } from '../modules/tasks/graphql/queries/myTasksQuery';

/**
 * One task in one period. The task is looked up in the unit's own list (myTasks): an id of another
 * unit's task, or of a closed period, is simply not there.
 */
export default function TaskPage() {
  const { taskId, periodId } = useParams();
  const { data, error } = useQuery(MY_TASKS);
  const row = data?.myTasks.find((r) => r.task.id === taskId && r.period.id === periodId);

  let body;
  if (error && !data) body = <PageError error={error} />;
  else if (!data) body = <Spin style={{ display: 'block', margin: '64px auto' }} />;
  else if (!row)
    body = (
      <Result
        status="404"
        title="该任务不在本单位本期的任务清单中"
        subTitle="可能是链接有误、期次已关闭，或任务属于其他单位。"
        data-testid="page-error"
        extra={
          <Link to="/tasks">
            <Button type="primary">返回本期任务</Button>
          </Link>
        }
      />
    );
  else body = <TaskWorkspace key={`${row.task.id}:${row.period.id}`} row={row} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Link to="/tasks">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          本期任务
        </Button>
      </Link>
      {body}
    </Space>
  );
}
