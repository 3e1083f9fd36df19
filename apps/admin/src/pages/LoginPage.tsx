import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeError } from '@govtrust/ui';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LOGIN } from '../modules/auth/graphql/mutations/loginMutation';
import { safeReturnPath } from '../modules/auth/utils/loginPath';

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LOGIN);
  const [failure, setFailure] = useState<string | null>(null);
  const expired = params.get('expired') === '1';

  const submit = async ({ username, password }: LoginValues) => {
    setFailure(null);
    try {
      await login({ variables: { username: username.trim(), password } });
      // answers cached for a previous account must not leak into this session
      await client.clearStore();
      await navigate(safeReturnPath(params.get('redirect')), { replace: true });
    } catch (error) {
      const { code, message } = describeError(error);
      setFailure(code === 'UNAUTHENTICATED' ? '用户名或密码错误' : message);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg, #0f3d7a 0%, #1f5fbf 55%, #eef3fb 55%)' }}>
      <Card style={{ width: 400, boxShadow: '0 8px 24px rgba(15, 61, 122, 0.18)' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          政务诚信监测评估平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          信用办管理后台
        </Typography.Paragraph>
        {expired && !failure ? <Alert type="warning" showIcon title="登录已过期，请重新登录" style={{ marginBottom: 16 }} /> : null}
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Form<LoginValues> layout="vertical" size="large" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
