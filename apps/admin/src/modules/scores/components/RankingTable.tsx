import { GradeTag } from '@govtrust/ui';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { compareChange, compareRank, compareTotal, tiedRanks, type RankingRow } from '../utils/rankingRows';
import { RankingChange } from './RankingChange';

export interface RankingTableProps {
  rows: RankingRow[];
  loading: boolean;
  /** shows 等级调整 on each row */
  canOverride: boolean;
  onOpen: (row: RankingRow) => void;
  onOverride: (row: RankingRow) => void;
}

const GRADE_FILTERS = [
  { text: '红名单', value: 'RED' },
  { text: '蓝名单', value: 'BLUE' },
  { text: '黄名单', value: 'YELLOW' },
];

/** 名次 with ties (1、2、2、4), total, grade, change vs the previous period; client-side sort and pages. */
export function RankingTable({ rows, loading, canOverride, onOpen, onOverride }: RankingTableProps) {
  const ties = useMemo(() => tiedRanks(rows), [rows]);
  const columns: ColumnsType<RankingRow> = [
    {
      title: '名次',
      key: 'rank',
      width: 96,
      sorter: compareRank,
      defaultSortOrder: 'ascend',
      render: (_, row) =>
        row.rank == null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space size={4}>
            <Typography.Text strong data-testid="rank">{row.rank}</Typography.Text>
            {ties.has(row.rank) ? <Tag bordered={false}>并列</Tag> : null}
          </Space>
        ),
    },
    {
      title: '单位',
      key: 'unit',
      render: (_, row) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(row)}>
          {row.unitName}
        </Button>
      ),
    },
    {
      title: '总分',
      key: 'total',
      width: 190,
      align: 'right',
      sorter: compareTotal,
      render: (_, row) => (
        <span>
          <Typography.Text strong>{row.total}</Typography.Text>
          <Typography.Text type="secondary"> / {row.maxTotal}</Typography.Text>
          {row.provisional ? <Tag color="processing" bordered={false} style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>暂定</Tag> : null}
        </span>
      ),
    },
    {
      title: '等级',
      key: 'grade',
      width: 130,
      filters: GRADE_FILTERS,
      onFilter: (value, row) => row.grade === value,
      render: (_, row) => <GradeTag grade={row.grade} overrideReason={row.gradeOverride?.reason} />,
    },
    { title: '较上期', key: 'change', width: 120, sorter: compareChange, render: (_, row) => <RankingChange row={row} /> },
    {
      title: '操作',
      key: 'actions',
      width: canOverride ? 170 : 90,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onOpen(row)}>
            得分卡
          </Button>
          {canOverride ? (
            <Button type="link" size="small" onClick={() => onOverride(row)}>
              等级调整
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<RankingRow>
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 860 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 个单位` }}
      onRow={(row) => ({ onDoubleClick: () => onOpen(row), 'data-unit': row.unitName }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: '本期暂无得分，可先“重新计算”' }}
    />
  );
}
