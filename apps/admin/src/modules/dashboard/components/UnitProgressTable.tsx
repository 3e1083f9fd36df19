import { Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitProgress } from '../utils/periodProgress';

type Row = UnitProgress & { name: string };

const num = (n: number, type?: 'danger' | 'warning') => (n > 0 ? <Typography.Text type={type}>{n}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>);

/** Per unit: expected, sent, approved, returned, missing — the units that need a call come first. */
export function UnitProgressTable({ rows, loading }: { rows: Row[]; loading: boolean }) {
  const columns: ColumnsType<Row> = [
    { title: '单位', dataIndex: 'name', ellipsis: true },
    { title: '应报', dataIndex: 'expected', width: 70, align: 'center' },
    { title: '已报送', dataIndex: 'submitted', width: 80, align: 'center' },
    { title: '已通过', dataIndex: 'approved', width: 80, align: 'center' },
    { title: '已退回', key: 'returned', width: 80, align: 'center', render: (_, r) => num(r.returned, 'danger') },
    { title: '未报送', key: 'missing', width: 80, align: 'center', render: (_, r) => num(r.missing, 'warning') },
    {
      title: '报送进度',
      key: 'progress',
      width: 180,
      render: (_, r) => <Progress size="small" percent={r.expected ? Math.round((r.submitted / r.expected) * 100) : 100} status={r.overdue > 0 ? 'exception' : undefined} />,
    },
  ];
  const sorted = [...rows].filter((r) => r.expected > 0).sort((a, b) => b.missing - a.missing || b.returned - a.returned || a.name.localeCompare(b.name, 'zh-CN'));
  return <Table<Row> rowKey="unitId" size="small" columns={columns} dataSource={sorted} loading={loading} pagination={{ pageSize: 10, showSizeChanger: false }} locale={{ emptyText: '本期没有应报任务' }} />;
}
