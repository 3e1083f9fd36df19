import { Alert } from 'antd';

/** The reviewer's reason, at the top of a returned task where it cannot be missed. */
export function ReturnReasonAlert({ reason, returnCount, fieldNoteCount = 0 }: { reason: string | null; returnCount: number; fieldNoteCount?: number }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="return-reason"
      title={returnCount > 1 ? `已被退回 ${returnCount} 次，请按退回原因修改后重新提交` : '已被退回，请按退回原因修改后重新提交'}
      description={
        <div style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>
          退回原因：{reason ?? '（未填写原因）'}
          {fieldNoteCount > 0 ? <div style={{ marginTop: 4, fontSize: 14 }}>另有 {fieldNoteCount} 条意见标注在对应填报项旁，请逐项查看。</div> : null}
        </div>
      }
    />
  );
}
