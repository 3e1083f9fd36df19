import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useShowError } from '../../common/hooks/useShowError';
import { UploadProgressBar } from '../../units/components/UploadProgressBar';
import type { UploadProgress } from '../../units/utils/uploadWithProgress';
import { importSummary, uploadDualPublicity, type DualPublicityImportResult } from '../utils/dualPublicityImport';

export interface DualPublicityImportCardProps {
  periodOptions: Array<{ value: string; label: string }>;
  /** the period picked on the page, the card's default */
  periodId: string | undefined;
  /** after a successful import, so the page reloads the values it shows */
  onImported: () => void;
}

/**
 * 导入“双公示”记录: one CSV or XLSX of the platform's licensing and penalty records for a period;
 * the API counts them per unit into the system's 合规率/迟报率/及时率 monitoring values. A file with
 * any bad row writes nothing; the problems are listed by row and column.
 */
export function DualPublicityImportCard({ periodOptions, periodId, onImported }: DualPublicityImportCardProps) {
  const showError = useShowError();
  const [period, setPeriod] = useState(periodId);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<DualPublicityImportResult | null>(null);
  useEffect(() => setPeriod(periodId), [periodId]);

  const run = async () => {
    if (!file || !period) return;
    setBusy(true);
    setResult(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const answer = await uploadDualPublicity(file, period, setProgress);
      setResult(answer);
      if (answer.errorCount === 0 && !answer.alreadyImported) onImported();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <Card size="small" title="导入“双公示”记录" data-testid="dual-publicity-import">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {'上传一个期次的行政许可、行政处罚“双公示”记录（.csv 或 .xlsx，表头：记录编号、单位编码、类别、决定日期、报送日期、状态），系统按单位统计上报量、入库量和迟报量（报送晚于决定日期7天以上），' +
          '写入指标体系的“双公示”合规率、迟报率、及时率监测项并重新计分。同一文件重复上传不会重复计入；文件中没有记录的单位，其已有数据保持不变。'}
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>导入期次</Typography.Text>
        <Select
          aria-label="导入期次"
          style={{ minWidth: 200 }}
          placeholder="请选择期次"
          value={period}
          options={periodOptions}
          onChange={(id: string) => {
            setPeriod(id);
            setResult(null);
          }}
        />
      </Flex>
      <Upload.Dragger
        accept=".csv,.xlsx"
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
        <p className="ant-upload-text">点击或拖拽 .csv / .xlsx 文件到此处</p>
        <p className="ant-upload-hint">CSV 可为 UTF-8（含或不含 BOM）或 GBK 编码；XLSX 读取第一个工作表。</p>
      </Upload.Dragger>
      <Flex justify="flex-end" style={{ marginTop: 12 }}>
        <Button type="primary" disabled={!file || !period} loading={busy} onClick={() => void run()}>
          上传并导入
        </Button>
      </Flex>
      {progress ? <UploadProgressBar progress={progress} /> : null}
      {result && result.errorCount === 0 ? <Alert style={{ marginTop: 12 }} type={result.alreadyImported ? 'info' : 'success'} showIcon title={importSummary(result)} /> : null}
      {result && result.errorCount > 0 ? (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            title={`文件中有 ${result.errorCount} 处错误，未写入任何数据。请修改后重新上传。${result.errorCount > result.errors.length ? `（以下列出前 ${result.errors.length} 处）` : ''}`}
          />
          <Table
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            size="small"
            dataSource={result.errors}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 120 },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
