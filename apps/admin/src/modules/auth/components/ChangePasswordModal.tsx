import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useShowError } from '../../common/hooks/useShowError';
import { CHANGE_PASSWORD } from '../graphql/mutations/changePasswordMutation';
import { passwordRules } from '../utils/passwordRules';

interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export interface ChangePasswordModalProps {
  open: boolean;
  /** first login after an administrator set the password: the modal cannot be dismissed */
  forced?: boolean;
  onClose: () => void;
}

export function ChangePasswordModal({ open, forced = false, onClose }: ChangePasswordModalProps) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD);
  const { message } = App.useApp();
  const showError = useShowError();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await changePassword({ variables: { oldPassword: values.oldPassword, newPassword: values.newPassword } });
      void message.success('密码已修改');
      form.resetFields();
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="确认修改"
      cancelText="取消"
      confirmLoading={loading}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: 'none' } } : undefined}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {forced ? <Typography.Paragraph type="warning">首次登录或密码被重置后，须先修改密码才能继续使用。</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
