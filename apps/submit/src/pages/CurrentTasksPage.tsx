import { StatusTag, type SubmissionStatus } from '@govtrust/ui';
import { Card, Result, Space, Typography } from 'antd';

const STATUS_FLOW: SubmissionStatus[] = ['NOT_STARTED', 'DRAFT', 'PENDING_APPROVAL', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED'];

/**
 * 本期任务: the unit's task list for the open period. The list comes from the API (not wired yet),
 * so until then the page says so instead of showing invented tasks.
 */
export default function CurrentTasksPage() {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        本期任务
      </Typography.Title>
      <Result
        status="info"
        title="暂未连接平台数据接口"
        subTitle="本单位本期的任务清单、完成时限和填报状态将在连接平台数据接口后显示。"
      />
      <Card size="small" title="填报流程">
        <Typography.Paragraph type="secondary">
          填报人填写数据并上传佐证材料，经单位负责人审批后提交信用办；被退回的任务需按退回原因修改后重新提交。
        </Typography.Paragraph>
        <Space wrap>
          {STATUS_FLOW.map((status) => (
            <StatusTag key={status} status={status} />
          ))}
        </Space>
      </Card>
    </Space>
  );
}
