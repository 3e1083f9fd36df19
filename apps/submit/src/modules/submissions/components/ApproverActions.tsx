import type { InputField } from '@govtrust/indicators';
import { Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SubmissionFieldNoteInput } from '../../../generated/graphql';

export interface ApproverActionsProps {
  busy: boolean;
  /** the task's fields: the approver may leave a note beside any of them */
  fields?: readonly InputField[];
  onSignOff: () => void;
  onReject: (reason: string, fieldNotes: SubmissionFieldNoteInput[]) => void;
}

/** 单位负责人: sign the submission off to the credit office, or send it back with a reason. */
export function ApproverActions({ busy, fields = [], onSignOff, onReject }: ApproverActionsProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const fieldNotes = () =>
    fields.map((f) => ({ key: f.key, note: notes[f.key]?.trim() ?? '' })).filter((n) => n.note.length > 0);
  return (
    <Space wrap>
      <Button type="primary" loading={busy} onClick={onSignOff}>
        审核签字，报送信用办
      </Button>
      <Button danger disabled={busy} onClick={() => setRejecting(true)}>
        驳回给填报人
      </Button>
      <Modal
        title="驳回给填报人"
        open={rejecting}
        okText="确认驳回"
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText="取消"
        onCancel={() => setRejecting(false)}
        onOk={() => {
          setRejecting(false);
          onReject(reason.trim(), fieldNotes());
        }}
      >
        <Typography.Paragraph type="secondary">请写明驳回原因，填报人将看到此原因。</Typography.Paragraph>
        <Input.TextArea aria-label="驳回原因" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3 }} maxLength={500} showCount />
        {fields.length > 0 ? (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>
              针对填报项的意见（可选，填报人会在对应填报项旁看到）
            </Typography.Paragraph>
            {fields.map((f) => (
              <Input.TextArea
                key={f.key}
                aria-label={`对“${f.label}”的意见`}
                placeholder={`${f.label}：无意见可不填`}
                value={notes[f.key] ?? ''}
                onChange={(e) => setNotes({ ...notes, [f.key]: e.target.value })}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={500}
                style={{ marginTop: 8 }}
              />
            ))}
          </>
        ) : null}
      </Modal>
    </Space>
  );
}
