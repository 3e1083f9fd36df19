import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PortalShell } from './App';

describe('submission portal shell', () => {
  it('opens on 本期任务 and says the task list needs the API instead of showing invented tasks', async () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <PortalShell />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: '本期任务' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('暂未连接平台数据接口')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '政务诚信数据填报' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /本期任务/ }).className).toMatch(/selected/);
  });

  it('shows a 404 for an unknown path', async () => {
    render(
      <MemoryRouter initialEntries={['/nowhere']}>
        <PortalShell />
      </MemoryRouter>,
    );
    expect(await screen.findByText('页面不存在', undefined, { timeout: 8000 })).toBeInTheDocument();
  });
});
