import { useMutation } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { CHANGE_PASSWORD } from '../graphql/mutations/changePasswordMutation';

interface PasswordChange {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export interface ChangePasswordFormProps {
  onChanged: () => void;
  onCancel: () => void;
}

// the API's rule (at least 8 characters with letters and digits), checked before sending
const STRONG_ENOUGH = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

/** Shown instead of the portal while the API answers PASSWORD_CHANGE_REQUIRED (first login, admin reset). */
export function ChangePasswordForm({ onChanged, onCancel }: ChangePasswordFormProps) {
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ oldPassword, newPassword }: PasswordChange) => {
    setError(null);
    try {
      await changePassword({ variables: { oldPassword, newPassword } });
      onChanged();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          请先修改初始密码
        </Typography.Title>
        <Typography.Paragraph type="secondary">为保证账号安全，首次登录或密码被重置后须设置新密码。</Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form<PasswordChange> layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item label="当前密码" name="oldPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            rules={[
              { required: true, message: '请输入新密码' },
              { pattern: STRONG_ENOUGH, message: '新密码至少8位，须同时包含字母和数字' },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            修改密码并进入系统
          </Button>
          <Button type="link" block onClick={onCancel} style={{ marginTop: 8 }}>
            退出登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
