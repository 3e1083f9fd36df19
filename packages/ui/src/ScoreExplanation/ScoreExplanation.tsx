import type { NodeScore, NodeStatus, ScoreCard } from '@govtrust/indicators';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { GradeTag } from '../GradeTag';
import { hasLostPoints, pointsLost, trimPoints } from './pointsLost';

export const NODE_STATUS_LABELS: Record<NodeStatus, string> = {
  SCORED: '已计分',
  NOT_APPLICABLE: '不适用',
  EXEMPTED: '已免评',
  MISSING_INPUT: '缺少数据',
  PENDING_PEERS: '待比较',
};

const STATUS_COLORS: Record<NodeStatus, string> = {
  SCORED: 'default',
  NOT_APPLICABLE: 'default',
  EXEMPTED: 'cyan',
  MISSING_INPUT: 'warning',
  PENDING_PEERS: 'processing',
};

const LOST_ROW_STYLE = { background: '#fff7e6' };

export interface ScoreExplanationProps {
  card: ScoreCard;
  /** total, grade and summary above the tree (default true) */
  showSummary?: boolean;
  /**
   * the system's stated total (满分). The card's total is already re-normalised to it when nodes do
   * not apply, so it — not card.maxTotal — is what the total is out of.
   */
  statedTotal?: string | number;
}

const columns: ColumnsType<NodeScore> = [
  {
    title: '指标',
    dataIndex: 'name',
    render: (_: unknown, node) => (
      <Space size={4} wrap>
        <Typography.Text type="secondary">{node.code}</Typography.Text>
        <Typography.Text strong={node.level === 'CATEGORY'}>{node.name}</Typography.Text>
      </Space>
    ),
  },
  {
    title: '得分 / 满分',
    dataIndex: 'points',
    width: 130,
    render: (_: unknown, node) => {
      const lost = hasLostPoints(node.maxPoints, node.points);
      return (
        <span>
          <Typography.Text type={lost ? 'danger' : undefined}>{trimPoints(node.points)}</Typography.Text>
          {' / '}
          {trimPoints(node.maxPoints)}
          {lost ? <div><Typography.Text type="danger">失 {pointsLost(node.maxPoints, node.points)} 分</Typography.Text></div> : null}
        </span>
      );
    },
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 100,
    render: (status: NodeStatus) => <Tag color={STATUS_COLORS[status]}>{NODE_STATUS_LABELS[status]}</Tag>,
  },
  { title: '说明', dataIndex: 'explanation' },
];

export function ScoreExplanation({ card, showSummary = true, statedTotal }: ScoreExplanationProps) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {showSummary ? (
        <Space wrap align="center">
          <Typography.Text>
            总分 <Typography.Text strong style={{ fontSize: 20 }} data-testid="score-total">{trimPoints(card.total)}</Typography.Text>
            {statedTotal !== undefined ? ` / ${trimPoints(String(statedTotal))}` : ' 分'}
          </Typography.Text>
          {card.grade ? <GradeTag grade={card.grade} overrideReason={card.gradeOverride?.reason} /> : null}
          {card.rank !== undefined ? <Tag>第 {card.rank} 名</Tag> : null}
        </Space>
      ) : null}
      {card.provisional ? <Alert type="info" showIcon title="暂定分数：部分指标需在全部参评单位数据齐全后按比较计分。" /> : null}
      {showSummary && card.explanation ? <Typography.Paragraph type="secondary">{card.explanation}</Typography.Paragraph> : null}
      <Table<NodeScore>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={card.categories}
        pagination={false}
        scroll={{ x: 720 }}
        expandable={{ defaultExpandAllRows: true }}
        onRow={(node) => (hasLostPoints(node.maxPoints, node.points) ? { style: LOST_ROW_STYLE, 'data-lost': 'true' } as React.HTMLAttributes<HTMLElement> : {})}
      />
    </Space>
  );
}
