import { useQuery } from '@apollo/client/react';
import { Checkbox, Input, Progress, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { UnitProgressQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { UNIT_PROGRESS } from '../graphql/queries/unitProgressQuery';

type Row = UnitProgressQuery['unitProgress']['nodes'][number];

const num = (n: number, type?: 'danger' | 'warning') => (n > 0 ? <Typography.Text type={type}>{n}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>);

const columns: ColumnsType<Row> = [
  { title: '单位', dataIndex: 'unitName', ellipsis: true },
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

/**
 * Per unit: expected, sent, approved, returned, missing — the units that need a call come first.
 * The API sorts, filters and pages, so a province with thousands of units loads one page.
 */
export function UnitProgressTable({ periodId }: { periodId: string }) {
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const [search, setSearch] = useState('');
  const [outstandingOnly, setOutstandingOnly] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(UNIT_PROGRESS, {
    variables: { periodId, first: page.pageSize, offset: (page.current - 1) * page.pageSize, search: search || null, outstandingOnly },
  });
  // the previous page stays on screen while the next one loads
  const shown = (data ?? previousData)?.unitProgress;
  const restart = () => setPage((p) => ({ ...p, current: 1 }));
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          aria-label="查找单位"
          placeholder="单位名称或编码"
          allowClear
          style={{ width: 220 }}
          onSearch={(value) => {
            setSearch(value.trim());
            restart();
          }}
        />
        <Checkbox
          checked={outstandingOnly}
          onChange={(e) => {
            setOutstandingOnly(e.target.checked);
            restart();
          }}
        >
          只看未报送或被退回
        </Checkbox>
      </Space>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={shown?.nodes ?? []}
        loading={loading}
        locale={{ emptyText: search || outstandingOnly ? '没有符合条件的单位' : '本期没有应报任务' }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => `共 ${total} 个单位`,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
    </>
  );
}
