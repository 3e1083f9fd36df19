import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../common/components/QueryError';
import { PERIOD_COUNTS } from '../graphql/queries/periodCountsQuery';

export interface StateCountCardsProps {
  periodId: string;
  expected: number | undefined;
  missing: number | undefined;
  overdue: number | undefined;
}

/** The period at a glance: what is expected, what arrived in which state, what is late or missing. */
export function StateCountCards({ periodId, expected, missing, overdue }: StateCountCardsProps) {
  const { data, error, refetch } = useQuery(PERIOD_COUNTS, { variables: { periodId } });
  const cards: Array<{ key: string; title: string; value: number | undefined; color?: string; to?: string }> = [
    { key: 'expected', title: '本期应报', value: expected },
    { key: 'review', title: '待审核', value: data ? data.submitted.totalCount + data.resubmitted.totalCount : undefined, color: '#1f5fbf', to: '/review' },
    { key: 'approved', title: '已通过', value: data?.approved.totalCount, color: '#389e0d' },
    { key: 'returned', title: '已退回', value: data?.returned.totalCount, color: '#cf1322' },
    { key: 'pending', title: '待单位负责人审核', value: data?.pendingApproval.totalCount },
    { key: 'late', title: '迟报', value: data?.late.totalCount, color: '#d46b08' },
    { key: 'missing', title: '未报送', value: missing, color: '#cf1322' },
    { key: 'overdue', title: '逾期未报', value: overdue, color: '#a8071a' },
  ];
  return (
    <>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Row gutter={[12, 12]} data-testid="state-counts">
        {cards.map((card) => (
          <Col key={card.key} xs={12} md={6} xl={3}>
            <Card size="small">
              <Statistic title={card.to ? <Link to={card.to}>{card.title}</Link> : card.title} value={card.value ?? '—'} styles={{ content: { color: card.color } }} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
