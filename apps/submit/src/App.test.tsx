import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createSessionEvents, SessionEventsContext } from '@govtrust/ui';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { PortalShell } from './App';
import { LoginDocument, MeDocument, MyTasksDocument } from './generated/graphql';
import { SessionGate } from './modules/auth/components/SessionGate';

const me = {
  __typename: 'Account',
  id: 'acc-1',
  username: 'gh08.submit',
  displayName: '市民委填报人',
  role: 'UNIT_SUBMITTER',
  mustChangePassword: false,
  unit: { __typename: 'Unit', id: 'u-mw', code: 'GH-MW', name: '市民委' },
};

const task = (code: string, title: string, state: string, overdue: boolean) => ({
  __typename: 'MyTask',
  assignmentId: `a-${code}`,
  dueDate: '2024-01-04',
  daysLeft: overdue ? -5 : 5,
  late: overdue,
  overdue,
  target: null,
  submissionId: state === 'NOT_STARTED' ? null : `s-${code}`,
  submissionState: state,
  submissionVersion: state === 'NOT_STARTED' ? null : 1,
  period: { __typename: 'Period', id: 'p12', label: '2023年12月', kind: 'MONTH', index: 12, year: 2023, status: 'OPEN' },
  task: {
    __typename: 'TaskDefinition',
    id: `t-${code}`,
    code,
    title,
    category: null,
    target: null,
    deadlineText: null,
    sourceText: title,
    dataSource: 'UNIT_REPORT',
    inputs: [],
    evidence: null,
  },
});

const unauthenticated: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { errors: [new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } })] },
};

function renderPortal(mocks: MockLink.MockedResponse[]) {
  const events = createSessionEvents();
  render(
    <MockedProvider mocks={mocks}>
      <SessionEventsContext.Provider value={events}>
        <AntdApp>
          <MemoryRouter initialEntries={['/tasks']}>
            <SessionGate>
              <PortalShell />
            </SessionGate>
          </MemoryRouter>
        </AntdApp>
      </SessionEventsContext.Provider>
    </MockedProvider>,
  );
  return events;
}

describe('portal session', () => {
  it('asks an anonymous visitor to log in, then opens 本期任务 with returned and overdue tasks first', async () => {
    const user = userEvent.setup();
    renderPortal([
      unauthenticated,
      {
        request: { query: LoginDocument, variables: { username: 'gh08.submit', password: 'Demo@2026' } },
        result: { data: { login: { __typename: 'LoginPayload', expiresAt: '2026-11-29T00:00:00Z', account: { __typename: 'Account', id: 'acc-1', role: 'UNIT_SUBMITTER', mustChangePassword: false } } } },
      },
      { request: { query: MeDocument }, result: { data: { me } } },
      {
        request: { query: MyTasksDocument, variables: {} },
        result: {
          data: {
            myTasks: [
              task('GH-MW-03', '公职人员任用查询信用信息', 'SUBMITTED', false),
              task('GH-MW-01', '报送本部门公职人员基础信息', 'NOT_STARTED', true),
              task('GH-MW-02', '报送其他公共信用信息', 'RETURNED', false),
            ],
          },
        },
      },
    ]);

    await user.type(await screen.findByLabelText('用户名'), 'gh08.submit');
    await user.type(screen.getByLabelText('密码'), 'Demo@2026');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    expect(await screen.findByRole('heading', { name: '本期任务' }, { timeout: 8000 })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('task-card');
    expect(cards.map((card) => card.getAttribute('data-task-code'))).toEqual(['GH-MW-02', 'GH-MW-01', 'GH-MW-03']);
    expect(screen.getByText('有任务被信用办退回，请按退回原因修改后重新提交')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /市民委/ })).toBeInTheDocument();
  });

  it('says why a login failed, in Chinese', async () => {
    const user = userEvent.setup();
    renderPortal([
      unauthenticated,
      {
        request: { query: LoginDocument, variables: { username: 'gh08.submit', password: 'nope' } },
        result: { errors: [new GraphQLError('Too many attempts', { extensions: { code: 'RATE_LIMITED' } })] },
      },
    ]);
    await user.type(await screen.findByLabelText('用户名'), 'gh08.submit');
    await user.type(screen.getByLabelText('密码'), 'nope');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('操作过于频繁，请稍后再试')).toBeInTheDocument();
  });

  it('forces a password change when the account must change it', async () => {
    renderPortal([{ request: { query: MeDocument }, result: { data: { me: { ...me, mustChangePassword: true } } } }]);
    expect(await screen.findByText('请先修改初始密码')).toBeInTheDocument();
    expect(screen.getByLabelText('新密码')).toBeInTheDocument();
  });

  it('sends a signed-in user back to the login page with a message when the session ends', async () => {
    const events = renderPortal([
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyTasksDocument, variables: {} }, result: { data: { myTasks: [] } } },
    ]);
    expect(await screen.findByRole('heading', { name: '本期任务' }, { timeout: 8000 })).toBeInTheDocument();
    act(() => events.emit('UNAUTHENTICATED'));
    expect(await screen.findByText('登录已过期或已在其他地方退出，请重新登录')).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
  });
});
