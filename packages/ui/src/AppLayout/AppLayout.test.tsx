import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppLayout } from './AppLayout';

const items = [
  { key: 'systems', label: '指标体系' },
  { key: 'reviews', label: '数据审核' },
];

describe('AppLayout', () => {
  it('shows the title, the menu, the user slot and the page', () => {
    render(
      <AppLayout title="信用办管理后台" menuItems={items} selectedKey="systems" userSlot={<span>张三</span>}>
        <p>页面内容</p>
      </AppLayout>,
    );
    expect(screen.getByRole('heading', { name: '信用办管理后台' })).toBeInTheDocument();
    expect(screen.getByText('张三')).toBeInTheDocument();
    expect(screen.getByText('页面内容')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: '指标体系' }).className).toMatch(/selected/);
  });

  it('navigates with the menu key', async () => {
    const onNavigate = jest.fn();
    render(
      <AppLayout title="t" menuItems={items} onNavigate={onNavigate}>
        <p />
      </AppLayout>,
    );
    await userEvent.click(screen.getByRole('menuitem', { name: '数据审核' }));
    expect(onNavigate).toHaveBeenCalledWith('reviews');
  });

  it('puts the menu in the header for the phone-friendly portal', () => {
    const { container } = render(
      <AppLayout title="t" menuItems={items} menuPlacement="top">
        <p />
      </AppLayout>,
    );
    expect(container.querySelector('.ant-layout-sider')).toBeNull();
    expect(container.querySelector('.ant-layout-header .ant-menu-horizontal')).not.toBeNull();
  });

  it('folds the sider on a narrow screen behind a 菜单 button', async () => {
    const original = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...original(query), matches: true });
    try {
      const { container } = render(
        <AppLayout title="t" menuItems={items}>
          <p />
        </AppLayout>,
      );
      const sider = container.querySelector('.ant-layout-sider');
      expect(sider?.className).toMatch(/collapsed/);
      await userEvent.click(screen.getByRole('button', { name: '菜单' }));
      expect(sider?.className).not.toMatch(/collapsed/);
    } finally {
      window.matchMedia = original;
    }
  });
});
