import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { DeadlineList } from '../modules/dashboard/components/DeadlineList';
import { ScoreOverview } from '../modules/dashboard/components/ScoreOverview';
import { StateCountCards } from '../modules/dashboard/components/StateCountCards';
import { UnitProgressTable } from '../modules/dashboard/components/UnitProgressTable';
import { PERIOD_PROGRESS } from '../modules/dashboard/graphql/queries/periodProgressQuery';
import { useAccess } from '../modules/auth/hooks/useSession';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { cycleOfPeriod } from '../modules/periods/utils/currentPeriod';

export default function DashboardPage() {
  const access = useAccess();
  const { cycles, options, current, error, refetch } = useCycles();
  const [chosen, setChosen] = useState<string>();
  const periodId = chosen ?? current?.id;
  const cycle = cycleOfPeriod(cycles, periodId);
  const period = cycle?.periods.find((p) => p.id === periodId);
  const summary = useQuery(PERIOD_PROGRESS, { variables: { periodId: periodId ?? '' }, skip: !periodId });
  const progress = summary.data?.periodProgress;

  return (
    <>
      <PageHeader
        title="工作台"
        description={cycle ? `${cycle.name}${period ? ` · ${period.label}` : ''}` : undefined}
        extra={
          <Space>
            <Typography.Text>期次</Typography.Text>
            <Select aria-label="期次" style={{ width: 220 }} options={options} value={periodId} onChange={(id: string) => setChosen(id)} />
          </Space>
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {summary.error ? <QueryError error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {!periodId ? (
        <Card>
          <Empty description="尚未建立考核周期" />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <StateCountCards periodId={periodId} expected={progress?.expected} missing={progress?.missing} overdue={progress?.overdue} />
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <Card title="各单位报送情况" size="small">
                <UnitProgressTable periodId={periodId} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="截止日期" size="small" loading={summary.loading}>
                <DeadlineList deadlines={progress?.deadlines ?? []} today={progress?.today ?? ''} />
              </Card>
            </Col>
          </Row>
          {cycle && access.canViewScores ? <ScoreOverview cycle={cycle} periodId={periodId} /> : null}
        </Space>
      )}
    </>
  );
}
