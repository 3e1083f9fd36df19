import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RankingRow } from '../utils/rankingRows';
import { DEFAULT_VIEW } from '../utils/rankingView';
import { RankingTable } from './RankingTable';

const row = (unitName: string, rank: number | null, total: string, grade: RankingRow['grade'], extra: Partial<RankingRow> = {}): RankingRow => ({
  unitId: `id-${unitName}`,
  unitName,
  rank,
  total,
  maxTotal: '100',
  grade,
  provisional: false,
  previousRank: null,
  previousTotal: null,
  rankChange: null,
  pointsChange: null,
  gradeOverride: null,
  ...extra,
});

// in the order the API returned them: the table never re-sorts
const rows: RankingRow[] = [
  row('市教体局', 1, '92.5', 'RED', { previousRank: 1, previousTotal: '90', rankChange: 0, pointsChange: '+2.5' }),
  row('市财政局', 2, '88', 'RED', { previousRank: 5, previousTotal: '80', rankChange: 3, pointsChange: '+8' }),
  row('市卫健委', 2, '88', 'BLUE', {
    previousRank: 1,
    previousTotal: '95',
    rankChange: -1,
    pointsChange: '-7',
    gradeOverride: { grade: 'BLUE', manual: true, reason: '经复核存在失信记录' },
  }),
  row('市林草局', 4, '61', 'YELLOW'),
];

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.classList.contains('ant-table-row'));
const names = () => bodyRows().map((r) => r.getAttribute('data-unit'));
const header = (title: string) => screen.getAllByText(title).find((e) => e.closest('th')) as HTMLElement;

function renderTable(props: Partial<React.ComponentProps<typeof RankingTable>> = {}) {
  const onOpen = jest.fn();
  const onOverride = jest.fn();
  const onView = jest.fn();
  const view = render(
    <RankingTable rows={rows} total={rows.length} view={DEFAULT_VIEW} onView={onView} loading={false} canOverride onOpen={onOpen} onOverride={onOverride} {...props} />,
  );
  return { onOpen, onOverride, onView, rerender: view.rerender };
}

describe('RankingTable', () => {
  it('lists units in the order given, marks shared ranks as 并列 and shows each grade in its colour', () => {
    renderTable();
    expect(names()).toEqual(['市教体局', '市财政局', '市卫健委', '市林草局']);
    const tied = bodyRows().filter((r) => within(r).queryByText('并列'));
    expect(tied.map((r) => within(r).getByTestId('rank').textContent)).toEqual(['2', '2']);
    expect(document.querySelector('[data-grade="RED"]')).toHaveTextContent('红名单');
    expect(document.querySelector('[data-grade="YELLOW"]')).toHaveTextContent('黄名单');
  });

  it('shows the points and the places changed against the previous period', () => {
    renderTable();
    const [first, second, third, fourth] = bodyRows();
    expect(first?.querySelector('[data-change="same"]')).toHaveTextContent('持平');
    expect(second?.querySelector('[data-change="up"]')).toHaveTextContent('3');
    expect(second?.querySelector('[data-points-change]')).toHaveTextContent('+8');
    expect(third?.querySelector('[data-change="down"]')).toHaveTextContent('1');
    expect(third?.querySelector('[data-points-change]')).toHaveTextContent('-7');
    expect(fourth).toHaveTextContent('新进榜');
  });

  it('marks a hand-adjusted grade and shows its reason on hover', async () => {
    renderTable();
    const adjusted = screen.getByText(/蓝名单（调整）/);
    fireEvent.mouseEnter(adjusted);
    expect(await screen.findByText('经复核存在失信记录')).toBeInTheDocument();
  });

  it('shows the order it was asked for on the column and asks the API for another on a click', async () => {
    const { onView, rerender } = renderTable();
    expect(header('名次').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(header('总分'));
    expect(onView).toHaveBeenLastCalledWith({ sortBy: 'TOTAL', descending: false });
    // the rows stay as given until the API answers
    expect(names()).toEqual(['市教体局', '市财政局', '市卫健委', '市林草局']);

    const byTotal = { ...DEFAULT_VIEW, sortBy: 'TOTAL' as const };
    rerender(<RankingTable rows={rows} total={4} view={byTotal} onView={onView} loading={false} canOverride onOpen={jest.fn()} onOverride={jest.fn()} />);
    expect(header('总分').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(header('总分'));
    expect(onView).toHaveBeenLastCalledWith({ sortBy: 'TOTAL', descending: true });

    rerender(<RankingTable rows={rows} total={4} view={{ ...byTotal, descending: true }} onView={onView} loading={false} canOverride onOpen={jest.fn()} onOverride={jest.fn()} />);
    await userEvent.click(header('总分'));
    expect(onView).toHaveBeenLastCalledWith({ sortBy: 'RANK', descending: false });

    for (const [title, sortBy] of [
      ['单位名称', 'UNIT_NAME'],
      ['较上期', 'POINTS_CHANGE'],
      ['名次变化', 'RANK_CHANGE'],
    ] as const) {
      await userEvent.click(header(title));
      expect(onView).toHaveBeenLastCalledWith({ sortBy, descending: false });
    }
  });

  it('asks the API for one grade when the column is filtered', async () => {
    const { onView } = renderTable();
    const th = header('等级').closest('th') as HTMLElement;
    await userEvent.click(th.querySelector('.ant-table-filter-trigger') as HTMLElement);
    await userEvent.click(await screen.findByText('红名单', { selector: '.ant-dropdown-menu-title-content span' }));
    await userEvent.click(screen.getByRole('button', { name: /确\s?定|OK/ }));
    expect(onView).toHaveBeenLastCalledWith({ grade: 'RED' });
  });

  it('opens the scorecard or the grade dialog for the row', async () => {
    const { onOpen, onOverride } = renderTable();
    await userEvent.click(screen.getByRole('button', { name: '市卫健委' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ unitName: '市卫健委' }));
    const row = bodyRows().find((r) => r.textContent?.includes('市林草局'));
    if (!row) throw new Error('row missing');
    await userEvent.click(within(row).getByRole('button', { name: '等级调整' }));
    expect(onOverride).toHaveBeenCalledWith(expect.objectContaining({ unitName: '市林草局' }));
  });

  it('offers no grade adjustment to users who may not publish', () => {
    renderTable({ canOverride: false });
    expect(screen.queryByRole('button', { name: '等级调整' })).not.toBeInTheDocument();
  });

  it('pages through thousands of units the API holds, one page of rows at a time', async () => {
    const page = Array.from({ length: 20 }, (_, i) => row(`单位${i + 1}`, i + 1, String(100 - i / 100), 'BLUE'));
    const { onView } = renderTable({ rows: page, total: 2500 });
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('共 2500 个单位')).toBeInTheDocument();
    expect(screen.getByTitle('125')).toBeInTheDocument(); // the last page
    await userEvent.click(screen.getByTitle('2'));
    expect(onView).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
  });
});
