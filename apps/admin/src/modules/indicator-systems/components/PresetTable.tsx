import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { SystemSummary } from '../utils/systemSummary';

export interface PresetTableProps {
  systems: SystemSummary[];
}

function ProblemsCell({ summary }: { summary: SystemSummary }) {
  if (summary.errorCount === 0 && summary.warningCount === 0) return <Tag color="success">通过</Tag>;
  return (
    <>
      {summary.errorCount > 0 ? <Tag color="error">{summary.errorCount} 个错误</Tag> : null}
      {summary.warningCount > 0 ? <Tag color="warning">{summary.warningCount} 个提醒</Tag> : null}
    </>
  );
}

const columns: ColumnsType<SystemSummary> = [
  {
    title: '指标体系',
    dataIndex: 'name',
    render: (name: string, summary) => (
      <>
        <Link to={`/indicator-systems/${encodeURIComponent(summary.id)}`}>{name}</Link>
        <div>
          <Typography.Text type="secondary">
            {summary.id} · 第 {summary.version} 版
          </Typography.Text>
        </div>
      </>
    ),
  },
  { title: '来源文件', dataIndex: 'sourceText', ellipsis: true },
  { title: '评价对象', dataIndex: 'unitKindsText', width: 140 },
  { title: '周期', dataIndex: 'periodKindText', width: 70 },
  { title: '满分', dataIndex: 'totalPoints', width: 70 },
  { title: '末级指标', dataIndex: 'indicatorCount', width: 90 },
  { title: '校验', key: 'problems', width: 170, render: (_: unknown, summary) => <ProblemsCell summary={summary} /> },
];

export function PresetTable({ systems }: PresetTableProps) {
  return <Table<SystemSummary> rowKey="id" columns={columns} dataSource={systems} pagination={false} scroll={{ x: 900 }} />;
}
