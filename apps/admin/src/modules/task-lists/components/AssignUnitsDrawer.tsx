import { useMutation } from '@apollo/client/react';
import { App, Button, Checkbox, Drawer, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShowError } from '../../common/hooks/useShowError';
import { unitClassLabel } from '../../common/utils/labels';
import { ASSIGN_TASK } from '../graphql/mutations/assignTaskMutation';
import { UNASSIGN_TASK } from '../graphql/mutations/unassignTaskMutation';

interface AssignableUnit {
  id: string;
  code: string;
  name: string;
  classes: readonly string[];
}

export interface AssignUnitsDrawerProps {
  open: boolean;
  task: { id: string; code: string; title: string } | undefined;
  units: readonly AssignableUnit[];
  /** units that have the task, as the matrix last loaded them */
  assigned: ReadonlySet<string>;
  onClose: () => void;
  onBulkAssign: () => void;
  /** an assignment was added or removed: the matrix should reload */
  onChanged: () => void;
}

/** One task's units as checkboxes: ticking assigns at once, unticking removes the assignment (refused once the unit has reported). */
export function AssignUnitsDrawer({ open, task, units, assigned, onClose, onBulkAssign, onChanged }: AssignUnitsDrawerProps) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [assign] = useMutation(ASSIGN_TASK);
  const [unassign] = useMutation(UNASSIGN_TASK);
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<string>();
  // the matrix reloads in the background after a change; until then the drawer keeps its own answer
  const [ticked, setTicked] = useState<ReadonlySet<string>>(assigned);
  useEffect(() => setTicked(assigned), [assigned]);

  const shown = useMemo(() => {
    const q = search.trim();
    return q ? units.filter((u) => u.name.includes(q) || u.code.toUpperCase().includes(q.toUpperCase())) : units;
  }, [units, search]);

  const toggle = async (unit: AssignableUnit, checked: boolean) => {
    if (!task) return;
    setPending(unit.id);
    try {
      if (checked) {
        await assign({ variables: { taskId: task.id, unitId: unit.id } });
        void message.success(`已将任务分配给${unit.name}`);
      } else {
        await unassign({ variables: { taskId: task.id, unitId: unit.id } });
        void message.success(`已取消${unit.name}的此项任务`);
      }
      setTicked((prev) => {
        const next = new Set(prev);
        if (checked) next.add(unit.id);
        else next.delete(unit.id);
        return next;
      });
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
      <Space style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="按单位名称或编码查找" aria-label="查找单位" value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 280 }} />
        <Typography.Text type="secondary">
          已分配 {ticked.size} / {units.length} 个单位
        </Typography.Text>
      </Space>
      <List
        size="small"
        dataSource={shown}
        data-testid="assign-units"
        renderItem={(unit) => (
          <List.Item>
            <Checkbox
              style={{ whiteSpace: 'nowrap' }}
              checked={ticked.has(unit.id)}
              disabled={pending !== undefined}
              onChange={(e) => void toggle(unit, e.target.checked)}
            >
              {unit.name}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {unit.code}
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
