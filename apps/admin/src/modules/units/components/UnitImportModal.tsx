import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Flex, Modal, Radio, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../common/hooks/useShowError';
import { UNITS } from '../graphql/queries/unitsQuery';
import { UNIT_TREE_LEVEL } from '../graphql/queries/unitTreeLevelQuery';
import { uploadUnitImport, type UnitImportMode, type UnitImportResult } from '../utils/unitImport';
import type { UploadProgress } from '../utils/uploadWithProgress';
import { UploadProgressBar } from './UploadProgressBar';

export const UNIT_TEMPLATE_URL = '/files/templates/units.xlsx';

/**
 * XLSX import of units: check first (dry run), then import. A file with any bad row writes
 * nothing; every problem is listed with its row and column so the sheet can be fixed in one go.
 */
export function UnitImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const client = useApolloClient();
  const showError = useShowError();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<UnitImportMode>('create');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const answer = await uploadUnitImport(file, mode, dryRun, setProgress);
      setResult(answer);
      if (!dryRun && answer.errors.length === 0) await client.refetchQueries({ include: [UNITS, UNIT_TREE_LEVEL] });
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
    onClose();
  };

  return (
    <Modal
      title="从 Excel 导入单位"
      open={open}
      onCancel={close}
      width={760}
      footer={
        <Flex justify="space-between">
          <Button icon={<DownloadOutlined />} href={UNIT_TEMPLATE_URL}>
            下载导入模板
          </Button>
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
        <p className="ant-upload-hint">请使用导入模板；单位编码已存在时按下方方式处理。</p>
      </Upload.Dragger>
      <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
        <Typography.Text>导入方式</Typography.Text>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as UnitImportMode)}
          options={[
            { value: 'create', label: '仅新增（编码已存在的行报错）' },
            { value: 'upsert', label: '新增并更新已有单位' },
          ]}
        />
      </Flex>
      {progress ? <UploadProgressBar progress={progress} /> : null}
      {result && result.errors.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={result.dryRun ? `校验通过：将新增 ${result.created} 个、更新 ${result.updated} 个单位` : `导入完成：新增 ${result.created} 个、更新 ${result.updated} 个单位`}
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
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 160 },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
