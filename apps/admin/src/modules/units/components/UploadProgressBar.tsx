import { Progress, Typography } from 'antd';
import type { UploadProgress } from '../utils/uploadWithProgress';
import { formatBytes } from '../utils/uploadWithProgress';

/** An import's upload: the bytes sent while the file goes out, then 正在处理 while the server checks it. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const percent = progress.total > 0 ? Math.floor((progress.loaded * 100) / progress.total) : 0;
  const processing = progress.phase === 'processing';
  return (
    <div style={{ margin: '12px 0' }} data-testid="upload-progress">
      <Progress percent={processing ? 100 : percent} size="small" status="active" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {processing
          ? `已上传 ${formatBytes(progress.total)}，正在处理（读取并校验每一行）…`
          : `正在上传：${formatBytes(progress.loaded)} / ${formatBytes(progress.total)}`}
      </Typography.Text>
    </div>
  );
}
