import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { LOGIN } from '../graphql/mutations/loginMutation';

export interface LoginFormProps {
  /** e.g. why the user is back here (session expired) */
  notice?: string | null;
  onSignedIn: () => void;
}

interface Credentials {
  username: string;
  password: string;
}

export function LoginForm({ notice, onSignedIn }: LoginFormProps) {
  const [login, { loading }] = useMutation(LOGIN);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ username, password }: Credentials) => {
    setError(null);
    try {
      await login({ variables: { username: username.trim(), password } });
      onSignedIn();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          政务诚信数据填报
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          请使用本单位的填报账号登录
        </Typography.Paragraph>
        {notice ? <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input id="username" prefix={<UserOutlined />} autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
