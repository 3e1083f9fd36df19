import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { HoverTooltip, PlainText } from '@govtrust/ui';
import type { RankingRow } from '../utils/rankingRows';

/** 较上期: places gained or lost (arrow), with the points change and the previous rank on hover. */
export function RankingChange({ row }: { row: RankingRow }) {
  if (row.previousRank == null || row.rankChange == null) return <PlainText tone="secondary">新进榜</PlainText>;
  const detail = `上期第 ${row.previousRank} 名${row.previousTotal ? `，${row.previousTotal} 分` : ''}${row.pointsChange ? `；分数 ${row.pointsChange}` : ''}`;
  const change = row.rankChange;
  const body =
    change > 0 ? (
      <PlainText tone="success" data-change="up">
        <ArrowUpOutlined /> {change}
      </PlainText>
    ) : change < 0 ? (
      <PlainText tone="danger" data-change="down">
        <ArrowDownOutlined /> {-change}
      </PlainText>
    ) : (
      <PlainText tone="secondary" data-change="same">
        <MinusOutlined /> 持平
      </PlainText>
    );
  return <HoverTooltip title={detail}>{body}</HoverTooltip>;
}
