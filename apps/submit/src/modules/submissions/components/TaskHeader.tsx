import { DeadlineBadge, StatusTag } from '@govtrust/ui';
import { Card, Collapse, Space, Tag, Typography } from 'antd';
import type { SubmissionState } from '../../../generated/graphql';
import type { MyTaskRow } from '../../tasks/components/TaskCard';
import { isSent } from '../utils/submissionStates';

/** What the task is and by when, with the original wording one tap away. */
export function TaskHeader({ row, state }: { row: MyTaskRow; state: SubmissionState }) {
  const target = row.target ?? row.task.target;
  return (
    <Card size="small">
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {row.task.title}
        </Typography.Title>
        <Space size={[4, 4]} wrap>
          <StatusTag status={state} />
          {row.late ? <Tag color="red">迟报</Tag> : null}
          {row.task.category ? <Tag>{row.task.category}</Tag> : null}
          <Typography.Text type="secondary">
            {row.period.label} · {row.task.code}
          </Typography.Text>
        </Space>
        <DeadlineBadge due={row.dueDate} done={isSent(state)} />
        {target ? <Typography.Text>目标：{target}</Typography.Text> : null}
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'source',
              label: '任务原文及完成时限',
              children: (
                <Space orientation="vertical" size={4}>
                  <Typography.Text>{row.task.sourceText}</Typography.Text>
                  {row.task.deadlineText ? <Typography.Text type="secondary">{row.task.deadlineText}</Typography.Text> : null}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
