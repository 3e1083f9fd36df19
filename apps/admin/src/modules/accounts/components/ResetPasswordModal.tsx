import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { passwordRules } from '../../auth/utils/passwordRules';
import { useShowError } from '../../common/hooks/useShowError';
import { RESET_PASSWORD } from '../graphql/mutations/resetPasswordMutation';

export function ResetPasswordModal({ account, onClose }: { account: { id: string; displayName: string } | null; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const [resetPassword, { loading }] = useMutation(RESET_PASSWORD);
  const { message } = App.useApp();
  const showError = useShowError();
  const submit = async () => {
    const { newPassword } = await form.validateFields();
    if (!account) return;
    try {
      await resetPassword({ variables: { id: account.id, newPassword } });
      void message.success(`已重置${account.displayName}的密码，下次登录须修改`);
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Modal title={`重置密码 · ${account?.displayName ?? ''}`} open={account !== null} okText="重置" cancelText="取消" confirmLoading={loading} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} afterClose={() => form.resetFields()}>
      <Form form={form} layout="vertical">
        <Form.Item name="newPassword" label="新密码" rules={passwordRules} extra="请通过安全渠道告知本人；下次登录时须修改">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
