import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { SessionEventsContext, createSessionEvents } from '@govtrust/ui';
import { act, render, screen } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Action, Role } from './access';
import { ConsoleShell } from './App';
import { SessionProvider } from './modules/auth/components/SessionProvider';
import { ME } from './modules/auth/graphql/queries/meQuery';

type MockedResponse = MockLink.MockedResponse;

function LoginProbe() {
  return <p>登录页 {useLocation().search}</p>;
}

const me = (role: Role, capabilities: Action[]): MockedResponse => ({
  request: { query: ME },
  result: {
    data: {
      me: { __typename: 'Account', id: 'a1', username: 'someone', displayName: '测试账号', role, capabilities, mustChangePassword: false, version: 1, unit: null },
    },
  },
});

const events = createSessionEvents();

function renderConsole(mock: MockedResponse, path = '/no-such-page') {
  return render(
    <MockedProvider mocks={[mock]}>
      <SessionEventsContext.Provider value={events}>
      <AntdApp>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/login" element={<LoginProbe />} />
            <Route
              path="*"
              element={
                <SessionProvider>
                  <ConsoleShell />
                </SessionProvider>
              }
            />
          </Routes>
        </MemoryRouter>
      </AntdApp>
      </SessionEventsContext.Provider>
    </MockedProvider>,
  );
}

const menuLabels = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

describe('console menu (access.ts fed by me.capabilities)', () => {
  it('shows the credit office its workflow pages and no account management', async () => {
    renderConsole(me('CREDIT_OFFICE', ['ACCOUNT_READ', 'UNIT_READ_ALL', 'UNIT_MANAGE', 'AUDIT_READ', 'CONFIG_MANAGE', 'SUBMISSION_REVIEW', 'SUBMISSION_READ_ALL', 'SCORE_READ', 'DATA_IMPORT']));
    expect(await screen.findByText('测试账号')).toBeInTheDocument();
    expect(menuLabels()).toEqual(['工作台', '审核队列', '任务清单', '得分排名', '预警', '报表导出', '期次管理', '指标体系', '单位管理', '审计日志']);
  });

  it('shows the administrator accounts and refuses the review queue', async () => {
    renderConsole(me('ADMIN', ['ACCOUNT_READ', 'ACCOUNT_MANAGE', 'UNIT_READ_ALL', 'UNIT_MANAGE', 'AUDIT_READ']), '/review');
    expect(await screen.findByText('无权访问此页面')).toBeInTheDocument();
    expect(menuLabels()).toEqual(['单位管理', '账号管理', '审计日志']);
  });

  it('sends a unit account to the submission portal', async () => {
    renderConsole(me('UNIT_SUBMITTER', ['SUBMISSION_FILL']));
    expect(await screen.findByText('单位账号请使用单位填报门户')).toBeInTheDocument();
    expect(screen.queryAllByRole('menuitem')).toHaveLength(0);
  });

  it('sends a visitor without a session to the login page', async () => {
    const unauthenticated: MockedResponse = { request: { query: ME }, result: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] } };
    renderConsole(unauthenticated, '/review');
    expect(await screen.findByText('登录页 ?redirect=%2Freview')).toBeInTheDocument();
  });

  it('returns to the login page with the way back when the session expires', async () => {
    renderConsole(me('CREDIT_OFFICE', ['SUBMISSION_REVIEW', 'SUBMISSION_READ_ALL']), '/no-such-page?x=1');
    expect(await screen.findByText('测试账号')).toBeInTheDocument();
    act(() => events.emit('UNAUTHENTICATED'));
    expect(await screen.findByText('登录页 ?redirect=%2Fno-such-page%3Fx%3D1&expired=1')).toBeInTheDocument();
  });
});
