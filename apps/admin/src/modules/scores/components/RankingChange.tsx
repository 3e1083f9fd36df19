import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { HoverTooltip } from '@govtrust/ui';
import { Typography } from 'antd';
import type { RankingRow } from '../utils/rankingRows';

/** 较上期: places gained or lost (arrow), with the points change and the previous rank on hover. */
export function RankingChange({ row }: { row: RankingRow }) {
  if (row.previousRank == null || row.rankChange == null) return <Typography.Text type="secondary">新进榜</Typography.Text>;
  const detail = `上期第 ${row.previousRank} 名${row.previousTotal ? `，${row.previousTotal} 分` : ''}${row.pointsChange ? `；分数 ${row.pointsChange}` : ''}`;
  const change = row.rankChange;
  const body =
    change > 0 ? (
      <Typography.Text type="success" data-change="up">
        <ArrowUpOutlined /> {change}
      </Typography.Text>
    ) : change < 0 ? (
      <Typography.Text type="danger" data-change="down">
        <ArrowDownOutlined /> {-change}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary" data-change="same">
        <MinusOutlined /> 持平
      </Typography.Text>
    );
  return <HoverTooltip title={detail}>{body}</HoverTooltip>;
}
