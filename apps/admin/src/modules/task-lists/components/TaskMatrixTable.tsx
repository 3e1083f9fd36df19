import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitOptionsQuery } from '../../../generated/graphql';
import { matrixRow, type MatrixRow, type UnitTask } from '../utils/taskMatrix';
import { UnitTaskList } from './UnitTaskList';

type UnitOption = UnitOptionsQuery['units']['nodes'][number];

export interface TaskMatrixTableProps {
  units: UnitOption[];
  tasksByUnit: ReadonlyMap<string, UnitTask[]>;
  loading: boolean;
  periodId: string | undefined;
  periodLabel: string | undefined;
}

interface Row extends MatrixRow {
  index: number;
  unit: UnitOption;
}

const count = (n: number) => (n > 0 ? n : <Typography.Text type="secondary">—</Typography.Text>);

/** The Genhe task list as a matrix: one row per unit, its tasks by cadence, expandable to the list. */
export function TaskMatrixTable({ units, tasksByUnit, loading, periodId, periodLabel }: TaskMatrixTableProps) {
  const rows: Row[] = units.map((unit, index) => ({ index: index + 1, unit, ...matrixRow(unit.id, tasksByUnit.get(unit.id) ?? [], periodId) }));
  const columns: ColumnsType<Row> = [
    { title: '序号', key: 'index', width: 64, align: 'center', render: (_, r) => r.index },
    {
      title: '责任单位',
      key: 'unit',
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {r.unit.code}
          </Typography.Text>
        </>
      ),
    },
    { title: '任务数', key: 'total', width: 80, align: 'center', render: (_, r) => <Tag color="blue">{r.tasks.length}</Tag> },
    { title: '月度', key: 'monthly', width: 70, align: 'center', render: (_, r) => count(r.counts.MONTHLY) },
    { title: '季度', key: 'quarterly', width: 70, align: 'center', render: (_, r) => count(r.counts.QUARTERLY) },
    { title: '年度', key: 'annual', width: 70, align: 'center', render: (_, r) => count(r.counts.ANNUAL) },
    { title: '限期', key: 'once', width: 70, align: 'center', render: (_, r) => count(r.counts.ONCE) },
    { title: '持续推进', key: 'continuous', width: 90, align: 'center', render: (_, r) => count(r.counts.CONTINUOUS) },
    { title: periodLabel ? `${periodLabel}应报` : '本期应报', key: 'inPeriod', width: 130, align: 'center', render: (_, r) => count(r.inPeriod) },
  ];
  return (
    <Table<Row>
      rowKey={(r) => r.unit.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      expandable={{
        expandedRowRender: (r) => <UnitTaskList tasks={r.tasks} periodId={periodId} periodLabel={periodLabel} />,
        rowExpandable: (r) => r.tasks.length > 0,
      }}
      locale={{ emptyText: '该考核周期尚未导入任务清单' }}
      data-testid="task-matrix"
    />
  );
}
