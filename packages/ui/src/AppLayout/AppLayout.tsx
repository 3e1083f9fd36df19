import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';

export interface AppMenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
}

export interface AppLayoutProps {
  title: string;
  menuItems: AppMenuItem[];
  selectedKey?: string;
  onNavigate?: (key: string) => void;
  /** the signed-in user's menu (name, unit, 退出登录) */
  userSlot?: ReactNode;
  /** side: the console's sider, collapsing to nothing on a phone; top: a menu bar in the header */
  menuPlacement?: 'side' | 'top';
  children: ReactNode;
}

const headerStyle = { display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 } as const;
const titleStyle = { color: '#fff', margin: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
const contentStyle = { padding: 16, minWidth: 0 } as const;

export function AppLayout({ title, menuItems, selectedKey, onNavigate, userSlot, menuPlacement = 'side', children }: AppLayoutProps) {
  // below lg the sider folds away and a header button opens it; on a desk it stays open
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const onBreakpoint = (broken: boolean) => {
    setNarrow(broken);
    setCollapsed(broken);
  };
  const menu = (mode: 'inline' | 'horizontal') => (
    <Menu
      mode={mode}
      theme="dark"
      items={menuItems.map((item) => ({ ...item, type: 'item' as const }))}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onClick={({ key }) => {
        if (narrow) setCollapsed(true);
        onNavigate?.(key);
      }}
      style={mode === 'horizontal' ? { flex: 1, minWidth: 0 } : undefined}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={headerStyle}>
        {menuPlacement === 'side' && narrow ? (
          <Button type="text" aria-label="菜单" icon={<MenuOutlined style={{ color: '#fff' }} />} onClick={() => setCollapsed(!collapsed)} />
        ) : null}
        <Typography.Title level={4} style={titleStyle}>
          {title}
        </Typography.Title>
        {menuPlacement === 'top' ? menu('horizontal') : <div style={{ flex: 1 }} />}
        {userSlot ? <div style={{ color: '#fff', flexShrink: 0 }}>{userSlot}</div> : null}
      </Layout.Header>
      <Layout>
        {menuPlacement === 'side' ? (
          <Layout.Sider
            breakpoint="lg"
            onBreakpoint={onBreakpoint}
            trigger={null}
            collapsedWidth={0}
            collapsed={narrow && collapsed}
            width={208}
          >
            {menu('inline')}
          </Layout.Sider>
        ) : null}
        <Layout.Content style={contentStyle}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
