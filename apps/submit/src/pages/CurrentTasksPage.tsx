import { useQuery } from '@apollo/client/react';
import { Alert, Space, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageError } from '../components/PageError';
import { TaskList } from '../modules/tasks/components/TaskList';
import { TaskSummary } from '../modules/tasks/components/TaskSummary';
import { MY_TASKS } from '../modules/tasks/graphql/queries/myTasksQuery';

/** 本期任务: the unit's own tasks in the periods open for reporting. */
export default function CurrentTasksPage() {
  const { data, error, loading } = useQuery(MY_TASKS);
  const [params, setParams] = useSearchParams();
  const periodId = params.get('period');

  if (error && !data) return <PageError error={error} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        本期任务
      </Typography.Title>
      {!data && loading ? <Spin style={{ display: 'block', margin: '64px auto' }} /> : null}
      {data ? (
        <>
          <TaskSummary rows={data.myTasks} />
          {data.myTasks.some((row) => row.submissionState === 'RETURNED') ? (
            <Alert type="error" showIcon title="有任务被信用办退回，请按退回原因修改后重新提交" />
          ) : null}
          <TaskList rows={data.myTasks} periodId={periodId} onPeriodChange={(id) => setParams(id ? { period: id } : {})} />
        </>
      ) : null}
    </Space>
  );
}
