import { DeleteOutlined, InboxOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../errors';
import {
  DEFAULT_EVIDENCE_KINDS,
  DEFAULT_MAX_SIZE_MB,
  allowedKindsText,
  checkEvidenceFile,
  formatFileSize,
  type EvidenceKind,
} from './evidenceFileRules';

/** A stored evidence file, as the API's upload route answers. */
export interface UploadedEvidence {
  id: string;
  name: string;
}

/** Sends one file; the app supplies the real request (XHR to the API's upload route). */
export type UploadEvidenceFn = (file: File, onProgress: (percent: number) => void) => Promise<UploadedEvidence>;

export interface EvidenceUploaderProps {
  upload: UploadEvidenceFn;
  /** evidence already stored (a saved draft); read once */
  defaultValue?: UploadedEvidence[];
  /** the uploaded evidence, every time it changes */
  onChange?: (evidence: UploadedEvidence[]) => void;
  /** true while a file is still uploading: the submit button should wait */
  onBusyChange?: (busy: boolean) => void;
  kinds?: EvidenceKind[];
  maxSizeMB?: number;
  disabled?: boolean;
}

interface EvidenceItem {
  uid: string;
  name: string;
  size?: number;
  file?: File;
  status: 'uploading' | 'done' | 'error';
  percent: number;
  evidence?: UploadedEvidence;
  error?: string;
}

let nextUid = 0;

const ITEM_STYLE = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

export function EvidenceUploader({
  upload,
  defaultValue = [],
  onChange,
  onBusyChange,
  kinds = DEFAULT_EVIDENCE_KINDS,
  maxSizeMB = DEFAULT_MAX_SIZE_MB,
  disabled = false,
}: EvidenceUploaderProps) {
  const [items, setItems] = useState<EvidenceItem[]>(() =>
    defaultValue.map((evidence) => ({ uid: `stored-${evidence.id}`, name: evidence.name, status: 'done', percent: 100, evidence })),
  );
  const [rejections, setRejections] = useState<string[]>([]);
  const callbacks = useRef({ onChange, onBusyChange });
  callbacks.current = { onChange, onBusyChange };

  const doneKey = items.flatMap((item) => (item.evidence ? [item.evidence.id] : [])).join('|');
  const busy = items.some((item) => item.status === 'uploading');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false; // the initial list is what the parent already has
      return;
    }
    callbacks.current.onChange?.(items.flatMap((item) => (item.evidence ? [item.evidence] : [])));
  }, [doneKey]);
  useEffect(() => callbacks.current.onBusyChange?.(busy), [busy]);

  const update = (uid: string, patch: Partial<EvidenceItem>) =>
    setItems((current) => current.map((item) => (item.uid === uid ? { ...item, ...patch } : item)));

  const send = (uid: string, file: File) => {
    upload(file, (percent) => update(uid, { percent: Math.max(0, Math.min(100, Math.round(percent))) }))
      .then((evidence) => update(uid, { status: 'done', percent: 100, evidence, error: undefined }))
      .catch((error: unknown) => update(uid, { status: 'error', error: describeError(error).message }));
  };

  const add = (file: File) => {
    const problem = checkEvidenceFile(file, kinds, maxSizeMB);
    if (problem) {
      setRejections((current) => [...current, problem]);
      return;
    }
    const uid = `upload-${(nextUid += 1)}`;
    setItems((current) => [...current, { uid, name: file.name, size: file.size, file, status: 'uploading', percent: 0 }]);
    send(uid, file);
  };

  const retry = (item: EvidenceItem) => {
    if (!item.file) return;
    update(item.uid, { status: 'uploading', percent: 0, error: undefined });
    send(item.uid, item.file);
  };

  // removing an item that is still uploading drops its late result: `update` finds no such uid
  const remove = (uid: string) => setItems((current) => current.filter((item) => item.uid !== uid));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        multiple
        // no `accept`: rc-upload would silently drop other files; every file gets a Chinese reason instead
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file, batch) => {
          if (file === batch[0]) setRejections([]); // a new selection replaces the old reasons
          add(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖拽文件到此处上传佐证材料</p>
        <p className="ant-upload-hint">
          支持 {allowedKindsText(kinds)}，单个文件不超过 {maxSizeMB} MB，可一次选择多个文件
        </p>
      </Upload.Dragger>
      {rejections.length > 0 ? (
        <Alert type="error" showIcon closable onClose={() => setRejections([])} title={rejections.map((text) => <div key={text}>{text}</div>)} />
      ) : null}
      {items.map((item) => (
        <Flex key={item.uid} gap={8} align="flex-start" data-testid={`evidence-${item.name}`} style={ITEM_STYLE}>
          <Space orientation="vertical" style={{ flex: 1, minWidth: 0 }} size={2}>
            <Space size={4}>
              <PaperClipOutlined />
              <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                {item.name}
              </Typography.Text>
              {item.size !== undefined ? <Typography.Text type="secondary">{formatFileSize(item.size)}</Typography.Text> : null}
            </Space>
            {item.status === 'uploading' ? <Progress percent={item.percent} size="small" /> : null}
            {item.status === 'done' ? <Typography.Text type="success">已上传</Typography.Text> : null}
            {item.status === 'error' ? <Typography.Text type="danger">上传失败：{item.error}</Typography.Text> : null}
          </Space>
          {item.status === 'error' ? (
            <Button size="small" icon={<ReloadOutlined />} disabled={disabled} onClick={() => retry(item)}>
              重试
            </Button>
          ) : null}
          <Button size="small" danger type="text" icon={<DeleteOutlined />} disabled={disabled} aria-label={`删除 ${item.name}`} onClick={() => remove(item.uid)} />
        </Flex>
      ))}
    </Space>
  );
}
