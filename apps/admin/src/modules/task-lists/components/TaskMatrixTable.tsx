import { useQuery } from '@apollo/client/react';
import { Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { TaskMatrixQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { TASK_MATRIX } from '../graphql/queries/taskMatrixQuery';
import { UnitTasksPanel } from './UnitTasksPanel';

export interface TaskMatrixTableProps {
  cycleId: string | undefined;
  periodId: string | undefined;
  periodLabel: string | undefined;
}

type Row = TaskMatrixQuery['taskMatrix']['nodes'][number];

const count = (n: number) => (n > 0 ? n : <Typography.Text type="secondary">—</Typography.Text>);

/**
 * The Genhe task list as a matrix: one row per unit, its tasks by cadence, expandable to the list.
 * The API pages and counts, so thousands of units load one page at a time.
 */
export function TaskMatrixTable({ cycleId, periodId, periodLabel }: TaskMatrixTableProps) {
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(TASK_MATRIX, {
    variables: { cycleId: cycleId ?? '', periodId: periodId ?? null, first: page.pageSize, offset: (page.current - 1) * page.pageSize, search: search || null },
    skip: !cycleId,
  });
  const shown = (data ?? previousData)?.taskMatrix;
  const offset = (page.current - 1) * page.pageSize;
  const columns: ColumnsType<Row> = [
    { title: '序号', key: 'index', width: 64, align: 'center', render: (_, _r, i) => offset + i + 1 },
    {
      title: '责任单位',
      key: 'unit',
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.unitName}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {r.unitCode}
          </Typography.Text>
        </>
      ),
    },
    { title: '任务数', key: 'total', width: 80, align: 'center', render: (_, r) => <Tag color="blue">{r.tasks}</Tag> },
    { title: '月度', key: 'monthly', width: 70, align: 'center', render: (_, r) => count(r.monthly) },
    { title: '季度', key: 'quarterly', width: 70, align: 'center', render: (_, r) => count(r.quarterly) },
    { title: '年度', key: 'annual', width: 70, align: 'center', render: (_, r) => count(r.annual) },
    { title: '限期', key: 'once', width: 70, align: 'center', render: (_, r) => count(r.once) },
    { title: '持续推进', key: 'continuous', width: 90, align: 'center', render: (_, r) => count(r.continuous) },
    { title: periodLabel ? `${periodLabel}应报` : '本期应报', key: 'inPeriod', width: 130, align: 'center', render: (_, r) => count(r.inPeriod) },
  ];
  return (
    <>
      <Input.Search
        aria-label="查找责任单位"
        placeholder="单位名称或编码"
        allowClear
        style={{ width: 260, marginBottom: 12 }}
        onSearch={(value) => {
          setSearch(value.trim());
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<Row>
        rowKey="unitId"
        size="middle"
        columns={columns}
        dataSource={shown?.nodes ?? []}
        loading={loading}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 个单位`,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
        expandable={{
          expandedRowRender: (r) => (cycleId ? <UnitTasksPanel cycleId={cycleId} unitId={r.unitId} periodId={periodId} periodLabel={periodLabel} /> : null),
          rowExpandable: (r) => r.tasks > 0,
        }}
        locale={{ emptyText: search ? '没有符合条件的单位' : '该考核周期尚未导入任务清单' }}
        data-testid="task-matrix"
      />
    </>
  );
}
