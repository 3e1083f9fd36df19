import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { UPDATE_TASK_DEFINITION } from '../graphql/mutations/updateTaskDefinitionMutation';
import type { CycleTask } from './TaskAssignmentTable';
import { TaskEditDrawer } from './TaskEditDrawer';

const task = {
  id: 't1',
  code: 'GH-FGW-04',
  title: '报送双公示信息',
  category: null,
  target: null,
  deadline: { kind: 'MONTHLY', day: 4 },
  deadlineText: '每月4日前',
  evidence: { description: '截图', minCount: 1 },
  version: 3,
} as CycleTask;

const input = { id: 't1', expectedVersion: 3, title: '报送“双公示”信息', target: null, evidence: { description: '截图', minCount: 1 } };

describe('TaskEditDrawer', () => {
  it('sends the version it read and says so when someone else saved first', async () => {
    const result = jest.fn(() => ({ errors: [{ message: '数据已被他人修改（版本不一致），请刷新后重试', extensions: { code: 'CONFLICT' } }] }));
    const onSaved = jest.fn();
    render(
      <MockedProvider mocks={[{ request: { query: UPDATE_TASK_DEFINITION, variables: { input } }, result }]}>
        <App>
          <TaskEditDrawer task={task} onClose={() => undefined} onSaved={onSaved} />
        </App>
      </MockedProvider>,
    );
    const title = await screen.findByLabelText('任务名称');
    await userEvent.clear(title);
    await userEvent.type(title, '报送“双公示”信息');
    await userEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('他人已修改，请刷新')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
