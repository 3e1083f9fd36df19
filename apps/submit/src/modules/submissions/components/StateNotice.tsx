import { Alert } from 'antd';
import type { SubmissionState } from '../../../generated/graphql';

/** Where the task is once it has left the clerk's hands, in one sentence. */
export function StateNotice({ state, isApprover }: { state: SubmissionState; isApprover: boolean }) {
  if (state === 'PENDING_APPROVAL') {
    return (
      <Alert
        type="warning"
        showIcon
        title={isApprover ? '填报人已提交，请审核后签字报送信用办' : '已提交，等待单位负责人审核签字'}
        description={isApprover ? undefined : '负责人签字后报送信用办；如被驳回，可修改后重新提交。'}
      />
    );
  }
  if (state === 'SUBMITTED' || state === 'RESUBMITTED') {
    return <Alert type="info" showIcon title="已报送信用办，等待审核" description="审核期间数据不能修改；如被退回，将在此显示退回原因。" />;
  }
  if (state === 'APPROVED') return <Alert type="success" showIcon title="信用办已审核通过，数据已锁定" />;
  return null;
}
