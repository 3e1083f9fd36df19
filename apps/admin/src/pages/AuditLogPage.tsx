import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { AuditLogFilter, AuditLogsQuery } from '../generated/graphql';
import { AuditDiffDrawer } from '../modules/audit/components/AuditDiffDrawer';
import { AUDIT_LOGS } from '../modules/audit/graphql/queries/auditLogsQuery';
import { actionLabel, AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, entityLabel } from '../modules/audit/utils/auditLabels';
import { CursorPager } from '../modules/common/components/CursorPager';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCursorPages } from '../modules/common/hooks/useCursorPages';
import { formatDateTime } from '../modules/common/utils/format';
import { ROLE_LABELS } from '../modules/common/utils/labels';
import { UnitSelect } from '../modules/units/components/UnitSelect';

type AuditLog = AuditLogsQuery['auditLogs']['nodes'][number];
const PAGE_SIZE = 20;
const toOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default function AuditLogPage() {
  const pages = useCursorPages();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const { data, loading, error, refetch } = useQuery(AUDIT_LOGS, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const [shown, setShown] = useState<AuditLog | null>(null);
  const change = (patch: Partial<AuditLogFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    pages.reset();
  };

  const columns: ColumnsType<AuditLog> = [
    { title: '时间', key: 'at', width: 150, render: (_, l) => formatDateTime(l.createdAt) },
    { title: '操作人', key: 'actor', width: 170, ellipsis: true, render: (_, l) => (l.actor ? l.actor.displayName : <Typography.Text type="secondary">系统</Typography.Text>) },
    { title: '角色', key: 'role', width: 120, render: (_, l) => (l.actorRole ? ROLE_LABELS[l.actorRole] : '—') },
    { title: '对象', key: 'entity', width: 110, render: (_, l) => entityLabel(l.entity) },
    { title: '操作', key: 'action', width: 130, render: (_, l) => actionLabel(l.action) },
    { title: '涉及单位', key: 'unit', ellipsis: true, render: (_, l) => l.unit?.name ?? '—' },
    { title: 'IP 地址', key: 'ip', width: 130, render: (_, l) => l.ip ?? '—' },
    {
      title: '详情',
      key: 'detail',
      width: 80,
      fixed: 'right',
      render: (_, l) => (
        <Button type="link" size="small" onClick={() => setShown(l)}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="审计日志" description="所有修改操作的记录：谁、何时、对什么做了什么，修改前后的内容。" />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select aria-label="对象" allowClear placeholder="全部对象" style={{ width: 150 }} options={toOptions(AUDIT_ENTITY_LABELS)} onChange={(entity?: string) => change({ entity: entity ?? null })} />
          <Select aria-label="操作" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部操作" style={{ width: 160 }} options={toOptions(AUDIT_ACTION_LABELS)} onChange={(action?: string) => change({ action: action ?? null })} />
          <UnitSelect aria-label="涉及单位" allowClear placeholder="全部单位" style={{ width: 220 }} popupMatchSelectWidth={320} filter={{ includeArchived: true }} value={filter.unitId} onChange={(unitId) => change({ unitId: unitId ?? null })} />
          <DatePicker.RangePicker
            aria-label="时间范围"
            onChange={(range) =>
              change({
                from: range?.[0] ? range[0].startOf('day').toISOString() : null,
                to: range?.[1] ? range[1].add(1, 'day').startOf('day').toISOString() : null,
              })
            }
          />
          <Input.Search aria-label="对象编号" allowClear placeholder="对象编号" style={{ width: 240 }} onSearch={(v) => change({ entityId: v.trim() || null })} />
        </Flex>
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
        <Table<AuditLog> rowKey="id" size="middle" columns={columns} dataSource={data?.auditLogs.nodes ?? []} loading={loading} pagination={false} scroll={{ x: 1000 }} onRow={(l) => ({ onDoubleClick: () => setShown(l) })} />
        <CursorPager pages={pages} pageSize={PAGE_SIZE} totalCount={data?.auditLogs.totalCount} hasNextPage={data?.auditLogs.pageInfo.hasNextPage} endCursor={data?.auditLogs.pageInfo.endCursor} />
      </Card>
      <AuditDiffDrawer log={shown} onClose={() => setShown(null)} />
    </>
  );
}
