import { Flex, Select, Space, Typography } from 'antd';
import type { WarningFilter, WarningKind, WarningStatus } from '../../../generated/graphql';
import type { Cycle } from '../../periods/utils/currentPeriod';
import { periodOptions } from '../../periods/utils/currentPeriod';
import { UnitSelect } from '../../units/components/UnitSelect';
import { WARNING_KIND_LABELS, WARNING_STATUS_LABELS } from '../utils/warningLabels';

export interface WarningFiltersProps {
  cycles: readonly Cycle[];
  value: WarningFilter;
  onChange: (next: WarningFilter) => void;
}

const label = (text: string) => <Typography.Text>{text}</Typography.Text>;

export function WarningFilters({ cycles, value, onChange }: WarningFiltersProps) {
  return (
    <Flex gap={16} wrap style={{ marginBottom: 16 }}>
      <Space>
        {label('期次')}
        <Select aria-label="期次" allowClear placeholder="全部期次" style={{ width: 220 }} options={periodOptions(cycles)} value={value.periodId ?? undefined} onChange={(periodId?: string) => onChange({ ...value, periodId })} />
      </Space>
      <Space>
        {label('单位')}
        <UnitSelect
          aria-label="单位"
          allowClear
          placeholder="全部单位"
          style={{ width: 220 }}
          popupMatchSelectWidth={320}
          value={value.unitId}
          onChange={(unitId) => onChange({ ...value, unitId })}
        />
      </Space>
      <Space>
        {label('类型')}
        <Select<WarningKind | undefined>
          aria-label="预警类型"
          allowClear
          placeholder="全部类型"
          style={{ width: 170 }}
          options={(Object.keys(WARNING_KIND_LABELS) as WarningKind[]).map((k) => ({ value: k, label: WARNING_KIND_LABELS[k] }))}
          value={value.kind ?? undefined}
          onChange={(kind) => onChange({ ...value, kind })}
        />
      </Space>
      <Space>
        {label('状态')}
        <Select<WarningStatus | undefined>
          aria-label="处理状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 130 }}
          options={(Object.keys(WARNING_STATUS_LABELS) as WarningStatus[]).map((s) => ({ value: s, label: WARNING_STATUS_LABELS[s] }))}
          value={value.status ?? undefined}
          onChange={(status) => onChange({ ...value, status })}
        />
      </Space>
    </Flex>
  );
}
