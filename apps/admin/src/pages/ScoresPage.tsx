import { CalculatorOutlined, CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, Button, Card, Empty, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { formatDateTime } from '../modules/common/utils/format';
import { useAccess } from '../modules/auth/hooks/useSession';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { OverrideGradeModal } from '../modules/scores/components/OverrideGradeModal';
import { PublicationHistory } from '../modules/scores/components/PublicationHistory';
import { PublishResultsModal } from '../modules/scores/components/PublishResultsModal';
import { RankingTable } from '../modules/scores/components/RankingTable';
import { ScoreCardDrawer } from '../modules/scores/components/ScoreCardDrawer';
import { ScoreFilters } from '../modules/scores/components/ScoreFilters';
import { ScoreStatistics } from '../modules/scores/components/ScoreStatistics';
import { PUBLISHED_RESULTS } from '../modules/scores/graphql/queries/publishedResultsQuery';
import { RANKING_STATISTICS } from '../modules/scores/graphql/queries/rankingStatisticsQuery';
import { useRanking, type RankingMeta } from '../modules/scores/hooks/useRanking';
import { useRankingView } from '../modules/scores/hooks/useRankingView';
import { useRecompute } from '../modules/scores/hooks/useRecompute';
import type { RankingRow } from '../modules/scores/utils/rankingRows';
import { resolveSelection, type ScoreSelection } from '../modules/scores/utils/scoreSelection';

export default function ScoresPage() {
  const access = useAccess();
  const { cycles, error: cyclesError, refetch: refetchCycles } = useCycles();
  const [chosen, setChosen] = useState<Partial<ScoreSelection>>({});
  const selection = resolveSelection(cycles, chosen);
  const { periodId } = selection;
  const cycle = cycles.find((c) => c.id === selection.cycleId);
  const period = cycle?.periods.find((p) => p.id === periodId);

  // page, order and filters live here, not in the tab, so switching tabs keeps them
  const rankingView = useRankingView();
  const { view, change: changeView } = rankingView;
  const ranking = useRanking(periodId, selection.unitKind, selection.provisional, view);
  const publications = useQuery(PUBLISHED_RESULTS, { variables: { periodId: periodId ?? '' }, skip: !periodId });
  // how many of the kind are still 暂定, for the publish dialog (read when it opens)
  const [publishing, setPublishing] = useState(false);
  const pendingCount = useQuery(RANKING_STATISTICS, {
    variables: { periodId: periodId ?? '', unitKind: selection.unitKind, provisional: true },
    skip: !periodId || !publishing,
    fetchPolicy: 'network-only',
  });
  const total = ranking.meta?.totalCount ?? 0;
  // a recompute or another selection can leave fewer pages than the one on screen: show the last
  const lastPage = Math.max(1, Math.ceil(total / view.pageSize));
  const pastTheEnd = Boolean(ranking.meta) && !ranking.loading && ranking.rows.length === 0 && view.page > lastPage;
  useEffect(() => {
    if (pastTheEnd) changeView({ page: lastPage });
  }, [pastTheEnd, lastPage, changeView]);

  const [openUnit, setOpenUnit] = useState<RankingRow | null>(null);
  const [overriding, setOverriding] = useState<RankingRow | null>(null);
  const client = useApolloClient();
  const refresh = () => {
    ranking.refetch();
    void publications.refetch();
    // 统计分析, if it has been opened (only active queries are refetched)
    void client.refetchQueries({ include: ['RankingStatistics', 'IndicatorLosses'] }).catch(() => undefined);
  };
  const recompute = useRecompute(refresh);
  const notPublished = ranking.error ? describeError(ranking.error).code === 'NOT_PUBLISHED' : false;
  const history = publications.data?.publishedResults ?? [];

  return (
    <>
      <PageHeader
        title="得分排名"
        description="按期次查看各单位得分、名次和等级；初步结果随审核通过自动更新，发布后单位和领导可见。"
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={refresh}>
              刷新
            </Button>
            {access.canComputeScores ? (
              <Button icon={<CalculatorOutlined />} loading={recompute.loading} disabled={!periodId} onClick={() => periodId && void recompute.run(periodId)}>
                重新计算
              </Button>
            ) : null}
            {access.canPublishScores ? (
              <Button type="primary" icon={<CloudUploadOutlined />} disabled={!periodId} onClick={() => setPublishing(true)}>
                发布本期结果
              </Button>
            ) : null}
          </>
        }
      />
      {cyclesError ? <QueryError error={cyclesError} onRetry={() => void refetchCycles()} /> : null}
      <Card>
        <ScoreFilters
          cycles={cycles}
          selection={selection}
          onSelect={(next) => {
            setChosen(next);
            rankingView.restart();
          }}
          searchText={rankingView.searchText}
          onSearchText={rankingView.setSearchText}
          onSearchNow={rankingView.searchNow}
          grade={view.grade}
          onGrade={(grade) => changeView({ grade })}
        />
        <ResultBanner provisional={selection.provisional} meta={ranking.meta} />
        {!periodId ? (
          <Empty description="尚未建立考核周期" />
        ) : (
          <Tabs
            items={[
              {
                key: 'ranking',
                label: '排名',
                children: (
                  <>
                    {notPublished ? (
                      <Empty description={`${period?.label ?? '本期'}的考核结果尚未发布，可切换到“初步结果”查看`} />
                    ) : ranking.error ? (
                      <QueryError error={ranking.error} onRetry={ranking.refetch} />
                    ) : null}
                    {notPublished ? null : (
                      <RankingTable
                        rows={ranking.rows}
                        total={total}
                        view={view}
                        onView={changeView}
                        loading={ranking.loading}
                        canOverride={access.canPublishScores && selection.provisional}
                        onOpen={setOpenUnit}
                        onOverride={setOverriding}
                      />
                    )}
                  </>
                ),
              },
              {
                key: 'statistics',
                label: '统计分析',
                children: notPublished ? <Empty description="尚未发布" /> : <ScoreStatistics periodId={periodId} unitKind={selection.unitKind} provisional={selection.provisional} />,
              },
              {
                key: 'publications',
                label: `发布记录${history.length ? `（${history.length}）` : ''}`,
                children: publications.error ? <QueryError error={publications.error} /> : <PublicationHistory publications={history} />,
              },
            ]}
          />
        )}
      </Card>
      {periodId && cycle && period ? (
        <>
          <ScoreCardDrawer periodId={periodId} cycleId={cycle.id} periodKind={period.kind} provisional={selection.provisional} unit={openUnit} onClose={() => setOpenUnit(null)} />
          <OverrideGradeModal periodId={periodId} row={overriding} onClose={() => setOverriding(null)} onChanged={refresh} />
          <PublishResultsModal
            open={publishing}
            periodId={periodId}
            periodLabel={period.label}
            provisionalCount={pendingCount.data?.rankingStatistics.provisional ?? 0}
            publishedRevisions={history.length}
            onClose={() => setPublishing(false)}
            onPublished={refresh}
          />
        </>
      ) : null}
    </>
  );
}

/** Which figures the table shows, so 初步结果 is never mistaken for the published one. */
function ResultBanner({ provisional, meta }: { provisional: boolean; meta: RankingMeta | null }) {
  if (provisional) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          <Space>
            <Tag color="processing">初步结果</Tag>
            <Typography.Text>当前计算结果，尚未发布；单位审核通过或重新计算后会变化。</Typography.Text>
          </Space>
        }
      />
    );
  }
  if (!meta?.revision) return null;
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <Tag color="success">已发布 第{meta.revision}版</Tag>
          <Typography.Text>发布时间 {formatDateTime(meta.publishedAt)}</Typography.Text>
        </Space>
      }
    />
  );
}
