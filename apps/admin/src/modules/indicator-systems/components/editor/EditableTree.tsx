import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { IndicatorNode, IndicatorSystem } from '@govtrust/indicators';
import { findNode } from '@govtrust/indicators';
import { Button, Popconfirm, Space, Tag, Tooltip, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { childLevelOf } from '../../utils/editTree';
import { NODE_LEVEL_LABELS } from '../../utils/labels';
import { checkChildrenPoints } from '../../utils/pointsCheck';

export interface EditableTreeProps {
  system: IndicatorSystem;
  selectedCode: string | undefined;
  onSelect: (code: string) => void;
  expandedCodes: string[];
  onExpandedChange: (codes: string[]) => void;
  onAdd: (parentCode: string | null) => void;
  onRemove: (code: string) => void;
  onMove: (code: string, offset: -1 | 1) => void;
  readOnly?: boolean;
}

function title(node: IndicatorNode) {
  const check = checkChildrenPoints(node);
  return (
    <span data-testid={`tree-node-${node.code}`}>
      <Typography.Text type="secondary">{node.code}</Typography.Text> {node.name}{' '}
      <Typography.Text type="secondary">· {String(node.maxPoints)} 分</Typography.Text>
      {check && !check.consistent ? (
        <Tooltip title={`下级分值合计 ${check.childrenSum} 分，与本项分值 ${String(node.maxPoints)} 分不一致`}>
          <Tag color="warning" style={{ marginInlineStart: 6 }}>
            下级合计 {check.childrenSum}
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

function toTreeData(nodes: IndicatorNode[]): DataNode[] {
  return nodes.map((node) => ({ key: node.code, title: title(node), children: node.children ? toTreeData(node.children) : undefined }));
}

/** The draft's tree with the edits that change its shape: add a child, reorder, remove. */
export function EditableTree({ system, selectedCode, onSelect, expandedCodes, onExpandedChange, onAdd, onRemove, onMove, readOnly = false }: EditableTreeProps) {
  const selected = selectedCode ? findNode(system, selectedCode) : undefined;
  const childLevel = selected ? childLevelOf(selected.level) : null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {readOnly ? null : (
        <Space wrap>
          <Button size="small" icon={<PlusOutlined />} onClick={() => onAdd(null)}>
            添加一级指标
          </Button>
          <Button size="small" icon={<PlusOutlined />} disabled={!selected || !childLevel} onClick={() => selected && onAdd(selected.code)}>
            {childLevel ? `添加${NODE_LEVEL_LABELS[childLevel]}` : '添加下级'}
          </Button>
          <Button size="small" icon={<ArrowUpOutlined />} disabled={!selected} aria-label="上移" onClick={() => selected && onMove(selected.code, -1)} />
          <Button size="small" icon={<ArrowDownOutlined />} disabled={!selected} aria-label="下移" onClick={() => selected && onMove(selected.code, 1)} />
          <Popconfirm
            title={`删除“${selected?.name ?? ''}”及其全部下级？`}
            okText="删除"
            cancelText="取消"
            disabled={!selected}
            onConfirm={() => selected && onRemove(selected.code)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} disabled={!selected}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      )}
      <Tree
        blockNode
        showLine
        treeData={toTreeData(system.categories)}
        selectedKeys={selectedCode ? [selectedCode] : []}
        expandedKeys={expandedCodes}
        onExpand={(keys) => onExpandedChange(keys.map(String))}
        onSelect={(keys) => {
          const [key] = keys;
          if (key !== undefined) onSelect(String(key));
        }}
        style={{ maxHeight: 'calc(100vh - 320px)', overflow: 'auto' }}
      />
    </Space>
  );
}
