import { DownloadOutlined, FileOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatFileSize } from '../EvidenceUploader/evidenceFileRules';
import { documentLabel, previewKindOf } from './evidenceKind';

export interface EvidencePreviewProps {
  /** where the browser can show the file in place (for the API: `?inline=1`) */
  url: string;
  mime: string;
  name: string;
  /** where to download it; defaults to `url` */
  downloadUrl?: string;
  size?: number;
  /** height of a PDF frame or the tallest an image may be */
  height?: number;
  /** extra actions next to 下载 (e.g. 移除 while editing) */
  actions?: ReactNode;
}

/**
 * One evidence file as the reviewer or the unit sees it: a PDF in a frame, an image inline,
 * anything else as a card that says it has to be downloaded.
 */
export function EvidencePreview({ url, mime, name, downloadUrl, size, height = 520, actions }: EvidencePreviewProps) {
  const kind = previewKindOf(mime, name);
  return (
    <Card
      size="small"
      data-testid="evidence-preview"
      data-preview-kind={kind}
      title={
        <Typography.Text ellipsis={{ tooltip: name }} style={{ maxWidth: 420 }}>
          {name}
        </Typography.Text>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {size != null ? <Typography.Text type="secondary">{formatFileSize(size)}</Typography.Text> : null}
          <Button size="small" icon={<DownloadOutlined />} href={downloadUrl ?? url} target="_blank" rel="noopener" download={name}>
            下载
          </Button>
          {actions}
        </Flex>
      }
      styles={{ body: { padding: kind === 'OTHER' ? 12 : 0 } }}
    >
      {kind === 'PDF' ? (
        // an iframe rather than <object>: headless and locked-down browsers without a PDF plugin still show the browser's own viewer
        <iframe title={name} src={url} style={{ width: '100%', height, border: 0, display: 'block' }} />
      ) : kind === 'IMAGE' ? (
        <img src={url} alt={name} style={{ maxWidth: '100%', maxHeight: height, display: 'block', margin: '0 auto' }} />
      ) : (
        <Flex gap={8} align="center">
          <FileOutlined />
          <Typography.Text type="secondary">{documentLabel(mime, name)}不能在浏览器中预览，请下载查看。</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
