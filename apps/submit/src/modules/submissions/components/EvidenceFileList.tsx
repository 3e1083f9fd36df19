import { PaperClipOutlined } from '@ant-design/icons';
import type { UploadedEvidence } from '@govtrust/ui';
import { Empty, Typography } from 'antd';

export function evidenceUrl(id: string): string {
  return `/files/evidence/${encodeURIComponent(id)}?inline=1`;
}

const ROW_STYLE = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

/** Evidence of a submission that can no longer change: names that open the stored file. */
export function EvidenceFileList({ files }: { files: UploadedEvidence[] }) {
  if (files.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未上传佐证材料" />;
  return (
    <div>
      {files.map((file) => (
        <div key={file.id} style={ROW_STYLE}>
          <Typography.Link href={evidenceUrl(file.id)} target="_blank" rel="noreferrer">
            <PaperClipOutlined /> {file.name}
          </Typography.Link>
        </div>
      ))}
    </div>
  );
}
