import { DownloadOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import type { ExportJobFieldsFragment } from '../../../generated/graphql';
import { EXPORT_STATUS_LABELS } from '../utils/exportKinds';

/** A job's progress bar and stage while it runs; the download once the file is ready; the reason if it failed. */
export function ExportJobStatus({ job }: { job: ExportJobFieldsFragment }) {
  if (job.status === 'SUCCEEDED' && job.downloadUrl) {
    return (
      <Space wrap>
        <Progress type="circle" percent={100} size={28} />
        <Button type="link" icon={<DownloadOutlined />} href={job.downloadUrl} download={job.fileName ?? true} data-testid={`download-${job.kind}`}>
          下载 {job.fileName}
        </Button>
      </Space>
    );
  }
  if (job.status === 'FAILED') {
    return <Typography.Text type="danger">导出失败：{job.errorMessage ?? '请稍后重试'}</Typography.Text>;
  }
  return (
    <div style={{ minWidth: 240 }} data-testid={`progress-${job.kind}`}>
      <Progress percent={job.progress} size="small" status="active" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {job.stage ?? EXPORT_STATUS_LABELS[job.status]}
      </Typography.Text>
    </div>
  );
}
