import { DownloadOutlined, FileOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { formatBytes } from '../../common/utils/format';
import { EVIDENCE } from '../graphql/queries/evidenceQuery';

/** The API's download route; `inline=1` lets the browser show PDFs and images in place. */
export const evidenceUrl = (id: string, inline = false) => `/files/evidence/${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;

function EvidenceItem({ id }: { id: string }) {
  const { data, loading, error } = useQuery(EVIDENCE, { variables: { id } });
  if (loading && !data) return <Skeleton active />;
  if (error || !data) return <Alert type="error" showIcon title={describeError(error).message} />;
  const file = data.evidence;
  const download = (
    <Button size="small" icon={<DownloadOutlined />} href={evidenceUrl(file.id)} target="_blank" rel="noopener">
      下载
    </Button>
  );
  return (
    <Card
      size="small"
      title={
        <Typography.Text ellipsis={{ tooltip: file.originalName }} style={{ maxWidth: 420 }}>
          {file.originalName}
        </Typography.Text>
      }
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text>
          {download}
        </Flex>
      }
      styles={{ body: { padding: file.kind === 'PDF' || file.kind === 'IMAGE' ? 0 : 12 } }}
      data-testid="evidence-item"
    >
      {file.kind === 'PDF' ? (
        <iframe title={file.originalName} src={evidenceUrl(file.id, true)} style={{ width: '100%', height: 520, border: 0, display: 'block' }} />
      ) : file.kind === 'IMAGE' ? (
        <img src={evidenceUrl(file.id, true)} alt={file.originalName} style={{ maxWidth: '100%', maxHeight: 520, display: 'block', margin: '0 auto' }} />
      ) : (
        <Flex gap={8} align="center">
          <FileOutlined />
          <Typography.Text type="secondary">{file.kind === 'XLSX' ? 'Excel 表格' : 'Word 文档'}不能在浏览器中预览，请下载查看。</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

export function EvidencePreview({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未上传佐证材料" />;
  return (
    <Flex vertical gap={12}>
      {ids.map((id) => (
        <EvidenceItem key={id} id={id} />
      ))}
    </Flex>
  );
}
