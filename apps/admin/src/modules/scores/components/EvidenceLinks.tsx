import { Empty, Table, Typography } from 'antd';
import type { ScoreCardQuery } from '../../../generated/graphql';

type ScoreNode = ScoreCardQuery['scoreCard']['nodes'][number];

/** The approved evidence behind each indicator, opened in a new tab. */
export function EvidenceLinks({ nodes }: { nodes: ScoreNode[] }) {
  const withEvidence = nodes.filter((n) => n.evidence.length > 0);
  if (withEvidence.length === 0) return <Empty description="暂无已通过审核的佐证材料" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<ScoreNode>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={withEvidence}
      columns={[
        { title: '指标', key: 'name', render: (_, n) => `${n.code} ${n.name}` },
        {
          title: '佐证材料',
          key: 'evidence',
          render: (_, n) =>
            n.evidence.map((e) => (
              <div key={e.id}>
                <Typography.Link href={e.url} target="_blank" rel="noreferrer">
                  {e.fileName}
                </Typography.Link>
              </div>
            )),
        },
      ]}
    />
  );
}
