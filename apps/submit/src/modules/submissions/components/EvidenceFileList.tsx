import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { EvidencePreview, type UploadedEvidence } from '@govtrust/ui';
import { Collapse, Empty, Typography } from 'antd';

export function evidenceUrl(id: string, inline = true): string {
  return `/files/evidence/${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;
}

export interface EvidenceFileListProps {
  files: UploadedEvidence[];
  /** while editing: the uploader above already lists the files, so an empty list says nothing */
  editing?: boolean;
}

/**
 * The stored evidence, each file opening into a preview on demand: on a phone a page of PDFs
 * loading at once would be slow, and the unit usually wants to check one file.
 */
export function EvidenceFileList({ files, editing = false }: EvidenceFileListProps) {
  if (files.length === 0) return editing ? null : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未上传佐证材料" />;
  return (
    <div data-testid="evidence-previews">
      {editing ? (
        <Typography.Text type="secondary">
          <EyeOutlined /> 预览已上传的材料
        </Typography.Text>
      ) : null}
      <Collapse
        size="small"
        style={{ marginTop: editing ? 8 : 0 }}
        destroyOnHidden
        items={files.map((file) => ({
          key: file.id,
          label: (
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              <PaperClipOutlined /> {file.name}
            </Typography.Text>
          ),
          styles: { body: { padding: 8 } },
          children: (
            <EvidencePreview url={evidenceUrl(file.id)} downloadUrl={evidenceUrl(file.id, false)} mime="" name={file.name} height={420} />
          ),
        }))}
      />
    </div>
  );
}
