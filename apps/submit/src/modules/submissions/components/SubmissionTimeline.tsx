import { StatusTag } from '@govtrust/ui';
import { Empty, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { SubmissionQuery } from '../../../generated/graphql';
import { ROLE_LABELS, transitionLabel } from '../utils/submissionStates';

export type SubmissionTransitionRow = NonNullable<SubmissionQuery['submission']>['transitions'][number];

/** 流转记录: every state change with who (by role), when and the reason given. */
export function SubmissionTimeline({
  transitions,
  labels = {},
}: {
  transitions: SubmissionTransitionRow[];
  /** field key → label, to name the fields of field notes */
  labels?: Readonly<Record<string, string>>;
}) {
  if (transitions.length === 0) return <Empty description="暂无流转记录" />;
  return (
    <Timeline
      items={transitions.map((t) => ({
        key: t.id,
        color: t.toState === 'RETURNED' ? 'red' : t.toState === 'APPROVED' ? 'green' : 'blue',
        content: (
          <Space orientation="vertical" size={2}>
            <Space size={4} wrap>
              <Typography.Text strong>{transitionLabel(t.fromState, t.toState)}</Typography.Text>
              <StatusTag status={t.toState} />
            </Space>
            <Typography.Text type="secondary">
              {dayjs(t.at).format('YYYY-MM-DD HH:mm')} · {ROLE_LABELS[t.role]}
            </Typography.Text>
            {t.comment ? <Typography.Text>意见：{t.comment}</Typography.Text> : null}
            {(t.fieldNotes ?? []).map((n) => (
              <Typography.Text key={n.key} type="secondary">
                · {labels[n.key] ?? n.key}：{n.note}
              </Typography.Text>
            ))}
          </Space>
        ),
      }))}
    />
  );
}
