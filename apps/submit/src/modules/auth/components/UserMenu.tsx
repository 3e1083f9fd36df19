import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid } from 'antd';
import { ROLE_LABELS } from '../../submissions/utils/submissionStates';
import { useSession } from '../hooks/sessionContext';

/** Header menu: who is signed in for which unit, and 退出登录. */
export function UserMenu() {
  const { account, signOut } = useSession();
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: `${account.unit?.name ?? ''} · ${ROLE_LABELS[account.role]}`, disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void signOut() },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} style={{ color: '#fff', maxWidth: 160 }} aria-label={`账号：${account.unit?.name ?? account.displayName}`}>
        {phone ? null : (
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{account.unit?.name ?? account.displayName}</span>
        )}
      </Button>
    </Dropdown>
  );
}
