import { GradeTag, HoverTooltip, PlainText, type PlainTextTone } from '@govtrust/ui';
import { Button, Table, Tag } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SortOrder } from 'antd/es/table/interface';
import { memo, useMemo } from 'react';
import type { RankingSort, ScoreGrade } from '../../../generated/graphql';
import { tiedRanks, type RankingRow } from '../utils/rankingRows';
import { PAGE_SIZES, type RankingView } from '../utils/rankingView';
import { useMinWidth } from '../../common/hooks/useMinWidth';
import { RankingChange } from './RankingChange';

export interface RankingTableProps {
  /** the page the API returned, already in the order asked */
  rows: RankingRow[];
  /** units matching the filters, over all pages */
  total: number;
  view: RankingView;
  onView: (change: Partial<RankingView>) => void;
  loading: boolean;
  /** shows 等级调整 on each row */
  canOverride: boolean;
  onOpen: (row: RankingRow) => void;
  onOverride: (row: RankingRow) => void;
}

const GRADE_FILTERS = [
  { text: '红名单', value: 'RED' },
  { text: '蓝名单', value: 'BLUE' },
  { text: '黄名单', value: 'YELLOW' },
];

/** Column key → the API's order; the table only shows the order, the API sorts. */
const SORT_OF: Record<string, RankingSort> = {
  rank: 'RANK',
  unit: 'UNIT_NAME',
  total: 'TOTAL',
  points: 'POINTS_CHANGE',
  change: 'RANK_CHANGE',
};

// Space's look (inline, centred, 4px apart) without its per-child wrappers: cells are drawn 20–100 times a page
const INLINE: React.CSSProperties = { display: 'inline-flex', alignItems: 'center' };
const INLINE_GAP_4: React.CSSProperties = { ...INLINE, gap: 4 };

/** From this window width the columns fit beside the menu without scrolling. */
const WIDE_PX = 1280;
const NARROW_SCROLL = { x: 980 };

/** A cell shows only its own row: it is drawn again when the API sends that row anew, not on every change of the page around it. */
const rowChanged = (row: RankingRow, previous: RankingRow) => row !== previous;

/**
 * 名次 with ties (1、2、2、4), total, grade, change vs the previous period. Sorting, the grade
 * filter and paging are the API's (thousands of units); the table reports what was clicked.
 */
export const RankingTable = memo(function RankingTable({
  rows,
  total,
  view,
  onView,
  loading,
  canOverride,
  onOpen,
  onOverride,
}: RankingTableProps) {
  const ties = useMemo(() => tiedRanks(rows), [rows]);
  const wide = useMinWidth(WIDE_PX);
  const { sortBy, descending, grade } = view;
  const columns = useMemo<ColumnsType<RankingRow>>(() => {
    const order = (key: string): SortOrder =>
      SORT_OF[key] === sortBy ? (descending ? 'descend' : 'ascend') : null;
    return [
      {
        title: '名次',
        key: 'rank',
        width: 96,
        sorter: true,
        sortOrder: order('rank'),
        render: (_, row) =>
          row.rank == null ? (
            <PlainText tone="secondary">—</PlainText>
          ) : (
            <span style={INLINE_GAP_4}>
              <PlainText strong data-testid="rank">
                {row.rank}
              </PlainText>
              {ties.has(row.rank) ? <Tag bordered={false}>并列</Tag> : null}
            </span>
          ),
      },
      {
        title: '单位名称',
        key: 'unit',
        sorter: true,
        sortOrder: order('unit'),
        shouldCellUpdate: rowChanged,
        render: (_, row) => (
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(row)}>
            {row.unitName}
          </Button>
        ),
      },
      {
        title: '总分',
        key: 'total',
        width: 190,
        align: 'right',
        sorter: true,
        sortOrder: order('total'),
        shouldCellUpdate: rowChanged,
        render: (_, row) => (
          <span>
            <PlainText strong data-testid="total">
              {row.total}
            </PlainText>
            <PlainText tone="secondary"> / {row.maxTotal}</PlainText>
            {row.provisional ? (
              <Tag color="processing" bordered={false} style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                暂定
              </Tag>
            ) : null}
          </span>
        ),
      },
      {
        title: '等级',
        key: 'grade',
        width: 130,
        filters: GRADE_FILTERS,
        filterMultiple: false,
        filteredValue: grade ? [grade] : null,
        shouldCellUpdate: rowChanged,
        render: (_, row) => <GradeTag grade={row.grade} overrideReason={row.gradeOverride?.reason} />,
      },
      {
        title: '较上期',
        key: 'points',
        width: 110,
        align: 'right',
        sorter: true,
        sortOrder: order('points'),
        shouldCellUpdate: rowChanged,
        render: (_, row) => <PointsChange row={row} />,
      },
      {
        title: '名次变化',
        key: 'change',
        width: 120,
        sorter: true,
        sortOrder: order('change'),
        shouldCellUpdate: rowChanged,
        render: (_, row) => <RankingChange row={row} />,
      },
      {
        title: '操作',
        key: 'actions',
        width: canOverride ? 170 : 90,
        fixed: wide ? undefined : 'right',
        // canOverride is not part of the row: the table is keyed by it below
        shouldCellUpdate: rowChanged,
        render: (_, row) => (
          <span style={INLINE}>
            <Button type="link" size="small" onClick={() => onOpen(row)}>
              得分卡
            </Button>
            {canOverride ? (
              <Button type="link" size="small" onClick={() => onOverride(row)}>
                等级调整
              </Button>
            ) : null}
          </span>
        ),
      },
    ];
  }, [sortBy, descending, grade, ties, canOverride, onOpen, onOverride, wide]);

  const onChange: TableProps<RankingRow>['onChange'] = (pagination, filters, sorter, { action }) => {
    if (action === 'paginate') {
      onView({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? view.pageSize });
    } else if (action === 'sort') {
      const sort = Array.isArray(sorter) ? sorter[0] : sorter;
      const sortBy = sort?.order ? SORT_OF[String(sort.columnKey)] : undefined;
      // a third click clears the column's order: back to the ranking's own order
      onView(
        sortBy ? { sortBy, descending: sort?.order === 'descend' } : { sortBy: 'RANK', descending: false },
      );
    } else if (action === 'filter') {
      onView({ grade: (filters.grade?.[0] as ScoreGrade | undefined) ?? null });
    }
  };

  return (
    <Table<RankingRow>
      key={canOverride ? 'override' : 'view'}
      rowKey="unitId"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      // a wide window shows every column: no scroll container, whose width checks after each new
      // page cost a second style and layout pass; a narrow one scrolls with 操作 kept in view
      scroll={wide ? undefined : NARROW_SCROLL}
      onChange={onChange}
      // the 点击升序 hint on the sort arrows only, not over the whole header a click lands on
      showSorterTooltip={{ target: 'sorter-icon' }}
      pagination={{
        current: view.page,
        pageSize: view.pageSize,
        total,
        showSizeChanger: true,
        showQuickJumper: true,
        pageSizeOptions: [...PAGE_SIZES],
        showTotal: (count) => `共 ${count} 个单位`,
      }}
      onRow={(row) =>
        ({ onDoubleClick: () => onOpen(row), 'data-unit': row.unitName }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{
        emptyText: view.search || view.grade ? '没有符合条件的单位' : '本期暂无得分，可先“重新计算”',
      }}
    />
  );
});

/** 较上期: points gained or lost since the previous period of the same kind, its total on hover. */
function PointsChange({ row }: { row: RankingRow }) {
  if (row.pointsChange == null) return <PlainText tone="secondary">—</PlainText>;
  // the API signs a gain (+8) and a loss (-7); 0 is no change
  const direction: PlainTextTone = row.pointsChange.startsWith('+')
    ? 'success'
    : row.pointsChange.startsWith('-')
      ? 'danger'
      : 'secondary';
  return (
    <HoverTooltip title={row.previousTotal ? `上期 ${row.previousTotal} 分` : undefined}>
      <PlainText tone={direction} data-points-change={row.pointsChange}>
        {row.pointsChange}
      </PlainText>
    </HoverTooltip>
  );
}
