import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageError } from '../components/PageError';
import { ScoreCardPanel } from '../modules/scores/components/ScoreCardPanel';
import { WarningList } from '../modules/scores/components/WarningList';
import { MY_WARNINGS } from '../modules/scores/graphql/queries/myWarningsQuery';
import { SCORE_PERIODS } from '../modules/scores/graphql/queries/scorePeriodsQuery';
import { scorePeriodOptions } from '../modules/scores/utils/scorePeriodOptions';

/** 我的得分: the unit's published score card per period, and the warnings raised for it. */
export default function ScoresPage() {
  const periods = useQuery(SCORE_PERIODS);
  const [params, setParams] = useSearchParams();
  const options = useMemo(() => scorePeriodOptions(periods.data?.cycles ?? []), [periods.data]);
  const periodId = params.get('period') ?? options[0]?.value ?? null;
  const warnings = useQuery(MY_WARNINGS, { variables: { periodId }, skip: !periodId });

  if (periods.error && !periods.data) return <PageError error={periods.error} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        我的得分
      </Typography.Title>
      {!periods.data ? <Spin style={{ display: 'block', margin: '64px auto' }} /> : null}
      {periods.data && !periodId ? <Empty description="暂无可查看的考核期次" /> : null}
      {periodId ? (
        <>
          <Select
            aria-label="期次"
            style={{ width: '100%', maxWidth: 320 }}
            value={periodId}
            options={options}
            onChange={(value: string) => setParams({ period: value })}
          />
          <ScoreCardPanel key={periodId} periodId={periodId} />
          <Card size="small" title="待处理的预警">
            {warnings.data ? <WarningList warnings={warnings.data.warnings.nodes} /> : <Spin />}
          </Card>
        </>
      ) : null}
    </Space>
  );
}
