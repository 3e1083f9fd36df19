import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RankingRow } from '../utils/rankingRows';
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

const rows: RankingRow[] = [
  row('市财政局', 2, '88', 'RED', { previousRank: 5, previousTotal: '80', rankChange: 3, pointsChange: '+8' }),
  row('市教体局', 1, '92.5', 'RED', { previousRank: 1, previousTotal: '90', rankChange: 0, pointsChange: '+2.5' }),
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

function renderTable(props: Partial<React.ComponentProps<typeof RankingTable>> = {}) {
  const onOpen = jest.fn();
  const onOverride = jest.fn();
  render(<RankingTable rows={rows} loading={false} canOverride onOpen={onOpen} onOverride={onOverride} {...props} />);
  return { onOpen, onOverride };
}

describe('RankingTable', () => {
  it('lists units by rank, marks shared ranks as 并列 and shows each grade in its colour', () => {
    renderTable();
    expect(names()).toEqual(['市教体局', '市财政局', '市卫健委', '市林草局']);
    const tied = bodyRows().filter((r) => within(r).queryByText('并列'));
    expect(tied.map((r) => within(r).getByTestId('rank').textContent)).toEqual(['2', '2']);
    expect(document.querySelector('[data-grade="RED"]')).toHaveTextContent('红名单');
    expect(document.querySelector('[data-grade="YELLOW"]')).toHaveTextContent('黄名单');
  });

  it('shows the change against the previous period with its direction', () => {
    renderTable();
    const [first, second, third, fourth] = bodyRows();
    expect(first?.querySelector('[data-change="same"]')).toHaveTextContent('持平');
    expect(second?.querySelector('[data-change="up"]')).toHaveTextContent('3');
    expect(third?.querySelector('[data-change="down"]')).toHaveTextContent('1');
    expect(fourth).toHaveTextContent('新进榜');
  });

  it('marks a hand-adjusted grade and shows its reason on hover', async () => {
    renderTable();
    const adjusted = screen.getByText(/蓝名单（调整）/);
    fireEvent.mouseEnter(adjusted);
    expect(await screen.findByText('经复核存在失信记录')).toBeInTheDocument();
  });

  it('sorts by total when the column header is clicked', async () => {
    renderTable();
    await userEvent.click(screen.getAllByText('总分')[0] as HTMLElement);
    expect(names()).toEqual(['市林草局', '市财政局', '市卫健委', '市教体局']);
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

  it('pages through thousands of units', () => {
    const many = Array.from({ length: 2500 }, (_, i) => row(`单位${i + 1}`, i + 1, String(100 - i / 100), 'BLUE'));
    renderTable({ rows: many });
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('共 2500 个单位')).toBeInTheDocument();
  });
});
