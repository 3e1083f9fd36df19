import type { PeriodKind, UnitKind } from '@govtrust/indicators';
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { IndicatorSystemsQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../common/utils/format';
import { PERIOD_KIND_LABELS, unitKindsText } from '../utils/labels';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/statusLabels';

type SystemRow = IndicatorSystemsQuery['indicatorSystems'][number];

/** Each stored system's newest version: status, version and when it was last saved. */
export function SystemListTable({ systems, loading }: { systems: readonly SystemRow[]; loading: boolean }) {
  return (
    <Table<SystemRow>
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={[...systems]}
      data-testid="indicator-system-table"
      locale={{ emptyText: '尚无指标体系，可从预置体系导入' }}
      columns={[
        {
          title: '指标体系',
          dataIndex: 'name',
          render: (name: string, row) => (
            <>
              <Link to={`/indicator-systems/${encodeURIComponent(row.systemKey)}`}>{name}</Link>
              <div>
                <Typography.Text type="secondary">{row.systemKey}</Typography.Text>
              </div>
            </>
          ),
        },
        { title: '最新版本', dataIndex: 'systemVersion', width: 100, render: (v: number) => `第 ${v} 版` },
        { title: '状态', dataIndex: 'status', width: 100, render: (s: SystemRow['status']) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s]}</Tag> },
        { title: '评价对象', dataIndex: 'unitKinds', width: 180, render: (kinds: string[]) => unitKindsText(kinds as UnitKind[]) },
        { title: '周期', dataIndex: 'periodKind', width: 80, render: (kind: string) => PERIOD_KIND_LABELS[kind as PeriodKind] ?? kind },
        { title: '最后保存', dataIndex: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
      ]}
    />
  );
}
