import { SUBMISSION_STATUS_LABELS } from '@govtrust/ui';
import { Timeline, Typography } from 'antd';
import type { SubmissionDetailQuery, SubmissionState } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { ROLE_LABELS } from '../../common/utils/labels';

type Transition = NonNullable<SubmissionDetailQuery['submission']>['transitions'][number];

const COLORS: Partial<Record<SubmissionState, string>> = { APPROVED: 'green', RETURNED: 'red', DRAFT: 'gray' };

/** The submission's full history, oldest first, with each reason as the unit read it. */
export function TransitionTimeline({ transitions, labels = {} }: { transitions: readonly Transition[]; labels?: Readonly<Record<string, string>> }) {
  return (
    <Timeline
      items={transitions.map((t) => ({
        key: t.id,
        color: COLORS[t.toState] ?? 'blue',
        content: (
          <div data-testid="transition">
            <Typography.Text strong>
              {SUBMISSION_STATUS_LABELS[t.fromState]} → {SUBMISSION_STATUS_LABELS[t.toState]}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(t.at)} · {ROLE_LABELS[t.role]}
              </Typography.Text>
            </div>
            {t.comment ? <Typography.Paragraph style={{ margin: 0 }}>原因：{t.comment}</Typography.Paragraph> : null}
            {(t.fieldNotes ?? []).map((n) => (
              <Typography.Paragraph key={n.key} type="secondary" style={{ margin: 0 }}>
                · {labels[n.key] ?? n.key}：{n.note}
              </Typography.Paragraph>
            ))}
          </div>
        ),
      }))}
    />
  );
}
