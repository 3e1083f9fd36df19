import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { APPROVE_SUBMISSION } from '../graphql/mutations/approveSubmissionMutation';
import { RETURN_SUBMISSION } from '../graphql/mutations/returnSubmissionMutation';
import { SUBMISSION_DETAIL } from '../graphql/queries/submissionDetailQuery';
import { ReviewDrawer } from './ReviewDrawer';

type MockedResponse = MockLink.MockedResponse;

const submission = {
  __typename: 'Submission' as const,
  id: 's1',
  state: 'SUBMITTED' as const,
  version: 4,
  values: { publicity_events: 3, systems_built: 1 },
  evidenceIds: [],
  late: true,
  lateDays: 2,
  lateWorkingDays: 1,
  submittedAt: '2024-01-06T02:00:00.000Z',
  lastReason: null,
  lastFieldNotes: [],
  exemptionClaims: [] as Array<Record<string, unknown>>,
  returnCount: 0,
  authorRole: 'UNIT' as const,
  unit: { __typename: 'Unit' as const, id: 'u1', code: 'GH-JTJ', name: '市教体局' },
  period: { __typename: 'Period' as const, id: 'q4', label: '2023年第四季度', status: 'OPEN' as const },
  task: {
    __typename: 'TaskDefinition' as const,
    id: 't1',
    code: 'GH-JTJ-13',
    title: '每季度至少开展1次诚信文化宣传',
    target: null,
    deadlineText: null,
    inputs: [
      { key: 'publicity_events', label: '开展诚信文化宣传（次）', type: 'count', unit: '次' },
      { key: 'systems_built', label: '新建制度（项）', type: 'count', unit: '项' },
    ],
    evidence: null,
    exemptibleIndicators: [
      {
        __typename: 'ExemptibleIndicator' as const,
        code: 'GH-J-1',
        name: '诚信文化宣传',
        condition: '无监管权限的提供说明不扣分',
        policy: 'FULL',
        requiresEvidence: true,
        fieldKeys: ['publicity_events'],
      },
    ],
  },
  transitions: [],
};

const detailMock: MockedResponse = {
  request: { query: SUBMISSION_DETAIL, variables: { id: 's1' } },
  result: { data: { submission } },
  maxUsageCount: 10,
};

const moved = (state: string, reason: string | null) => ({
  __typename: 'Submission' as const,
  id: 's1',
  state,
  version: 5,
  lastReason: reason,
  lastFieldNotes: [],
  exemptionClaims: [],
  returnCount: reason ? 1 : 0,
  transitions: [],
});

function renderDrawer(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={[detailMock, ...mocks]}>
      <App>
        <ReviewDrawer submissionId="s1" onClose={() => undefined} />
      </App>
    </MockedProvider>,
  );
}

const button = (name: string, container: HTMLElement = document.body) =>
  within(container).getByRole('button', { name: new RegExp(`^${[...name].join('\\s?')}$`) });

describe('ReviewDrawer', () => {
  it('shows the unit’s values read-only', async () => {
    renderDrawer([]);
    const input = await screen.findByLabelText('开展诚信文化宣传（次）');
    expect(input).toHaveValue('3');
    expect(input).toBeDisabled();
    expect(screen.getByText('迟报 2 天（1 个工作日）')).toBeInTheDocument();
  });

  it('approves with the version the reviewer saw', async () => {
    const approved = jest.fn(() => ({ data: { approveSubmission: moved('APPROVED', null) } }));
    renderDrawer([{ request: { query: APPROVE_SUBMISSION, variables: { input: { submissionId: 's1', expectedVersion: 4 } } }, result: approved }]);
    await screen.findByLabelText('开展诚信文化宣传（次）');
    await userEvent.click(button('通过'));
    await waitFor(() => expect(approved).toHaveBeenCalledTimes(1));
  });

  it('tells the reviewer when someone else changed the submission first, and reads it again', async () => {
    const conflict = { errors: [{ message: '填报记录已被他人修改（版本不一致），请刷新后重试', extensions: { code: 'CONFLICT' } }] };
    const detail = jest.fn(() => ({ data: { submission } }));
    render(
      <MockedProvider mocks={[{ ...detailMock, result: detail }, { request: { query: APPROVE_SUBMISSION, variables: { input: { submissionId: 's1', expectedVersion: 4 } } }, result: conflict }]}>
        <App>
          <ReviewDrawer submissionId="s1" onClose={() => undefined} />
        </App>
      </MockedProvider>,
    );
    await screen.findByLabelText('开展诚信文化宣传（次）');
    const reads = detail.mock.calls.length;
    await userEvent.click(button('通过'));
    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    await waitFor(() => expect(detail.mock.calls.length).toBeGreaterThan(reads));
  });

  it('returns only with a reason', async () => {
    const reason = '佐证材料与填报值不一致';
    const returned = jest.fn(() => ({ data: { returnSubmission: moved('RETURNED', reason) } }));
    renderDrawer([{ request: { query: RETURN_SUBMISSION, variables: { input: { submissionId: 's1', expectedVersion: 4, reason } } }, result: returned }]);
    await screen.findByLabelText('开展诚信文化宣传（次）');
    await userEvent.click(button('退回'));
    const dialog = (await screen.findByText('退回填报')).closest<HTMLElement>('.ant-modal');
    if (!dialog) throw new Error('the reason dialog did not open');
    await userEvent.click(button('退回', dialog));
    expect(await within(dialog).findByText('请填写退回原因')).toBeInTheDocument();
    expect(returned).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByLabelText('退回原因'), reason);
    await userEvent.click(button('退回', dialog));
    await waitFor(() => expect(returned).toHaveBeenCalledTimes(1));
  });

  it('sends the notes written beside fields with the return, leaving empty ones out', async () => {
    const reason = '数据与台账不一致';
    const fieldNotes = [{ key: 'systems_built', note: '制度文件未上传' }];
    const returned = jest.fn(() => ({ data: { returnSubmission: moved('RETURNED', reason) } }));
    renderDrawer([{ request: { query: RETURN_SUBMISSION, variables: { input: { submissionId: 's1', expectedVersion: 4, reason, fieldNotes } } }, result: returned }]);
    await screen.findByLabelText('开展诚信文化宣传（次）');
    await userEvent.click(button('退回'));
    const dialog = (await screen.findByText('退回填报')).closest<HTMLElement>('.ant-modal');
    if (!dialog) throw new Error('the reason dialog did not open');
    // paste, not type: every keystroke re-renders the antd form, which is slow under jsdom
    await userEvent.click(within(dialog).getByLabelText('退回原因'));
    await userEvent.paste(reason);
    await userEvent.click(within(dialog).getByLabelText('对“新建制度（项）”的意见'));
    await userEvent.paste('制度文件未上传');
    await userEvent.click(button('退回', dialog));
    await waitFor(() => expect(returned).toHaveBeenCalledTimes(1));
  });

  it('asks for a decision on every exemption claim before approving, then sends them', async () => {
    const claimed = {
      ...submission,
      exemptionClaims: [
        { __typename: 'ExemptionClaim' as const, nodeCode: 'GH-J-1', nodeName: '诚信文化宣传', explanation: '本单位无宣传职能', decision: 'PENDING', reviewNote: null },
      ],
    };
    const approved = jest.fn(() => ({ data: { approveSubmission: moved('APPROVED', null) } }));
    render(
      <MockedProvider
        mocks={[
          { ...detailMock, result: { data: { submission: claimed } } },
          {
            request: {
              query: APPROVE_SUBMISSION,
              variables: { input: { submissionId: 's1', expectedVersion: 4, exemptionDecisions: [{ nodeCode: 'GH-J-1', accepted: true, note: '职能清单无宣传职责' }] } },
            },
            result: approved,
          },
        ]}
      >
        <App>
          <ReviewDrawer submissionId="s1" onClose={() => undefined} />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText('单位说明：本单位无宣传职能')).toBeInTheDocument();
    await userEvent.click(button('通过'));
    expect(await screen.findByText('请先逐项认定免责申请：诚信文化宣传')).toBeInTheDocument();
    expect(approved).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText('认定免责'));
    await userEvent.click(screen.getByLabelText('对“诚信文化宣传”免责申请的认定意见'));
    await userEvent.paste('职能清单无宣传职责');
    await userEvent.click(button('通过'));
    await waitFor(() => expect(approved).toHaveBeenCalledTimes(1));
  });
});
