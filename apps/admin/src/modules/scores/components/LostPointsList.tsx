import { hasLostPoints, pointsLost, trimPoints } from '@govtrust/ui';
import { Empty, List, Space, Tag, Typography } from 'antd';
import type { ScoreCardQuery } from '../../../generated/graphql';
import { points } from '../utils/rankingRows';

type ScoreNode = ScoreCardQuery['scoreCard']['nodes'][number];

/** 失分项: the indicators (not their categories) that lost points, biggest loss first, with their evidence. */
export function LostPointsList({ nodes }: { nodes: ScoreNode[] }) {
  const lost = nodes
    .filter((n) => n.level !== 'CATEGORY' && hasLostPoints(n.maxPoints, n.points))
    .sort((a, b) => points(pointsLost(b.maxPoints, b.points)) - points(pointsLost(a.maxPoints, a.points)));
  if (lost.length === 0) return <Empty description="各项指标均得满分" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      size="small"
      dataSource={lost}
      data-testid="lost-points"
      renderItem={(node) => (
        <List.Item extra={<Typography.Text type="danger" strong>失 {pointsLost(node.maxPoints, node.points)} 分</Typography.Text>}>
          <List.Item.Meta
            title={
              <Space size={6} wrap>
                <Typography.Text type="secondary">{node.code}</Typography.Text>
                <span>{node.name}</span>
                <Tag>{trimPoints(node.points)} / {trimPoints(node.maxPoints)}</Tag>
              </Space>
            }
            description={
              <>
                <div>{node.explanation}</div>
                {node.evidence.length > 0 ? (
                  <Space size={8} wrap>
                    佐证：
                    {node.evidence.map((e) => (
                      <Typography.Link key={e.id} href={e.url} target="_blank" rel="noreferrer">
                        {e.fileName}
                      </Typography.Link>
                    ))}
                  </Space>
                ) : null}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
