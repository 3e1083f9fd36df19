import { Layout, Menu, Typography } from 'antd';
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
  const [collapsed, setCollapsed] = useState(false);
  const menu = (mode: 'inline' | 'horizontal') => (
    <Menu
      mode={mode}
      theme="dark"
      items={menuItems.map((item) => ({ ...item, type: 'item' as const }))}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onClick={({ key }) => onNavigate?.(key)}
      style={mode === 'horizontal' ? { flex: 1, minWidth: 0 } : undefined}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={headerStyle}>
        <Typography.Title level={4} style={titleStyle}>
          {title}
        </Typography.Title>
        {menuPlacement === 'top' ? menu('horizontal') : <div style={{ flex: 1 }} />}
        {userSlot ? <div style={{ color: '#fff', flexShrink: 0 }}>{userSlot}</div> : null}
      </Layout.Header>
      <Layout>
        {menuPlacement === 'side' ? (
          <Layout.Sider breakpoint="lg" collapsedWidth={0} collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
            {menu('inline')}
          </Layout.Sider>
        ) : null}
        <Layout.Content style={contentStyle}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
