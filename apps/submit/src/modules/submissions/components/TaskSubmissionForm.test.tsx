import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { GraphQLError } from 'graphql';
import { SaveSubmissionDraftDocument, SubmitSubmissionDocument } from '../../../generated/graphql';
import type { MyTaskRow } from '../../tasks/components/TaskCard';
import { TaskSubmissionForm, type TaskSubmissionFormProps } from './TaskSubmissionForm';

const row: MyTaskRow = {
  assignmentId: 'a1',
  dueDate: '2024-01-04',
  daysLeft: -10,
  late: false,
  overdue: false,
  target: null,
  submissionId: null,
  submissionState: 'NOT_STARTED',
  submissionVersion: null,
  period: { id: 'p12', label: '2023年12月', kind: 'MONTH', index: 12, year: 2023, status: 'OPEN' },
  task: {
    id: 't1',
    code: 'GH-FGW-08',
    title: '归集信用承诺及履约践诺信息',
    category: '信用承诺',
    target: null,
    deadlineText: '当月4日前报送上月信息',
    sourceText: '(4)歸集信用承諾及履約踐諾信息。',
    dataSource: 'UNIT_REPORT',
    inputs: [{ key: 'commitments_collected', label: '归集的信用承诺数量（条）', type: 'count', unit: '条' }],
    evidence: { description: '信用承诺书扫描件', minCount: 1, kinds: ['PDF', 'IMAGE'] },
    exemptibleIndicators: [],
  },
};

const exemptibleRow: MyTaskRow = {
  ...row,
  task: {
    ...row.task,
    evidence: null,
    exemptibleIndicators: [
      {
        code: 'GH-B-1.1',
        name: '双公示数据报送',
        condition: '具有行政许可及行政处罚职能的部门和单位按职责分工负责',
        policy: 'NOT_APPLICABLE',
        requiresEvidence: true,
        fieldKeys: ['commitments_collected'],
      },
    ],
  },
};

function renderForm(mocks: MockLink.MockedResponse[], props: Partial<TaskSubmissionFormProps> = {}) {
  const upload = jest.fn((file: File, onProgress: (percent: number) => void) => {
    onProgress(50);
    return Promise.resolve({ id: 'ev-1', name: file.name });
  });
  render(
    <MockedProvider mocks={mocks}>
      <AntdApp>
        <TaskSubmissionForm row={row} stored={null} storedEvidence={[]} upload={upload} isApprover={false} {...props} />
      </AntdApp>
    </MockedProvider>,
  );
  return { upload };
}

const pdf = () => new File(['%PDF-1.4'], '承诺书.pdf', { type: 'application/pdf' });

describe('TaskSubmissionForm', () => {
  it('checks the form before sending, then saves the draft and submits with a version and an idempotency key', async () => {
    const user = userEvent.setup();
    const seen: Array<Record<string, unknown>> = [];
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: SaveSubmissionDraftDocument,
          variables: (vars: { input: Record<string, unknown> }) => {
            seen.push(vars.input);
            return true;
          },
        },
        result: {
          data: {
            saveSubmissionDraft: { __typename: 'Submission', id: 's1', state: 'DRAFT', version: 1, values: { commitments_collected: 12 }, evidenceIds: ['ev-1'], exemptionClaims: [] },
          },
        },
      },
      {
        request: {
          query: SubmitSubmissionDocument,
          variables: (vars: { input: Record<string, unknown> }) => {
            seen.push(vars.input);
            return true;
          },
        },
        result: { data: { submitSubmission: { __typename: 'Submission', id: 's1', state: 'PENDING_APPROVAL', version: 2, late: true, submittedAt: '2026-11-28T00:00:00Z' } } },
      },
    ];
    renderForm(mocks);

    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText(/还有 1 项填报数据需要修改/)).toBeInTheDocument();
    expect(screen.getByText(/请上传佐证材料（信用承诺书扫描件），至少 1 个/)).toBeInTheDocument();
    expect(screen.getByText('“归集的信用承诺数量（条）”为必填项')).toBeInTheDocument();

    await user.type(screen.getByLabelText('归集的信用承诺数量（条）'), '12');
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, pdf());
    expect(await screen.findByText('已上传')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText('已提交，等待单位负责人审核签字', {}, { timeout: 5000 })).toBeInTheDocument();

    const [save, submit] = seen;
    expect(save).toMatchObject({ taskId: 't1', periodId: 'p12', values: { commitments_collected: 12 }, evidenceIds: ['ev-1'] });
    expect(save?.expectedVersion).toBeUndefined();
    expect(typeof save?.idempotencyKey).toBe('string');
    expect(submit).toMatchObject({ submissionId: 's1', expectedVersion: 1 });
    expect(typeof submit?.idempotencyKey).toBe('string');
    expect(submit?.idempotencyKey).not.toBe(save?.idempotencyKey);
    // frozen once sent: no more upload area, no submit button
    expect(screen.queryByRole('button', { name: /提\s*交/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('归集的信用承诺数量（条）')).toBeDisabled();
  });

  it('shows a returned submission’s reason first and resubmits the stored version when nothing changed', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | undefined;
    renderForm(
      [
        {
          request: {
            query: SubmitSubmissionDocument,
            variables: (vars: { input: Record<string, unknown> }) => {
              sent = vars.input;
              return true;
            },
          },
          result: { data: { submitSubmission: { __typename: 'Submission', id: 's9', state: 'PENDING_APPROVAL', version: 6, late: false, submittedAt: null } } },
        },
      ],
      {
        stored: {
          id: 's9',
          version: 5,
          state: 'RETURNED',
          values: { commitments_collected: 3 },
          lastReason: '数量与台账不一致',
          lastFieldNotes: [{ key: 'commitments_collected', note: '台账为5条，请核对' }],
          exemptionClaims: [],
          returnCount: 1,
        },
        storedEvidence: [{ id: 'ev-7', name: '台账.pdf' }],
      },
    );
    expect(screen.getByTestId('return-reason')).toHaveTextContent('退回原因：数量与台账不一致');
    expect(screen.getByTestId('return-reason')).toHaveTextContent('另有 1 条意见标注在对应填报项旁');
    const note = screen.getByTestId('field-note-commitments_collected');
    expect(note).toHaveTextContent('审核意见：台账为5条，请核对');
    expect(note.closest('.ant-form-item')).toContainElement(screen.getByLabelText('归集的信用承诺数量（条）'));
    expect(screen.getByLabelText('归集的信用承诺数量（条）')).toHaveValue('3');
    await user.click(screen.getByRole('button', { name: /重新提交/ }));
    expect(await screen.findByText('已提交，等待单位负责人审核签字')).toBeInTheDocument();
    expect(sent).toMatchObject({ submissionId: 's9', expectedVersion: 5 });
  });

  it('shows the API’s refusal in Chinese and keeps what the user typed', async () => {
    const user = userEvent.setup();
    renderForm(
      [
        {
          request: { query: SaveSubmissionDraftDocument, variables: () => true },
          result: { errors: [new GraphQLError('Period is locked', { extensions: { code: 'PERIOD_LOCKED' } })] },
        },
      ],
    );
    await user.type(screen.getByLabelText('归集的信用承诺数量（条）'), '4');
    await user.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() => expect(screen.getByTestId('form-error')).toHaveTextContent('本期已关闭，数据已锁定'));
    expect(screen.getByLabelText('归集的信用承诺数量（条）')).toHaveValue('4');
  });

  it('claims an exemption with a reason and evidence instead of the field it covers', async () => {
    const user = userEvent.setup();
    const seen: Array<Record<string, unknown>> = [];
    renderForm(
      [
        {
          request: {
            query: SaveSubmissionDraftDocument,
            variables: (vars: { input: Record<string, unknown> }) => {
              seen.push(vars.input);
              return true;
            },
          },
          result: {
            data: {
              saveSubmissionDraft: {
                __typename: 'Submission',
                id: 's2',
                state: 'DRAFT',
                version: 1,
                values: {},
                evidenceIds: ['ev-1'],
                exemptionClaims: [],
              },
            },
          },
        },
        {
          request: { query: SubmitSubmissionDocument, variables: () => true },
          result: { data: { submitSubmission: { __typename: 'Submission', id: 's2', state: 'SUBMITTED', version: 2, late: false, submittedAt: null } } },
        },
      ],
      { row: exemptibleRow },
    );
    await user.click(screen.getByRole('checkbox', { name: /申请免责：双公示数据报送/ }));
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText(/请说明“双公示数据报送”的免责理由/)).toBeInTheDocument();
    expect(screen.getByTestId('form-error')).toHaveTextContent('申请免责（双公示数据报送）须上传说明材料');
    // the claimed field is no longer asked for
    expect(screen.queryByText('“归集的信用承诺数量（条）”为必填项')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('“双公示数据报送”的免责理由'));
    await user.paste('本单位无行政处罚职能');
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, pdf());
    expect(await screen.findByText('已上传')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText('已报送信用办', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(seen[0]).toMatchObject({ exemptionClaims: [{ nodeCode: 'GH-B-1.1', explanation: '本单位无行政处罚职能' }], evidenceIds: ['ev-1'] });
  });
});
