import { Alert } from 'antd';

/** The reviewer's reason, at the top of a returned task where it cannot be missed. */
export function ReturnReasonAlert({ reason, returnCount }: { reason: string | null; returnCount: number }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="return-reason"
      title={returnCount > 1 ? `已被退回 ${returnCount} 次，请按退回原因修改后重新提交` : '已被退回，请按退回原因修改后重新提交'}
      description={<div style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>退回原因：{reason ?? '（未填写原因）'}</div>}
    />
  );
}
