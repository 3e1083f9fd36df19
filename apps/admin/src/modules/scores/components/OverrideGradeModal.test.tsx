import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { CLEAR_GRADE_OVERRIDE } from '../graphql/mutations/clearGradeOverrideMutation';
import { OVERRIDE_GRADE } from '../graphql/mutations/overrideGradeMutation';
import { GRADE_OVERRIDE } from '../graphql/queries/gradeOverrideQuery';
import type { RankingRow } from '../utils/rankingRows';
import { OverrideGradeModal } from './OverrideGradeModal';

type MockedResponse = MockLink.MockedResponse;

const PERIOD = 'p-q4';
const REASON = '经复核，该单位存在严重失信行为';

const unit: RankingRow = {
  unitId: 'u1',
  unitName: '市财政局',
  rank: 3,
  total: '88',
  maxTotal: '100',
  grade: 'RED',
  provisional: false,
  previousRank: null,
  previousTotal: null,
  rankChange: null,
  pointsChange: null,
  gradeOverride: null,
};

const current = (version: number | null): MockedResponse => ({
  request: { query: GRADE_OVERRIDE, variables: { periodId: PERIOD, unitId: 'u1' } },
  result: {
    data: {
      gradeOverride:
        version === null ? null : { __typename: 'GradeOverride', id: 'o1', grade: 'YELLOW', reason: REASON, version },
    },
  },
  maxUsageCount: 5,
});

const saved = (grade: string | null, version: number) => ({
  __typename: 'GradeOverride' as const,
  id: 'o1',
  grade,
  reason: REASON,
  version,
});

function renderModal(row: RankingRow, mocks: MockedResponse[]) {
  const onChanged = jest.fn();
  const onClose = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <OverrideGradeModal periodId={PERIOD} row={row} onClose={onClose} onChanged={onChanged} />
      </App>
    </MockedProvider>,
  );
  return { onChanged, onClose };
}

const button = (name: string, container: HTMLElement = document.body) =>
  within(container).getByRole('button', { name: new RegExp(`^\\s*${[...name].join('\\s?')}\\s*$`) });

describe('OverrideGradeModal', () => {
  it('refuses to adjust without a reason', async () => {
    const override = jest.fn(() => ({ data: { overrideGrade: saved('YELLOW', 1) } }));
    renderModal(unit, [current(null), { request: { query: OVERRIDE_GRADE, variables: () => true }, result: override }]);
    await userEvent.click(screen.getByText('黄名单'));
    await userEvent.click(button('确认调整'));
    expect(await screen.findByText('请填写调整原因')).toBeInTheDocument();
    expect(override).not.toHaveBeenCalled();
  });

  it('adjusts a unit without an adjustment record without a version, with the reason given', async () => {
    const override = jest.fn(() => ({ data: { overrideGrade: saved('YELLOW', 1) } }));
    const { onChanged, onClose } = renderModal(unit, [
      current(null),
      {
        request: {
          query: OVERRIDE_GRADE,
          variables: (v) => v.expectedVersion === undefined && JSON.stringify(v.input) === JSON.stringify({ periodId: PERIOD, unitId: 'u1', grade: 'YELLOW', reason: REASON }),
        },
        result: override,
      },
    ]);
    await userEvent.click(screen.getByText('黄名单'));
    await userEvent.type(screen.getByLabelText('调整原因'), `  ${REASON} `);
    await userEvent.click(button('确认调整'));
    await waitFor(() => expect(override).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(onClose).toHaveBeenCalled();
  });

  it('clears a hand-made adjustment with the version of its record', async () => {
    const adjusted: RankingRow = { ...unit, grade: 'YELLOW', gradeOverride: { grade: 'YELLOW', manual: true, reason: REASON } };
    const clear = jest.fn(() => ({ data: { clearGradeOverride: saved(null, 3) } }));
    const { onChanged } = renderModal(adjusted, [
      current(2),
      { request: { query: CLEAR_GRADE_OVERRIDE, variables: { periodId: PERIOD, unitId: 'u1', expectedVersion: 2 } }, result: clear },
    ]);
    expect(screen.getByText(`已人工调整，原因：${REASON}`)).toBeInTheDocument();
    await userEvent.click(button('取消调整'));
    const confirm = (await screen.findByText('取消调整后按计分结果定级，确定吗？')).closest<HTMLElement>('.ant-popover');
    if (!confirm) throw new Error('the confirmation did not open');
    await userEvent.click(button('取消调整', confirm));
    await waitFor(() => expect(clear).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('shows the Chinese message when someone changed the adjustment first', async () => {
    const conflict = { errors: [{ message: 'version mismatch', extensions: { code: 'CONFLICT' } }] };
    const { onChanged } = renderModal(unit, [current(1), { request: { query: OVERRIDE_GRADE, variables: (v) => v.expectedVersion === 1 }, result: conflict }]);
    await userEvent.click(screen.getByText('蓝名单'));
    await userEvent.type(screen.getByLabelText('调整原因'), REASON);
    await userEvent.click(button('确认调整'));
    expect(await screen.findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
