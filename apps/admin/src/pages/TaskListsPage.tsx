import { CalendarOutlined, FileExcelOutlined, ImportOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Row, Select, Space, Statistic, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { periodOptions } from '../modules/periods/utils/currentPeriod';
import { DueDatePreviewDrawer } from '../modules/task-lists/components/DueDatePreviewDrawer';
import { ImportPresetModal } from '../modules/task-lists/components/ImportPresetModal';
import { TaskListImportModal } from '../modules/task-lists/components/TaskListImportModal';
import { TaskAssignmentPanel } from '../modules/task-lists/components/TaskAssignmentPanel';
import { TaskMatrixTable } from '../modules/task-lists/components/TaskMatrixTable';
import { CYCLE_TASKS } from '../modules/task-lists/graphql/queries/cycleTasksQuery';
import { TASK_ASSIGNED_COUNTS, TASK_UNITS } from '../modules/task-lists/graphql/queries/taskAssignmentQueries';
import { TASK_MATRIX } from '../modules/task-lists/graphql/queries/taskMatrixQuery';

export default function TaskListsPage() {
  const { cycles, current, error, refetch } = useCycles();
  const [cycleId, setCycleId] = useState<string>();
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles.find((c) => c.id === current?.cycleId) ?? cycles[0];
  const [periodId, setPeriodId] = useState<string>();
  const period = cycle?.periods.find((p) => p.id === periodId) ?? (current && current.cycleId === cycle?.id ? current : cycle?.periods[0]);
  // the cycle's totals (the matrix tab pages its own rows)
  const totals = useQuery(TASK_MATRIX, { variables: { cycleId: cycle?.id ?? '', first: 1 }, skip: !cycle });
  const [importing, setImporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const client = useApolloClient();
  const summary = totals.data?.taskMatrix;
  const assignments = summary?.assignments ?? 0;
  const reload = () => void client.refetchQueries({ include: [TASK_MATRIX, TASK_ASSIGNED_COUNTS, TASK_UNITS] });

  return (
    <>
      <PageHeader
        title="任务清单"
        description="各责任单位的工作任务、完成时限与各期截止日期（节假日顺延）。"
        extra={
          <>
            <Button icon={<CalendarOutlined />} onClick={() => setPreviewing(true)}>
              截止日期预览
            </Button>
            <Button icon={<FileExcelOutlined />} disabled={!cycle} onClick={() => setUploading(true)}>
              从 Excel 导入任务清单
            </Button>
            <Button type="primary" icon={<ImportOutlined />} disabled={!cycle || Boolean(cycle.taskListKey)} onClick={() => setImporting(true)}>
              导入预置任务清单
            </Button>
          </>
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {totals.error ? <QueryError error={totals.error} onRetry={() => void totals.refetch()} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={24} align="middle">
          <Col flex="auto">
            <Space wrap>
              <Typography.Text>考核周期</Typography.Text>
              <Select
                aria-label="考核周期"
                style={{ width: 320 }}
                value={cycle?.id}
                options={cycles.map((c) => ({ value: c.id, label: c.name }))}
                onChange={(id: string) => {
                  setCycleId(id);
                  setPeriodId(undefined);
                }}
              />
              <Typography.Text>期次</Typography.Text>
              <Select aria-label="期次" style={{ width: 180 }} value={period?.id} options={cycle ? periodOptions([cycle])[0]?.options : []} onChange={(id: string) => setPeriodId(id)} />
            </Space>
          </Col>
          <Col>
            <Space size={40}>
              <Statistic title="责任单位" value={summary?.assignedUnits ?? '—'} suffix={`/ ${summary?.unitTotal ?? '—'}`} />
              <Statistic title="任务分配" value={summary ? assignments : '—'} suffix="项" />
              <Statistic title="任务清单" value={cycle?.taskListKey ?? '未导入'} styles={{ content: { fontSize: 16 } }} />
            </Space>
          </Col>
        </Row>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'matrix',
              label: '单位任务矩阵',
              children: (
                <TaskMatrixTable cycleId={cycle?.id} periodId={period?.id} periodLabel={period?.label} />
              ),
            },
            {
              key: 'assign',
              label: '任务分配',
              children: <TaskAssignmentPanel cycleId={cycle?.id} onChanged={reload} />,
            },
          ]}
        />
      </Card>
      <ImportPresetModal
        open={importing}
        cycleId={cycle?.id}
        cycleName={cycle?.name}
        onClose={(imported) => {
          setImporting(false);
          if (imported) reload();
        }}
      />
      <TaskListImportModal
        open={uploading}
        cycleId={cycle?.id}
        cycleName={cycle?.name}
        hasList={Boolean(cycle?.taskListKey) || assignments > 0}
        onClose={() => setUploading(false)}
        onImported={() => {
          reload();
          void refetch();
          void client.refetchQueries({ include: [CYCLE_TASKS] });
        }}
      />
      <DueDatePreviewDrawer open={previewing} year={cycle?.year ?? new Date().getFullYear()} onClose={() => setPreviewing(false)} />
    </>
  );
}
