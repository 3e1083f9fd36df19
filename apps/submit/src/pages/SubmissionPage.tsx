import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import type { InputValues } from '@govtrust/indicators';
import { InputFieldsForm, StatusTag } from '@govtrust/ui';
import { Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageError } from '../components/PageError';
import { EvidenceFileList } from '../modules/submissions/components/EvidenceFileList';
import { ExemptionClaimsSummary } from '../modules/submissions/components/ExemptionClaimsEditor';
import { ReturnReasonAlert } from '../modules/submissions/components/ReturnReasonAlert';
import { SubmissionTimeline } from '../modules/submissions/components/SubmissionTimeline';
import { SUBMISSION } from '../modules/submissions/graphql/queries/submissionQuery';
import { EVIDENCE_LIST } from '../modules/evidence/graphql/queries/evidenceListQuery';
import { taskInputFields } from '../modules/tasks/utils/taskDefinition';

/** One of the unit's submissions with its history; the API refuses other units' ids (shown as such). */
export default function SubmissionPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(SUBMISSION, { variables: { id } });
  const files = useQuery(EVIDENCE_LIST, { variables: { first: 100 } });

  let body;
  if (error && !data) body = <PageError error={error} title="无法查看该填报记录" />;
  else if (!data) body = <Spin style={{ display: 'block', margin: '64px auto' }} />;
  else {
    const s = data.submission;
    const names = new Map(files.data?.evidenceList.nodes.map((file) => [file.id, file.originalName]));
    const fields = taskInputFields(s.task?.inputs);
    const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
    const returned = s.state === 'RETURNED';
    body = (
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {returned ? <ReturnReasonAlert reason={s.lastReason} returnCount={s.returnCount} fieldNoteCount={s.lastFieldNotes.length} /> : null}
        <Card size="small">
          <Space orientation="vertical" size={6}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {s.task?.title}
            </Typography.Title>
            <Space size={[4, 4]} wrap>
              <StatusTag status={s.state} />
              {s.late ? <Tag color="red">迟报 {s.lateDays} 天</Tag> : null}
              <Typography.Text type="secondary">
                {s.period?.label} · {s.task?.code}
              </Typography.Text>
            </Space>
            {s.state === 'DRAFT' || s.state === 'RETURNED' ? (
              <Link to={`/tasks/${s.taskId}/${s.periodId}`}>
                <Button type="primary">去修改</Button>
              </Link>
            ) : null}
          </Space>
        </Card>
        <Card size="small" title="填报数据">
          <InputFieldsForm
            fields={fields}
            value={(s.values ?? {}) as InputValues}
            onChange={() => undefined}
            disabled
            idPrefix="history"
            fieldNotes={returned ? Object.fromEntries(s.lastFieldNotes.map((n) => [n.key, n.note])) : undefined}
          />
        </Card>
        {s.exemptionClaims.length > 0 ? (
          <Card size="small" title="免责申请">
            <ExemptionClaimsSummary claims={s.exemptionClaims} />
          </Card>
        ) : null}
        <Card size="small" title="佐证材料">
          <EvidenceFileList files={s.evidenceIds.map((fileId, index) => ({ id: fileId, name: names.get(fileId) ?? `佐证材料 ${index + 1}` }))} />
        </Card>
        <Card size="small" title="流转记录">
          <SubmissionTimeline transitions={s.transitions} labels={labels} />
        </Card>
      </Space>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      <Link to="/history">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          历史记录
        </Button>
      </Link>
      {body}
    </Space>
  );
}
