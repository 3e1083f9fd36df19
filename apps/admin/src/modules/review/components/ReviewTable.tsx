import { StatusTag } from '@govtrust/ui';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReviewQueueQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { canApprove } from '../utils/reviewActions';

export type ReviewRow = ReviewQueueQuery['submissions']['nodes'][number];

export interface ReviewTableProps {
  rows: ReviewRow[];
  loading: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  onOpen: (id: string) => void;
}

export function ReviewTable({ rows, loading, selectedIds, onSelect, onOpen }: ReviewTableProps) {
  const columns: ColumnsType<ReviewRow> = [
    { title: '单位', key: 'unit', width: 170, render: (_, row) => row.unit?.name ?? '—' },
    {
      title: '任务',
      key: 'task',
      render: (_, row) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.task?.code}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.task?.title }}>
            {row.task?.title ?? '—'}
          </Typography.Paragraph>
        </div>
      ),
    },
    { title: '期次', key: 'period', width: 130, render: (_, row) => row.period?.label ?? '—' },
    { title: '状态', key: 'state', width: 120, render: (_, row) => <StatusTag status={row.state} /> },
    { title: '报送时间', key: 'submittedAt', width: 150, render: (_, row) => formatDateTime(row.submittedAt) },
    {
      title: '迟报',
      key: 'late',
      width: 100,
      render: (_, row) => (row.late ? <Tag color="error">{row.lateDays} 天</Tag> : <Typography.Text type="secondary">按时</Typography.Text>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => onOpen(row.id)}>
          {canApprove(row.state) ? '审核' : '查看'}
        </Button>
      ),
    },
  ];
  return (
    <Table<ReviewRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={(row) => ({ onDoubleClick: () => onOpen(row.id) })}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelect(keys.map(String)),
        getCheckboxProps: (row) => ({ disabled: !canApprove(row.state), 'aria-label': `选择 ${row.unit?.name ?? ''} ${row.task?.code ?? ''}` }),
      }}
      locale={{ emptyText: '没有符合条件的填报' }}
    />
  );
}
