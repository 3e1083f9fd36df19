import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import type { UnitKind } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { INDICATOR_LOSSES } from '../graphql/queries/indicatorLossesQuery';
import { RANKING_STATISTICS } from '../graphql/queries/rankingStatisticsQuery';
import { gradeCountsOf, scoreBins } from '../utils/scoreDistribution';
import { GradeDistributionChart } from './charts/GradeDistributionChart';
import { IndicatorLossChart } from './charts/IndicatorLossChart';
import { ScoreHistogramChart } from './charts/ScoreHistogramChart';
import { IndicatorLossTable } from './IndicatorLossTable';

export interface ScoreStatisticsProps {
  periodId: string;
  unitKind: UnitKind;
  provisional: boolean;
}

/**
 * 统计分析 of a whole ranking (not the page on screen): grade shares and score bands counted by
 * the API over every unit of the kind, and where units lose points.
 */
export function ScoreStatistics({ periodId, unitKind, provisional }: ScoreStatisticsProps) {
  const variables = { periodId, unitKind, provisional };
  const stats = useQuery(RANKING_STATISTICS, { variables });
  const losses = useQuery(INDICATOR_LOSSES, { variables });
  const figures = stats.data?.rankingStatistics;
  const grades = useMemo(() => (figures ? gradeCountsOf(figures.grades, figures.ungraded) : null), [figures]);
  const bins = useMemo(() => (figures ? scoreBins(figures.bands) : null), [figures]);
  const error = stats.error;
  return (
    <Row gutter={[16, 16]}>
      {error ? (
        <Col span={24}>
          <QueryError error={error} onRetry={() => void stats.refetch()} />
        </Col>
      ) : null}
      <Col xs={24} lg={10}>
        <Card size="small" title="等级分布">
          <Skeleton active loading={!grades && !error}>
            <GradeDistributionChart counts={grades ?? []} />
          </Skeleton>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title="得分分布">
          <Skeleton active loading={!bins && !error}>
            <ScoreHistogramChart bins={bins ?? []} />
          </Skeleton>
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
