import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useShowError } from '../../common/hooks/useShowError';
import { formatDateTime } from '../../common/utils/format';
import { PERIOD_KIND_LABELS, PERIOD_STATUS_COLORS, PERIOD_STATUS_LABELS } from '../../common/utils/labels';
import { CLOSE_PERIOD } from '../graphql/mutations/closePeriodMutation';
import { OPEN_PERIOD } from '../graphql/mutations/openPeriodMutation';
import type { Cycle, CyclePeriod } from '../utils/currentPeriod';

const KIND_ORDER = { QUARTER: 1, MONTH: 0, YEAR: 2, CUMULATIVE: 3 } as const;

/** A cycle's periods with 开放/关闭 (confirmed: closing locks every unit's data of the period). */
export function PeriodTable({ cycle, onExceptions }: { cycle: Cycle; onExceptions: (period: CyclePeriod) => void }) {
  const [openPeriod, opening] = useMutation(OPEN_PERIOD);
  const [closePeriod, closing] = useMutation(CLOSE_PERIOD);
  const { message } = App.useApp();
  const showError = useShowError();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      showError(error);
    }
  };

  const columns: ColumnsType<CyclePeriod> = [
    { title: '期次', dataIndex: 'label', width: 160 },
    { title: '类型', key: 'kind', width: 90, render: (_, p) => PERIOD_KIND_LABELS[p.kind] },
    { title: '状态', key: 'status', width: 100, render: (_, p) => <Tag color={PERIOD_STATUS_COLORS[p.status]}>{PERIOD_STATUS_LABELS[p.status]}</Tag> },
    { title: '开放时间', key: 'openedAt', width: 160, render: (_, p) => formatDateTime(p.openedAt) },
    { title: '关闭时间', key: 'closedAt', width: 160, render: (_, p) => formatDateTime(p.closedAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, p) => (
        <Space size={4}>
          {p.status === 'OPEN' ? (
            <Popconfirm
              title={`关闭“${p.label}”？`}
              description="关闭后各单位不能再填报或修改本期数据（可单独批准补报）。"
              okText="关闭期次"
              cancelText="取消"
              okButtonProps={{ danger: true, loading: closing.loading }}
              onConfirm={() => run(() => closePeriod({ variables: { id: p.id } }), `${p.label}已关闭`)}
            >
              <Button type="link" size="small" danger>
                关闭
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={`${p.status === 'CLOSED' ? '重新开放' : '开放'}“${p.label}”？`}
              description="开放后各单位即可填报本期数据。"
              okText="开放期次"
              cancelText="取消"
              okButtonProps={{ loading: opening.loading }}
              onConfirm={() => run(() => openPeriod({ variables: { id: p.id } }), `${p.label}已开放填报`)}
            >
              <Button type="link" size="small">
                {p.status === 'CLOSED' ? '重新开放' : '开放'}
              </Button>
            </Popconfirm>
          )}
          <Button type="link" size="small" onClick={() => onExceptions(p)}>
            补报许可
          </Button>
        </Space>
      ),
    },
  ];
  const periods = [...cycle.periods].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.index - b.index);
  return <Table<CyclePeriod> rowKey="id" size="small" columns={columns} dataSource={periods} pagination={false} />;
}
