import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import type { UnitKind } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { INDICATOR_LOSSES } from '../graphql/queries/indicatorLossesQuery';
import type { RankingRow } from '../utils/rankingRows';
import { gradeCounts, scoreHistogram } from '../utils/scoreDistribution';
import { GradeDistributionChart } from './charts/GradeDistributionChart';
import { IndicatorLossChart } from './charts/IndicatorLossChart';
import { ScoreHistogramChart } from './charts/ScoreHistogramChart';
import { IndicatorLossTable } from './IndicatorLossTable';

export interface ScoreStatisticsProps {
  periodId: string;
  unitKind: UnitKind;
  provisional: boolean;
  rows: RankingRow[];
}

/** 统计分析: grade shares and score bands of the ranking on screen, and where units lose points. */
export function ScoreStatistics({ periodId, unitKind, provisional, rows }: ScoreStatisticsProps) {
  const losses = useQuery(INDICATOR_LOSSES, { variables: { periodId, unitKind, provisional } });
  const grades = useMemo(() => gradeCounts(rows), [rows]);
  const bins = useMemo(() => scoreHistogram(rows), [rows]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card size="small" title="等级分布">
          <GradeDistributionChart counts={grades} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title="得分分布">
          <ScoreHistogramChart bins={bins} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="失分指标（平均失分最多的前12项）">
          {losses.error ? <QueryError error={losses.error} onRetry={() => void losses.refetch()} /> : null}
          <Skeleton active loading={losses.loading && !losses.data}>
            <IndicatorLossChart losses={losses.data?.indicatorLosses ?? []} />
            <IndicatorLossTable losses={losses.data?.indicatorLosses ?? []} />
          </Skeleton>
        </Card>
      </Col>
    </Row>
  );
}
