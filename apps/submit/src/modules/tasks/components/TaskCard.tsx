import { RightOutlined } from '@ant-design/icons';
import { DeadlineBadge, StatusTag } from '@govtrust/ui';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MyTasksQuery } from '../../../generated/graphql';
import { isSent } from '../../submissions/utils/submissionStates';

export type MyTaskRow = MyTasksQuery['myTasks'][number];

export function taskPath(row: Pick<MyTaskRow, 'task' | 'period'>): string {
  return `/tasks/${row.task.id}/${row.period.id}`;
}

/** One task of 本期任务: what, by when, where it stands; the whole card opens the task. */
export function TaskCard({ row, now }: { row: MyTaskRow; now?: string }) {
  const target = row.target ?? row.task.target;
  return (
    <Link to={taskPath(row)} data-testid="task-card" data-task-code={row.task.code} style={{ display: 'block' }}>
      <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
        <Flex gap={8} align="center">
          <Space orientation="vertical" size={4} style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {row.task.title}
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              <StatusTag status={row.submissionState} />
              {row.late ? <Tag color="red">迟报</Tag> : null}
              {row.task.category ? <Tag>{row.task.category}</Tag> : null}
              <Typography.Text type="secondary">{row.period.label}</Typography.Text>
            </Space>
            <DeadlineBadge due={row.dueDate} now={now} done={isSent(row.submissionState)} />
            {target ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                目标：{target}
              </Typography.Text>
            ) : null}
          </Space>
          <RightOutlined style={{ color: '#999' }} />
        </Flex>
      </Card>
    </Link>
  );
}
