import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../common/utils/labels';
import { useLogout } from '../hooks/useLogout';
import { useSession } from '../hooks/useSession';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The header's user menu: who is signed in, 修改密码, 退出登录. */
export function UserMenu() {
  const { user } = useSession();
  const { logout } = useLogout();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setChanging(true);
            if (key === 'logout') void logout();
          },
        }}
      >
        <Button type="text" style={{ color: '#fff' }} data-testid="user-menu">
          <Space size={6}>
            <UserOutlined />
            {user.displayName}
            <span style={{ opacity: 0.75 }}>（{ROLE_LABELS[user.role]}）</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
