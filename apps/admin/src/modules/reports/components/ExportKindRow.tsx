import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { useExportJob } from '../hooks/useExportJob';
import type { ExportKindInfo } from '../utils/exportKinds';
import { ExportJobStatus } from './ExportJobStatus';

export interface ExportKindRowProps {
  info: ExportKindInfo;
  periodId: string | undefined;
  provisional: boolean;
  onFinished: () => void;
}

/** One export: what it holds, 生成, then its progress and download. */
export function ExportKindRow({ info, periodId, provisional, onFinished }: ExportKindRowProps) {
  const { run, starting, job, running } = useExportJob(info.kind, onFinished);
  const usesProvisional = info.scores && provisional;
  return (
    <List.Item data-export={info.kind}>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ width: '100%' }}>
        <Flex gap={12} align="center" style={{ minWidth: 320 }}>
          {info.format === 'DOCX' ? <FileWordOutlined style={{ fontSize: 28, color: '#2b579a' }} /> : <FileExcelOutlined style={{ fontSize: 28, color: '#217346' }} />}
          <div>
            <Typography.Text strong>{info.title}</Typography.Text> <Tag bordered={false}>{info.format}</Tag>
            {usesProvisional ? <Tag color="processing">初步结果</Tag> : null}
            <div>
              <Typography.Text type="secondary">{info.description}</Typography.Text>
            </div>
          </div>
        </Flex>
        <Flex gap={16} align="center">
          {job ? <ExportJobStatus job={job} /> : null}
          <Button type={job ? 'default' : 'primary'} loading={starting || running} disabled={!periodId} onClick={() => periodId && void run(periodId, usesProvisional)} aria-label={`生成${info.title}`}>
            {job ? '重新生成' : '生成'}
          </Button>
        </Flex>
      </Flex>
    </List.Item>
  );
}
