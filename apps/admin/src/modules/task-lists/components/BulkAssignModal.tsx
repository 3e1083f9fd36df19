import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select, Typography } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { unitClassLabel } from '../../common/utils/labels';
import { BULK_ASSIGN_BY_UNIT_CLASS } from '../graphql/mutations/bulkAssignByUnitClassMutation';
import { TASK_CLASS_COUNTS } from '../graphql/queries/taskAssignmentQueries';

export interface BulkAssignModalProps {
  open: boolean;
  cycleId: string | undefined;
  task: { id: string; code: string; title: string } | undefined;
  onClose: () => void;
  onAssigned: (added: number) => void;
}

/** Gives a task to every unit tagged with one class; units that have it already are left alone by the API. */
export function BulkAssignModal({ open, cycleId, task, onClose, onAssigned }: BulkAssignModalProps) {
  const [form] = Form.useForm<{ unitClass: string }>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [bulkAssign, { loading }] = useMutation(BULK_ASSIGN_BY_UNIT_CLASS);
  // counted by the API over every active unit, as they stand when the dialog opens
  const counts = useQuery(TASK_CLASS_COUNTS, { variables: { taskId: task?.id ?? '' }, skip: !open || !task, fetchPolicy: 'network-only' });
  const classes = counts.data?.taskClassCounts ?? [];

  const submit = async () => {
    if (!cycleId || !task) return;
    const { unitClass } = await form.validateFields();
    try {
      const { data } = await bulkAssign({ variables: { cycleId, taskId: task.id, unitClass } });
      const added = data?.bulkAssignByUnitClass.length ?? 0;
      if (added > 0) void message.success(`新增 ${added} 个单位`);
      else void message.info(`“${unitClassLabel(unitClass)}”类单位均已分配此任务，未新增单位`);
      onAssigned(added);
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={task ? `按单位类别批量分配 · ${task.code}` : '按单位类别批量分配'}
      okText="分配"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{task?.title}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="unitClass" label="单位类别" rules={[{ required: true, message: '请选择单位类别' }]}>
          <Select
            aria-label="单位类别"
            loading={counts.loading}
            placeholder={counts.loading || classes.length > 0 ? '选择单位类别' : '单位尚未设置分类标签'}
            options={classes.map((c) => ({
              value: c.unitClass,
              label: `${unitClassLabel(c.unitClass)}（${c.units} 个单位，${c.missing > 0 ? `${c.missing} 个未分配` : '均已分配'}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
