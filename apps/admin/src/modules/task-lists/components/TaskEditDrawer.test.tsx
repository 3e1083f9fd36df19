import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { UPDATE_TASK_DEFINITION } from '../graphql/mutations/updateTaskDefinitionMutation';
import { DUE_DATE_PREVIEW } from '../graphql/queries/dueDatePreviewQuery';
import { PARSE_DEADLINE_TEXT } from '../graphql/queries/parseDeadlineTextQuery';
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
          <TaskEditDrawer task={task} year={undefined} onClose={() => undefined} onSaved={onSaved} />
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

  it('shows the year’s due dates of the task’s rule, then of the rule as edited once parsed', async () => {
    const dues = (days: number[]) =>
      days.map((day, i) => ({ __typename: 'DueDatePreviewRow', index: i + 1, label: `2023年${i + 1}月`, periodKind: 'MONTH', dueDate: `2023-${String(i + 2).padStart(2, '0')}-${String(day).padStart(2, '0')}` }));
    const parsedRule = { kind: 'MONTHLY', day: 10 };
    render(
      <MockedProvider
        mocks={[
          { request: { query: DUE_DATE_PREVIEW, variables: { rule: { kind: 'MONTHLY', day: 4 }, year: 2023 } }, result: { data: { dueDatePreview: dues([6, 6]) } } },
          {
            request: { query: PARSE_DEADLINE_TEXT, variables: { text: '每月10日前报送' } },
            result: { data: { parseDeadlineText: { __typename: 'ParsedDeadlineText', rule: parsedRule, confidence: 'STATED', error: null } } },
          },
          { request: { query: DUE_DATE_PREVIEW, variables: { rule: parsedRule, year: 2023 } }, result: { data: { dueDatePreview: dues([10, 10]) } } },
        ]}
      >
        <App>
          <TaskEditDrawer task={task} year={2023} onClose={() => undefined} onSaved={() => undefined} />
        </App>
      </MockedProvider>,
    );
    // the dates are the API's, shown as they are (2023-02-04 is a Saturday: due Monday the 6th)
    expect(await screen.findByText('2023-02-06')).toBeInTheDocument();
    expect(screen.getByText('2023年各期截止日期')).toBeInTheDocument();

    const text = screen.getByLabelText('完成时限');
    await userEvent.clear(text);
    await userEvent.type(text, '每月10日前报送');
    await userEvent.click(screen.getByRole('button', { name: '解析预览' }));
    expect(await screen.findByText('2023-02-10')).toBeInTheDocument();
    expect(screen.getByText('按修改后的完成时限，2023年各期截止日期')).toBeInTheDocument();
  });
});
