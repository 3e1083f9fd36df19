import { useQuery } from '@apollo/client/react';
import { Button, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { PageError } from '../components/PageError';
import { HistoryCard } from '../modules/history/components/HistoryCard';
import { MY_SUBMISSIONS } from '../modules/history/graphql/queries/mySubmissionsQuery';

const PAGE_SIZE = 20;

/** 历史记录: the unit's own submissions, latest change first. */
export default function HistoryPage() {
  const { data, error, fetchMore } = useQuery(MY_SUBMISSIONS, { variables: { first: PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);

  if (error && !data) return <PageError error={error} />;
  const page = data?.mySubmissions;
  const more = async () => {
    if (!page?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          mySubmissions: {
            ...fetchMoreResult.mySubmissions,
            nodes: [...previous.mySubmissions.nodes, ...fetchMoreResult.mySubmissions.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        历史记录
      </Typography.Title>
      {!page ? <Spin style={{ display: 'block', margin: '64px auto' }} /> : null}
      {page && page.nodes.length === 0 ? <Empty description="本单位还没有填报记录" /> : null}
      {page ? (
        <>
          <Typography.Text type="secondary">共 {page.totalCount} 条</Typography.Text>
          <div style={{ display: 'grid', gap: 8 }}>
            {page.nodes.map((row) => (
              <HistoryCard key={row.id} row={row} />
            ))}
          </div>
          {page.pageInfo.hasNextPage ? (
            <Button block loading={loadingMore} onClick={() => void more()}>
              加载更多
            </Button>
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
