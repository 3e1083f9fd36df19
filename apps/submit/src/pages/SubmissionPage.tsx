import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import type { InputValues } from '@govtrust/indicators';
import { InputFieldsForm, StatusTag } from '@govtrust/ui';
import { Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageError } from '../components/PageError';
import { EvidenceFileList } from '../modules/submissions/components/EvidenceFileList';
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
    body = (
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {s.state === 'RETURNED' ? <ReturnReasonAlert reason={s.lastReason} returnCount={s.returnCount} /> : null}
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
          <InputFieldsForm fields={taskInputFields(s.task?.inputs)} value={(s.values ?? {}) as InputValues} onChange={() => undefined} disabled idPrefix="history" />
        </Card>
        <Card size="small" title="佐证材料">
          <EvidenceFileList files={s.evidenceIds.map((fileId, index) => ({ id: fileId, name: names.get(fileId) ?? `佐证材料 ${index + 1}` }))} />
        </Card>
        <Card size="small" title="流转记录">
          <SubmissionTimeline transitions={s.transitions} />
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
