import { Table, Tag } from 'antd';
import type { IndicatorSystemStatus } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/statusLabels';

interface VersionRow {
  id: string;
  systemVersion: number;
  status: IndicatorSystemStatus;
  updatedAt: string;
  publishedAt?: string | null;
}

/** Every version of a system, newest first. */
export function VersionHistory({ versions }: { versions: readonly VersionRow[] }) {
  return (
    <Table<VersionRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...versions]}
      columns={[
        { title: '版本', dataIndex: 'systemVersion', render: (v: number) => `第 ${v} 版` },
        { title: '状态', dataIndex: 'status', render: (s: IndicatorSystemStatus) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s]}</Tag> },
        { title: '最后保存', dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
        { title: '发布时间', dataIndex: 'publishedAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
      ]}
    />
  );
}
