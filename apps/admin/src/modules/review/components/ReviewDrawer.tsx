import { useQuery } from '@apollo/client/react';
import type { InputField } from '@govtrust/indicators';
import { StatusTag } from '@govtrust/ui';
import { Alert, App, Button, Col, Descriptions, Drawer, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SubmissionFieldNoteInput } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { formatDateTime } from '../../common/utils/format';
import { SUBMISSION_DETAIL } from '../graphql/queries/submissionDetailQuery';
import { useReviewActions } from '../hooks/useReviewActions';
import { canApprove, canReopen, canReturn } from '../utils/reviewActions';
import { EvidenceFiles } from './EvidenceFiles';
import { decisionsFor, ExemptionClaimsReview, type DecisionDraft } from './ExemptionClaimsReview';
import { ReasonModal } from './ReasonModal';
import { SubmissionValues } from './SubmissionValues';
import { TransitionTimeline } from './TransitionTimeline';

export interface ReviewDrawerProps {
  submissionId: string | null;
  onClose: () => void;
}

type Asking = 'RETURN' | 'REOPEN' | null;

/** One submission under review: values beside the evidence, its history, and the reviewer's actions. */
export function ReviewDrawer({ submissionId, onClose }: ReviewDrawerProps) {
  const { data, loading, error, refetch } = useQuery(SUBMISSION_DETAIL, {
    variables: { id: submissionId ?? '' },
    skip: !submissionId,
    fetchPolicy: 'cache-and-network',
  });
  const actions = useReviewActions();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<Asking>(null);
  const [decisions, setDecisions] = useState<DecisionDraft>({});
  const submission = data?.submission;
  const target = submission ? { id: submission.id, version: submission.version } : null;
  const fields = useMemo(() => (Array.isArray(submission?.task?.inputs) ? (submission.task.inputs as InputField[]) : []), [submission]);
  const labels = useMemo(() => Object.fromEntries(fields.map((f) => [f.key, f.label])), [fields]);
  const claims = submission?.exemptionClaims ?? [];
  const options = submission?.task?.exemptibleIndicators ?? [];
  const reviewing = submission ? canApprove(submission.state) : false;
  const exemptKeys = useMemo(() => {
    const claimed = new Set(claims.map((c) => c.nodeCode));
    return options.filter((o) => claimed.has(o.code)).flatMap((o) => o.fieldKeys);
  }, [claims, options]);
  const fieldNotes = useMemo(
    () =>
      submission && submission.state !== 'APPROVED' ? Object.fromEntries(submission.lastFieldNotes.map((n) => [n.key, n.note])) : {},
    [submission],
  );

  const giveReason = async (reason: string, notes: SubmissionFieldNoteInput[]) => {
    if (!target) return;
    const done = asking === 'REOPEN' ? await actions.reopen(target, reason, notes) : await actions.returnWithReason(target, reason, notes);
    if (done) setAsking(null);
  };

  const approve = async () => {
    if (!target) return;
    const { decisions: decided, open } = decisionsFor(claims, decisions);
    if (open.length > 0) {
      void message.error(`请先逐项认定免责申请：${open.join('、')}`);
      return;
    }
    if (await actions.approve(target, false, decided)) setDecisions({});
  };

  const footer = submission ? (
    <Flex justify="flex-end" gap={8}>
      {canReopen(submission.state) ? (
        <Button onClick={() => setAsking('REOPEN')} disabled={actions.busy}>
          重新打开
        </Button>
      ) : null}
      {canReturn(submission.state) ? (
        <Button danger onClick={() => setAsking('RETURN')} disabled={actions.busy}>
          退回
        </Button>
      ) : null}
      {canApprove(submission.state) ? (
        <Button type="primary" loading={actions.busy} onClick={() => void approve()}>
          通过
        </Button>
      ) : null}
    </Flex>
  ) : null;

  return (
    <Drawer
      open={Boolean(submissionId)}
      onClose={onClose}
      size={1120}
      title={submission ? `${submission.unit?.name ?? ''} · ${submission.task?.title ?? ''}` : '填报详情'}
      extra={submission ? <StatusTag status={submission.state} /> : null}
      footer={footer}
      destroyOnHidden
    >
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!submission ? (
        loading ? <Skeleton active /> : null
      ) : (
        <>
          <Descriptions
            size="small"
            column={3}
            bordered
            items={[
              { key: 'unit', label: '单位', children: submission.unit?.name ?? '—' },
              { key: 'period', label: '期次', children: submission.period?.label ?? '—' },
              { key: 'task', label: '任务编码', children: submission.task?.code ?? '—' },
              { key: 'submittedAt', label: '报送时间', children: formatDateTime(submission.submittedAt) },
              {
                key: 'late',
                label: '是否迟报',
                children: submission.late ? <Tag color="error">迟报 {submission.lateDays} 天（{submission.lateWorkingDays} 个工作日）</Tag> : <Tag color="success">按时</Tag>,
              },
              { key: 'returns', label: '退回次数', children: submission.returnCount },
              { key: 'target', label: '目标', span: 3, children: submission.task?.target ?? '—' },
            ]}
          />
          {submission.lastReason && submission.state !== 'APPROVED' ? (
            <Alert type="warning" showIcon style={{ marginTop: 12 }} title={`最近一次退回（重新打开）原因：${submission.lastReason}`} />
          ) : null}
          <Row gutter={24} style={{ marginTop: 16 }}>
            <Col span={10}>
              <Typography.Title level={5}>填报内容</Typography.Title>
              <SubmissionValues
                inputs={submission.task?.inputs}
                values={submission.values}
                idPrefix={`review-${submission.id}`}
                fieldNotes={fieldNotes}
                exemptKeys={exemptKeys}
              />
              <ExemptionClaimsReview
                claims={claims}
                options={options}
                decisions={reviewing ? decisions : undefined}
                onChange={setDecisions}
              />
              <Typography.Title level={5} style={{ marginTop: 8 }}>
                处理记录
              </Typography.Title>
              <TransitionTimeline transitions={submission.transitions} labels={labels} />
            </Col>
            <Col span={14}>
              <Typography.Title level={5}>佐证材料</Typography.Title>
              <EvidenceFiles ids={submission.evidenceIds} />
            </Col>
          </Row>
        </>
      )}
      <ReasonModal
        open={asking !== null}
        title={asking === 'REOPEN' ? '重新打开已通过的填报' : '退回填报'}
        label={asking === 'REOPEN' ? '重新打开原因' : '退回原因'}
        okText={asking === 'REOPEN' ? '重新打开' : '退回'}
        loading={actions.busy}
        fields={fields}
        onSubmit={(reason, notes) => void giveReason(reason, notes)}
        onCancel={() => setAsking(null)}
      />
    </Drawer>
  );
}
