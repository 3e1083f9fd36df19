import { Empty, Tag, Timeline, Typography } from 'antd';
import type { PublishedResultsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';

type Publication = PublishedResultsQuery['publishedResults'][number];

/** 发布记录, newest first: each revision superseded the one below it. */
export function PublicationHistory({ publications }: { publications: Publication[] }) {
  if (publications.length === 0) return <Empty description="本期尚未发布" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="publication-history"
      items={publications.map((p, i) => ({
        key: p.id,
        color: i === 0 ? 'green' : 'gray',
        content: (
          <div>
            <Typography.Text strong>第 {p.revision} 版</Typography.Text> {i === 0 ? <Tag color="success">当前</Tag> : <Tag>已被替代</Tag>}
            {p.forced ? <Tag color="warning">强制发布 · {p.provisionalCount} 个暂定</Tag> : null}
            <div>
              <Typography.Text type="secondary">{formatDateTime(p.createdAt)}</Typography.Text>
            </div>
            {p.reason ? <Typography.Text type="secondary">说明：{p.reason}</Typography.Text> : null}
          </div>
        ),
      }))}
    />
  );
}
