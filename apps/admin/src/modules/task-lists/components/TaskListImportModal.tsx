import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Radio, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../common/hooks/useShowError';
import { UploadProgressBar } from '../../units/components/UploadProgressBar';
import type { UploadProgress } from '../../units/utils/uploadWithProgress';
import { uploadTaskListImport, type TaskListImportMode, type TaskListImportResult } from '../utils/taskListImport';

export const TASK_LIST_TEMPLATE_URL = '/files/templates/task-list.xlsx';
export const TASK_LIST_SAMPLE_URL = '/files/templates/task-list-genhe-2023.xlsx';

export interface TaskListImportModalProps {
  open: boolean;
  cycleId: string | undefined;
  cycleName: string | undefined;
  /** the cycle already has a list: only a replacement is possible */
  hasList: boolean;
  onClose: () => void;
  onImported: () => void;
}

/**
 * XLSX import of a cycle's task list: check first (dry run), then import. A file with any bad row
 * writes nothing; every problem is listed with its row and column so the sheet can be fixed in one go.
 */
export function TaskListImportModal({ open, cycleId, cycleName, hasList, onClose, onImported }: TaskListImportModalProps) {
  const showError = useShowError();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<TaskListImportMode>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<TaskListImportResult | null>(null);
  const chosenMode: TaskListImportMode = mode ?? (hasList ? 'replace' : 'create');

  const run = async (dryRun: boolean) => {
    if (!file || !cycleId) return;
    setBusy(true);
    setResult(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const answer = await uploadTaskListImport(file, cycleId, chosenMode, dryRun, setProgress);
      setResult(answer);
      if (!dryRun && answer.errors.length === 0) onImported();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const close = () => {
    setFile(null);
    setResult(null);
    setMode(undefined);
    onClose();
  };

  return (
    <Modal
      title={`从 Excel 导入任务清单 · ${cycleName ?? ''}`}
      open={open}
      onCancel={close}
      width={780}
      footer={
        <Flex justify="space-between">
          <Flex gap={8}>
            <Button icon={<DownloadOutlined />} href={TASK_LIST_TEMPLATE_URL}>
              下载导入模板
            </Button>
            <Button type="link" href={TASK_LIST_SAMPLE_URL}>
              示例（根河市2023年）
            </Button>
          </Flex>
          <Flex gap={8}>
            <Button onClick={close}>关闭</Button>
            <Button disabled={!file} loading={busy} onClick={() => void run(true)}>
              校验
            </Button>
            <Button type="primary" disabled={!file} loading={busy} onClick={() => void run(false)}>
              导入
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setResult(null);
        }}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此处</p>
        <p className="ant-upload-hint">请使用导入模板：每行一项任务及其责任单位编码。</p>
      </Upload.Dragger>
      <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
        <Typography.Text>导入方式</Typography.Text>
        <Radio.Group
          value={chosenMode}
          onChange={(e) => setMode(e.target.value as TaskListImportMode)}
          options={[
            { value: 'create', label: '新建（本周期尚无任务清单）', disabled: hasList },
            { value: 'replace', label: '整体替换（仅限尚无填报的任务清单）' },
          ]}
        />
      </Flex>
      {progress ? <UploadProgressBar progress={progress} /> : null}
      {result && result.errors.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={
            result.dryRun
              ? `校验通过：${result.units} 个单位、${result.tasks} 项任务`
              : `导入完成：${result.tasks} 项任务，${result.assignments} 项分配，${result.dues} 个截止日期`
          }
        />
      ) : null}
      {result && result.errors.length > 0 ? (
        <>
          <Alert type="error" showIcon title={`文件中有 ${result.errors.length} 处错误，未写入任何数据。请修改后重新上传。`} style={{ marginBottom: 8 }} />
          <Table
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            size="small"
            dataSource={result.errors}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: '位置', dataIndex: 'row', width: 80, render: (row: number) => `第${row}行` },
              { title: '列', dataIndex: 'column', width: 160 },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
