import { Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';

export interface ApproverActionsProps {
  busy: boolean;
  onSignOff: () => void;
  onReject: (reason: string) => void;
}

/** 单位负责人: sign the submission off to the credit office, or send it back with a reason. */
export function ApproverActions({ busy, onSignOff, onReject }: ApproverActionsProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
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
          onReject(reason.trim());
        }}
      >
        <Typography.Paragraph type="secondary">请写明驳回原因，填报人将看到此原因。</Typography.Paragraph>
        <Input.TextArea aria-label="驳回原因" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3 }} maxLength={500} showCount />
      </Modal>
    </Space>
  );
}
