import { Card, List, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useAccess } from '../modules/auth/hooks/useSession';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { periodOptions } from '../modules/periods/utils/currentPeriod';
import { ExportKindRow } from '../modules/reports/components/ExportKindRow';
import { RecentExportsTable } from '../modules/reports/components/RecentExportsTable';
import { EXPORT_KINDS } from '../modules/reports/utils/exportKinds';

export default function ReportsPage() {
  const access = useAccess();
  const { cycles, current, error, refetch } = useCycles();
  const [chosen, setChosen] = useState<string>();
  const periodId = chosen ?? current?.id;
  // a provisional Word report is the office's working draft; others export what was published
  const [provisional, setProvisional] = useState(false);
  const [finishedCount, setFinishedCount] = useState(0);
  const onFinished = useCallback(() => setFinishedCount((n) => n + 1), []);
  const labels = new Map(cycles.flatMap((c) => c.periods.map((p) => [p.id, p.label] as const)));
  const kinds = EXPORT_KINDS.filter((k) => !(provisional && k.kind === 'REPORT_DOCX' && !access.canPublishScores));

  return (
    <>
      <PageHeader
        title="报表导出"
        description="生成的文件在后台制作，可离开本页，稍后在“最近导出”中下载。"
        extra={
          <Space wrap>
            <Typography.Text>期次</Typography.Text>
            <Select aria-label="期次" style={{ width: 220 }} options={periodOptions(cycles)} value={periodId} onChange={(id: string) => setChosen(id)} />
            <Segmented<'published' | 'provisional'>
              aria-label="得分口径"
              value={provisional ? 'provisional' : 'published'}
              options={[
                { value: 'published', label: '已发布结果' },
                { value: 'provisional', label: '初步结果' },
              ]}
              onChange={(v) => setProvisional(v === 'provisional')}
            />
          </Space>
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Card title="导出内容" size="small" style={{ marginBottom: 16 }}>
        <List dataSource={kinds} renderItem={(info) => <ExportKindRow key={info.kind} info={info} periodId={periodId} provisional={provisional} onFinished={onFinished} />} />
      </Card>
      <Card title="最近导出" size="small">
        <RecentExportsTable periodLabel={(id) => labels.get(id) ?? '—'} refreshKey={finishedCount} />
      </Card>
    </>
  );
}
