import { useQuery } from '@apollo/client/react';
import type { ScoreCard } from '@govtrust/indicators';
import { describeError, GradeTag, ScoreExplanation } from '@govtrust/ui';
import { Alert, Card, Empty, Space, Spin, Statistic } from 'antd';
import { MY_SCORE_CARD } from '../graphql/queries/myScoreCardQuery';

/** The unit's published score card for one period, with where it lost points. */
export function ScoreCardPanel({ periodId }: { periodId: string }) {
  const { data, error, loading } = useQuery(MY_SCORE_CARD, { variables: { periodId }, fetchPolicy: 'cache-first' });
  if (loading && !data) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
  if (error && !data) {
    const { code, message } = describeError(error);
    if (code === 'NOT_PUBLISHED' || code === 'NOT_FOUND') return <Empty description={message} />;
    return <Alert type="error" showIcon title={message} />;
  }
  if (!data) return null;
  const view = data.myScoreCard;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small">
        <Space size="large" wrap>
          <Statistic title="得分" value={view.total} suffix={`/ ${view.maxTotal}`} />
          {view.rank ? <Statistic title="排名" value={view.rank} prefix="第" suffix="名" /> : null}
          <div>
            <div style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 4 }}>等级</div>
            <GradeTag grade={view.gradeOverride?.grade ?? view.grade} overrideReason={view.gradeOverride?.reason} />
          </div>
        </Space>
      </Card>
      <Card size="small" title="各项指标得分及失分原因" styles={{ body: { overflowX: 'auto' } }}>
        <ScoreExplanation card={view.card as ScoreCard} showSummary={false} statedTotal={view.maxTotal} />
      </Card>
    </Space>
  );
}
