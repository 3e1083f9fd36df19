import { useQuery } from '@apollo/client/react';
import type { ScoreCard } from '@govtrust/indicators';
import { ScoreExplanation } from '@govtrust/ui';
import { Alert, Drawer, Skeleton, Tabs, Tag } from 'antd';
import type { PeriodKind } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { SCORE_CARD } from '../graphql/queries/scoreCardQuery';
import { SCORE_TREND } from '../graphql/queries/scoreTrendQuery';
import { points } from '../utils/rankingRows';
import { ScoreTrendChart } from './charts/ScoreTrendChart';
import { EvidenceLinks } from './EvidenceLinks';
import { LostPointsList } from './LostPointsList';

export interface ScoreCardDrawerProps {
  periodId: string;
  cycleId: string;
  periodKind: PeriodKind;
  provisional: boolean;
  unit: { unitId: string; unitName: string } | null;
  onClose: () => void;
}

/** A unit's scorecard: every indicator explained, where it lost points, its evidence, its trend. */
export function ScoreCardDrawer({ periodId, cycleId, periodKind, provisional, unit, onClose }: ScoreCardDrawerProps) {
  const unitId = unit?.unitId ?? '';
  const card = useQuery(SCORE_CARD, { variables: { periodId, unitId, provisional }, skip: !unit });
  const trend = useQuery(SCORE_TREND, { variables: { cycleId, unitId, periodKind, provisional }, skip: !unit });
  const view = card.data?.scoreCard;

  return (
    <Drawer
      open={unit !== null}
      onClose={onClose}
      size={880}
      title={
        <span>
          {unit?.unitName} · 得分卡 {view?.source === 'PUBLISHED' ? <Tag color="success">已发布 第{view.revision}版</Tag> : <Tag color="processing">初步结果</Tag>}
        </span>
      }
      destroyOnHidden
    >
      {card.error ? <QueryError error={card.error} onRetry={() => void card.refetch()} /> : null}
      {!view ? (
        <Skeleton active paragraph={{ rows: 10 }} loading={card.loading} />
      ) : (
        <>
          {view.gradeOverride ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${view.gradeOverride.manual ? '信用办人工调整等级' : '按指标规则直接定级'}：${view.gradeOverride.reason}`}
            />
          ) : null}
          <Tabs
            items={[
              {
                key: 'explanation',
                label: '逐项得分',
                children: <ScoreExplanation card={view.card as ScoreCard} statedTotal={view.maxTotal} />,
              },
              { key: 'lost', label: '失分项', children: <LostPointsList nodes={view.nodes} /> },
              { key: 'evidence', label: '佐证材料', children: <EvidenceLinks nodes={view.nodes} /> },
              {
                key: 'trend',
                label: '得分趋势',
                children: trend.error ? (
                  <QueryError error={trend.error} onRetry={() => void trend.refetch()} />
                ) : (
                  <Skeleton active loading={trend.loading && !trend.data}>
                    <ScoreTrendChart
                      name="总分"
                      points={(trend.data?.scoreTrend ?? []).map((p) => ({ label: p.label, value: Number.isNaN(points(p.total)) ? null : points(p.total) }))}
                    />
                  </Skeleton>
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
