import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import { QueryError } from '../../common/components/QueryError';
import type { Cycle } from '../../periods/utils/currentPeriod';
import { GradeDistributionChart } from '../../scores/components/charts/GradeDistributionChart';
import { ScoreTrendChart } from '../../scores/components/charts/ScoreTrendChart';
import { GRADE_LISTS } from '../../scores/graphql/queries/gradeListsQuery';
import { gradeCounts } from '../../scores/utils/scoreDistribution';
import { useAverageScoreTrend } from '../hooks/useAverageScoreTrend';

export interface ScoreOverviewProps {
  cycle: Cycle;
  periodId: string;
}

/** 等级分布 of the period and the average score across the cycle's periods of the same kind, both 初步结果. */
export function ScoreOverview({ cycle, periodId }: ScoreOverviewProps) {
  const period = cycle.periods.find((p) => p.id === periodId);
  const lists = useQuery(GRADE_LISTS, { variables: { periodId, provisional: true } });
  const counts = useMemo(() => gradeCounts((lists.data?.gradeLists ?? []).flatMap((l) => l.units.map(() => ({ grade: l.grade })))), [lists.data]);
  const trendPeriods = useMemo(
    () =>
      period
        ? [...cycle.periods]
            .filter((p) => p.kind === period.kind && p.index <= period.index)
            .sort((a, b) => a.index - b.index)
            .map((p) => ({ id: p.id, label: p.label }))
        : [],
    [cycle, period],
  );
  const trend = useAverageScoreTrend(trendPeriods);
  const provisionalTag = <Tag color="processing">初步结果</Tag>;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title="等级分布" size="small" extra={provisionalTag} data-testid="grade-distribution">
          {lists.error ? <QueryError error={lists.error} onRetry={() => void lists.refetch()} /> : null}
          <Skeleton active loading={lists.loading && !lists.data}>
            <GradeDistributionChart counts={counts} height={240} />
          </Skeleton>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title="平均得分趋势" size="small" extra={provisionalTag} data-testid="score-trend">
          {trend.error ? <QueryError error={trend.error} /> : null}
          <Skeleton active loading={trend.loading && trend.points.length === 0}>
            <ScoreTrendChart name="参评单位平均分" points={trend.points} height={240} />
          </Skeleton>
        </Card>
      </Col>
    </Row>
  );
}
