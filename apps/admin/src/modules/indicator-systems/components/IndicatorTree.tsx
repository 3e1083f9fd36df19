import type { IndicatorNode } from '@govtrust/indicators';
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DATA_SOURCE_LABELS, RULE_KIND_LABELS } from '../utils/labels';
import { checkChildrenPoints } from '../utils/pointsCheck';

export interface IndicatorTreeProps {
  categories: IndicatorNode[];
  selectedCode?: string;
  onSelect: (code: string) => void;
  expandedCodes: string[];
  onExpandedChange: (codes: string[]) => void;
}

const SELECTED_STYLE = { background: '#e6f4ff', cursor: 'pointer' };
const ROW_STYLE = { cursor: 'pointer' };

function PointsCell({ node }: { node: IndicatorNode }) {
  const check = checkChildrenPoints(node);
  return (
    <span>
      {String(node.maxPoints)}
      {check && !check.consistent ? (
        <Tooltip title={`子项分值合计 ${check.childrenSum} 分，与本项分值 ${String(node.maxPoints)} 分不一致`}>
          <Tag color="warning" style={{ marginInlineStart: 6 }} data-testid={`points-mismatch-${node.code}`}>
            子项合计 {check.childrenSum}
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

const columns: ColumnsType<IndicatorNode> = [
  { title: '编码', dataIndex: 'code', width: 150, render: (code: string) => <Typography.Text type="secondary">{code}</Typography.Text> },
  { title: '名称', dataIndex: 'name', render: (name: string, node) => <Typography.Text strong={node.level === 'CATEGORY'}>{name}</Typography.Text> },
  { title: '分值', dataIndex: 'maxPoints', width: 150, render: (_: unknown, node) => <PointsCell node={node} /> },
  {
    title: '计分方式',
    key: 'rule',
    width: 140,
    render: (_: unknown, node) => (node.rule ? RULE_KIND_LABELS[node.rule.kind] : <Typography.Text type="secondary">子项汇总</Typography.Text>),
  },
  {
    title: '数据来源',
    key: 'dataSource',
    width: 140,
    render: (_: unknown, node) =>
      node.dataSource ? (
        <Tooltip title={node.dataSourceText}>
          <span>{DATA_SOURCE_LABELS[node.dataSource]}</span>
        </Tooltip>
      ) : null,
  },
];

/** The indicator tree as an expandable table; clicking a row selects the node for the detail panel. */
export function IndicatorTree({ categories, selectedCode, onSelect, expandedCodes, onExpandedChange }: IndicatorTreeProps) {
  return (
    <Table<IndicatorNode>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={categories}
      pagination={false}
      scroll={{ x: 760 }}
      expandable={{ expandedRowKeys: expandedCodes, onExpandedRowsChange: (keys) => onExpandedChange(keys.map(String)) }}
      onRow={(node) => ({ onClick: () => onSelect(node.code), style: node.code === selectedCode ? SELECTED_STYLE : ROW_STYLE })}
    />
  );
}
