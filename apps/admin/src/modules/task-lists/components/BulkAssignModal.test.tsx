import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { BULK_ASSIGN_BY_UNIT_CLASS } from '../graphql/mutations/bulkAssignByUnitClassMutation';
import { TASK_CLASS_COUNTS } from '../graphql/queries/taskAssignmentQueries';
import { BulkAssignModal } from './BulkAssignModal';

const task = { id: 't1', code: 'GH-FGW-04', title: '报送“双公示”信息' };
// as the API counts them: three units tagged 双公示报送 (one already has the task), one of them also 五类
const classCounts = {
  request: { query: TASK_CLASS_COUNTS, variables: { taskId: 't1' } },
  result: {
    data: {
      taskClassCounts: [
        { __typename: 'TaskClassCount', unitClass: 'FIVE_KINDS', units: 1, missing: 1 },
        { __typename: 'TaskClassCount', unitClass: 'LICENSING_PENALTY', units: 3, missing: 2 },
      ],
    },
  },
};
const variables = { cycleId: 'c1', taskId: 't1', unitClass: 'LICENSING_PENALTY' };

function renderModal(result: MockLink.MockedResponse['result'], onAssigned = jest.fn(), onClose = jest.fn()) {
  render(
    <MockedProvider mocks={[classCounts, { request: { query: BULK_ASSIGN_BY_UNIT_CLASS, variables }, result }]}>
      <App>
        <BulkAssignModal open cycleId="c1" task={task} onClose={onClose} onAssigned={onAssigned} />
      </App>
    </MockedProvider>,
  );
  return { onAssigned, onClose };
}

async function pickClass(label: RegExp) {
  await userEvent.click(screen.getByLabelText('单位类别'));
  await userEvent.click(await screen.findByText(label));
}

const submit = () => userEvent.click(screen.getByRole('button', { name: /^分\s?配$/ }));

describe('BulkAssignModal', () => {
  it('offers each class with its units still lacking the task, as the API counts them', async () => {
    renderModal({ data: { bulkAssignByUnitClass: [] } });
    await userEvent.click(screen.getByLabelText('单位类别'));
    expect(await screen.findByText(/双公示报送（3 个单位，2 个未分配）/)).toBeInTheDocument();
    expect(screen.getByText(/（1 个单位，1 个未分配）/)).toBeInTheDocument();
  });

  it('asks for a class before sending anything', async () => {
    const result = jest.fn(() => ({ data: { bulkAssignByUnitClass: [] } }));
    renderModal(result);
    await submit();
    expect(await screen.findByText('请选择单位类别')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });

  it('tells how many units were added and hands the count back', async () => {
    const assignments = [
      { __typename: 'TaskAssignment', id: 'a2', unitId: 'u2' },
      { __typename: 'TaskAssignment', id: 'a3', unitId: 'u3' },
    ];
    const { onAssigned, onClose } = renderModal({ data: { bulkAssignByUnitClass: assignments } });
    await pickClass(/双公示报送/);
    await submit();
    expect(await screen.findByText('新增 2 个单位')).toBeInTheDocument();
    expect(onAssigned).toHaveBeenCalledWith(2);
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server refusal in Chinese and stays open', async () => {
    const { onAssigned, onClose } = renderModal({
      errors: [{ message: '任务不存在', extensions: { code: 'NOT_FOUND' } }],
    } as MockLink.MockedResponse['result']);
    await pickClass(/双公示报送/);
    await submit();
    await waitFor(() => expect(screen.getByText(/不存在/)).toBeInTheDocument());
    expect(onAssigned).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
