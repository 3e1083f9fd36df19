import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { ACKNOWLEDGE_WARNING } from '../graphql/mutations/acknowledgeWarningMutation';
import type { WarningRow } from './WarningTable';

export interface AcknowledgeWarningModalProps {
  warning: WarningRow | null;
  onClose: () => void;
  onAcknowledged: () => void;
}

/** 确认预警: the office records what it did about it; the note is required and kept with the warning. */
export function AcknowledgeWarningModal({ warning, onClose, onAcknowledged }: AcknowledgeWarningModalProps) {
  const [form] = Form.useForm<{ note: string }>();
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_WARNING);
  const showError = useShowError();
  const { message } = App.useApp();

  const submit = async () => {
    const { note } = await form.validateFields();
    if (!warning) return;
    try {
      await acknowledge({ variables: { id: warning.id, note: note.trim() } });
      void message.success('预警已确认');
      onAcknowledged();
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open={warning !== null}
      title="确认预警"
      okText="确认"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
    >
      {warning ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${warning.unit?.name ?? ''}：${warning.message}`} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label="确认说明"
          rules={[
            { required: true, whitespace: true, message: '请填写确认说明' },
            { max: 1000, message: '确认说明不超过1000字' },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={1000} aria-label="确认说明" placeholder="如：已电话督促该单位于3个工作日内补报" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
