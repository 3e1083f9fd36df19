import { Form, Input, Modal } from 'antd';

export interface ReasonModalProps {
  open: boolean;
  title: string;
  /** e.g. 退回原因 */
  label: string;
  okText: string;
  loading?: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason a return or a reopening must carry; the unit reads it verbatim. */
export function ReasonModal({ open, title, label, okText, loading, onSubmit, onCancel }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    const { reason } = await form.validateFields();
    onSubmit(reason.trim());
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger: true }}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { max: 500, message: `${label}不能超过500字` },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} placeholder="请写明需要单位修改或补充的内容" aria-label={label} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
