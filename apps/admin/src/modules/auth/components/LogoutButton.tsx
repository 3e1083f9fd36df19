import { Button } from 'antd';
import { useLogout } from '../hooks/useLogout';

export function LogoutButton() {
  const { logout, loading } = useLogout();
  return (
    <Button loading={loading} onClick={() => void logout()}>
      退出登录
    </Button>
  );
}
