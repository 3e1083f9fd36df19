import type { InputField } from '@govtrust/indicators';
import { Form, Input, Modal, Typography } from 'antd';
import type { SubmissionFieldNoteInput } from '../../../generated/graphql';

export interface ReasonModalProps {
  open: boolean;
  title: string;
  /** e.g. 退回原因 */
  label: string;
  okText: string;
  loading?: boolean;
  /** the task's input fields: each gets an optional note the unit sees beside that field */
  fields?: readonly InputField[];
  onSubmit: (reason: string, fieldNotes: SubmissionFieldNoteInput[]) => void;
  onCancel: () => void;
}

const NOTE_MAX = 500;

interface Values {
  reason: string;
  notes?: Record<string, string | undefined>;
}

/**
 * Asks for the reason a return or a reopening must carry, and optionally a note per field; the
 * unit reads the reason at the top and each note beside its field, verbatim.
 */
export function ReasonModal({ open, title, label, okText, loading, fields = [], onSubmit, onCancel }: ReasonModalProps) {
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const { reason, notes = {} } = await form.validateFields();
    const fieldNotes = fields
      .map((f) => ({ key: f.key, note: notes[f.key]?.trim() ?? '' }))
      .filter((n) => n.note.length > 0);
    onSubmit(reason.trim(), fieldNotes);
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
      width={fields.length > 0 ? 640 : 520}
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
          <Input.TextArea rows={3} showCount maxLength={500} placeholder="请写明需要单位修改或补充的内容" aria-label={label} />
        </Form.Item>
        {fields.length > 0 ? (
          <>
            <Typography.Text type="secondary">针对填报项的意见（可选，单位会在对应填报项旁看到）</Typography.Text>
            <div style={{ maxHeight: 320, overflowY: 'auto', marginTop: 8, paddingRight: 4 }}>
              {fields.map((f) => (
                <Form.Item
                  key={f.key}
                  name={['notes', f.key]}
                  label={f.label}
                  rules={[{ max: NOTE_MAX, message: `意见不能超过${NOTE_MAX}字` }]}
                  style={{ marginBottom: 12 }}
                >
                  <Input.TextArea
                    rows={2}
                    maxLength={NOTE_MAX}
                    placeholder="无意见可不填"
                    aria-label={`对“${f.label}”的意见`}
                  />
                </Form.Item>
              ))}
            </div>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
