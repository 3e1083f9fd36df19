import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Drawer, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TaskUnitsQuery } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { useShowError } from '../../common/hooks/useShowError';
import { unitClassLabel } from '../../common/utils/labels';
import { ASSIGN_TASK } from '../graphql/mutations/assignTaskMutation';
import { UNASSIGN_TASK } from '../graphql/mutations/unassignTaskMutation';
import { TASK_UNITS } from '../graphql/queries/taskAssignmentQueries';

type TaskUnit = TaskUnitsQuery['taskUnits']['nodes'][number];
type Shown = 'all' | 'assigned' | 'unassigned';

export interface AssignUnitsDrawerProps {
  open: boolean;
  task: { id: string; code: string; title: string } | undefined;
  onClose: () => void;
  onBulkAssign: () => void;
  /** an assignment was added or removed: the matrix and counts should reload */
  onChanged: () => void;
}

const PAGE_SIZE = 20;
const ASSIGNED_FILTER: Record<Shown, boolean | null> = { all: null, assigned: true, unassigned: false };

/**
 * One task's units as checkboxes, a page at a time (the API searches and pages, so a province's
 * thousands of units stay quick): ticking assigns at once, unticking removes the assignment
 * (refused once the unit has reported).
 */
export function AssignUnitsDrawer({ open, task, onClose, onBulkAssign, onChanged }: AssignUnitsDrawerProps) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [assign] = useMutation(ASSIGN_TASK);
  const [unassign] = useMutation(UNASSIGN_TASK);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<string>();
  useEffect(() => {
    setSearch('');
    setShown('all');
    setPage(1);
  }, [task?.id]);
  const { data, previousData, loading, error, refetch } = useQuery(TASK_UNITS, {
    variables: { taskId: task?.id ?? '', first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, search: search || null, assigned: ASSIGNED_FILTER[shown] },
    skip: !open || !task,
    fetchPolicy: 'cache-and-network',
  });
  const units = (data ?? previousData)?.taskUnits;

  const toggle = async (unit: TaskUnit, checked: boolean) => {
    if (!task) return;
    setPending(unit.unitId);
    try {
      if (checked) {
        await assign({ variables: { taskId: task.id, unitId: unit.unitId } });
        void message.success(`已将任务分配给${unit.unitName}`);
      } else {
        await unassign({ variables: { taskId: task.id, unitId: unit.unitId } });
        void message.success(`已取消${unit.unitName}的此项任务`);
      }
      await refetch();
      onChanged();
    } catch (error) {
      showError(error);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Drawer
      open={open}
      width={560}
      title={task ? `分配单位 · ${task.code}` : '分配单位'}
      onClose={onClose}
      extra={
        <Button type="primary" onClick={onBulkAssign}>
          按单位类别批量分配
        </Button>
      }
    >
      <Typography.Paragraph>{task?.title}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder="按单位名称或编码查找"
          aria-label="查找单位"
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
          style={{ width: 260 }}
        />
        <Segmented<Shown>
          value={shown}
          onChange={(value) => {
            setShown(value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'assigned', label: '已分配' },
            { value: 'unassigned', label: '未分配' },
          ]}
        />
      </Space>
      <Typography.Paragraph type="secondary">
        已分配 {units?.assignedCount ?? '—'} / {units?.unitTotal ?? '—'} 个单位
      </Typography.Paragraph>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <List
        size="small"
        loading={loading && !units}
        dataSource={units?.nodes ?? []}
        data-testid="assign-units"
        locale={{ emptyText: search || shown !== 'all' ? '没有符合条件的单位' : '没有可分配的单位' }}
        pagination={
          (units?.totalCount ?? 0) > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: units?.totalCount ?? 0, size: 'small', showSizeChanger: false, showTotal: (total) => `共 ${total} 个`, onChange: setPage }
            : false
        }
        renderItem={(unit) => (
          <List.Item>
            <Checkbox
              style={{ whiteSpace: 'nowrap' }}
              checked={unit.assigned}
              disabled={pending !== undefined}
              onChange={(e) => void toggle(unit, e.target.checked)}
            >
              {unit.unitName}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {unit.unitCode}
              </Typography.Text>
            </Checkbox>
            <span style={{ textAlign: 'right', marginLeft: 12 }}>
              {unit.classes.map((c) => (
                <Tag key={c}>{unitClassLabel(c)}</Tag>
              ))}
            </span>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
