import { useQuery } from '@apollo/client/react';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UnitFilter } from '../../../generated/graphql';
import { CursorPager } from '../../common/components/CursorPager';
import { QueryError } from '../../common/components/QueryError';
import type { CursorPages } from '../../common/hooks/useCursorPages';
import { UNIT_KIND_LABELS, unitClassLabel } from '../../common/utils/labels';
import { UNITS } from '../graphql/queries/unitsQuery';
import type { EditedUnit } from './UnitFormDrawer';

const PAGE_SIZE = 20;

export function UnitTable({ filter, pages, canEdit, onEdit }: { filter: UnitFilter; pages: CursorPages; canEdit: boolean; onEdit: (unit: EditedUnit) => void }) {
  const { data, loading, error, refetch } = useQuery(UNITS, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const columns: ColumnsType<EditedUnit> = [
    { title: '单位编码', dataIndex: 'code', width: 100 },
    { title: '单位名称', dataIndex: 'name' },
    { title: '类型', key: 'kind', width: 90, render: (_, u) => UNIT_KIND_LABELS[u.kind] },
    { title: '上级单位', key: 'parent', width: 110, ellipsis: true, render: (_, u) => u.parent?.name ?? '—' },
    { title: '统一社会信用代码', key: 'uscc', width: 170, render: (_, u) => u.uscc ?? <Typography.Text type="secondary">未填写</Typography.Text> },
    {
      title: '分类标签',
      key: 'classes',
      width: 210,
      render: (_, u) =>
        u.classes.length ? (
          <Flex gap={4} wrap>
            {u.classes.map((c) => (
              <Tooltip key={c} title={c}>
                <Tag style={{ marginInlineEnd: 0 }}>{unitClassLabel(c)}</Tag>
              </Tooltip>
            ))}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      fixed: 'right',
      render: (_, u) =>
        canEdit ? (
          <Button type="link" size="small" onClick={() => onEdit(u)}>
            编辑
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<EditedUnit> rowKey="id" size="middle" columns={columns} dataSource={data?.units.nodes ?? []} loading={loading} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: '没有符合条件的单位' }} />
      <CursorPager pages={pages} pageSize={PAGE_SIZE} totalCount={data?.units.totalCount} hasNextPage={data?.units.pageInfo.hasNextPage} endCursor={data?.units.pageInfo.endCursor} />
    </>
  );
}
