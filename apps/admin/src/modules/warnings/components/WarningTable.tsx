import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { WarningsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { SEVERITY_COLORS, SEVERITY_LABELS, WARNING_KIND_LABELS, WARNING_STATUS_COLORS, WARNING_STATUS_LABELS } from '../utils/warningLabels';

export type WarningRow = WarningsQuery['warnings']['nodes'][number];

export interface WarningTableProps {
  rows: WarningRow[];
  loading: boolean;
  onAcknowledge: (row: WarningRow) => void;
}

export function WarningTable({ rows, loading, onAcknowledge }: WarningTableProps) {
  const columns: ColumnsType<WarningRow> = [
    { title: '级别', key: 'severity', width: 80, render: (_, w) => <Tag color={SEVERITY_COLORS[w.severity]}>{SEVERITY_LABELS[w.severity]}</Tag> },
    { title: '单位', key: 'unit', width: 150, render: (_, w) => w.unit?.name ?? '—' },
    { title: '类型', key: 'kind', width: 140, render: (_, w) => WARNING_KIND_LABELS[w.kind] },
    {
      title: '预警内容',
      key: 'message',
      render: (_, w) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: w.message }}>
            {w.message}
          </Typography.Paragraph>
          {w.task ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {w.task.code} {w.task.title}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: '期次', key: 'period', width: 130, render: (_, w) => w.period?.label ?? '—' },
    { title: '发现时间', key: 'createdAt', width: 150, render: (_, w) => formatDateTime(w.createdAt) },
    {
      title: '状态',
      key: 'status',
      width: 110,
      render: (_, w) => {
        const tag = (
          <Tag color={WARNING_STATUS_COLORS[w.status]} data-warning-status={w.status}>
            {WARNING_STATUS_LABELS[w.status]}
          </Tag>
        );
        return w.note ? <Tooltip title={`确认说明：${w.note}（${formatDateTime(w.acknowledgedAt)}）`}>{tag}</Tooltip> : tag;
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, w) =>
        w.status === 'OPEN' && w.canAcknowledge ? (
          <Button type="link" size="small" onClick={() => onAcknowledge(w)}>
            确认
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<WarningRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: '没有符合条件的预警' }}
    />
  );
}
