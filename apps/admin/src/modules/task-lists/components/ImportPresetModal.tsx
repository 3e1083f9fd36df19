import { useMutation } from '@apollo/client/react';
import { listPresets } from '@govtrust/indicators';
import { App, Form, Modal, Select, Typography } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { CYCLES } from '../../periods/graphql/queries/cyclesQuery';
import { IMPORT_TASK_LIST_PRESET } from '../graphql/mutations/importTaskListPresetMutation';

export interface ImportPresetModalProps {
  open: boolean;
  cycleId: string | undefined;
  cycleName: string | undefined;
  onClose: (imported: boolean) => void;
}

const TASK_LIST_PRESETS = listPresets()
  .filter((p) => p.kind === 'TASK_LIST')
  .map((p) => ({ value: p.id, label: p.name }));

/** Imports a task list encoded from its policy document into a cycle (units matched by code). */
export function ImportPresetModal({ open, cycleId, cycleName, onClose }: ImportPresetModalProps) {
  const [form] = Form.useForm<{ presetId: string }>();
  const [importPreset, { loading }] = useMutation(IMPORT_TASK_LIST_PRESET, { refetchQueries: [CYCLES] });
  const { message } = App.useApp();
  const showError = useShowError();

  const submit = async () => {
    const { presetId } = await form.validateFields();
    if (!cycleId) return;
    try {
      const { data } = await importPreset({ variables: { cycleId, presetId } });
      const result = data?.importTaskListPreset;
      void message.success(result ? `已导入 ${result.tasks} 项任务，分配 ${result.assignments} 次，生成截止日期 ${result.dues} 条` : '已导入');
      onClose(true);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal title="导入预置任务清单" open={open} okText="导入" cancelText="取消" confirmLoading={loading} onOk={() => void submit().catch(() => undefined)} onCancel={() => onClose(false)} destroyOnHidden>
      <Typography.Paragraph type="secondary">导入到“{cycleName ?? '—'}”。任务按单位编码分配给单位，并按完成时限生成各期截止日期；一个考核周期只能导入一次。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ presetId: TASK_LIST_PRESETS[0]?.value }}>
        <Form.Item name="presetId" label="预置任务清单" rules={[{ required: true, message: '请选择任务清单' }]}>
          <Select options={TASK_LIST_PRESETS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
