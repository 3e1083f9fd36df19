import { useQuery } from '@apollo/client/react';
import { validateValues, type InputField } from '@govtrust/indicators';
import { InputFieldsForm } from '@govtrust/ui';
import { Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { QueryError } from '../../common/components/QueryError';
import { formatDateTime } from '../../common/utils/format';
import type { Cycle } from '../../periods/utils/currentPeriod';
import { MONITORING_FIELDS } from '../graphql/queries/monitoringFieldsQuery';
import { useMonitoringEntry } from '../hooks/useMonitoringEntry';

export interface MonitoringFormProps {
  cycle: Cycle;
  periodId: string;
  unitId: string;
  unitName: string;
  readOnly: boolean;
}

function useFields(cycle: Cycle): { fields: InputField[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(MONITORING_FIELDS, { variables: { cycleId: cycle.id } });
  return useMemo(() => ({ fields: (data?.monitoringFields as InputField[] | undefined) ?? [], loading, error }), [data, loading, error]);
}

/** The monitored fields of one unit for one period, saved with the entry's version. */
export function MonitoringForm({ cycle, periodId, unitId, unitName, readOnly }: MonitoringFormProps) {
  const source = useFields(cycle);
  const fieldKeys = useMemo(() => source.fields.map((f) => f.key), [source.fields]);
  const entry = useMonitoringEntry(periodId, unitId, fieldKeys);
  const blocking = useMemo(() => validateValues(source.fields, entry.values).filter((p) => p.code !== 'REQUIRED'), [source.fields, entry.values]);

  if (source.error) return <QueryError error={source.error} />;
  if (entry.error) return <QueryError error={entry.error} onRetry={() => void entry.refetch()} />;
  if (source.loading || entry.loading) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
  if (source.fields.length === 0) return <Empty description="该考核周期的指标体系没有需要录入的监测项" />;

  return (
    <Card
      size="small"
      title={`${unitName} · 监测数据`}
      extra={
        <Typography.Text type="secondary" data-testid="monitoring-entry-version">
          {entry.entry ? `最后保存 ${formatDateTime(entry.entry.updatedAt)}（版本 ${entry.entry.version}）` : '尚未录入'}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">
        共 {source.fields.length} 个监测项（数据来源为平台统计、大数据监测、月调度系统、其他部门，或任务清单未收集的填报项）。可只填部分，留空的不保存。
      </Typography.Paragraph>
      {/* a form of numbers reads badly at full screen width */}
      <div style={{ maxWidth: 880 }}>
        <InputFieldsForm key={`${periodId}-${unitId}-${entry.entry?.version ?? 0}`} idPrefix="monitoring" fields={source.fields} value={entry.values} onChange={(next) => entry.change(next)} disabled={readOnly} />
      </div>
      {readOnly ? null : (
        <Space>
          {blocking.length > 0 ? <Typography.Text type="danger">有 {blocking.length} 处数据有误，请修改后保存</Typography.Text> : null}
          <Button type="primary" disabled={!entry.dirty || blocking.length > 0} loading={entry.saving} onClick={() => void entry.save()}>
            保存监测数据
          </Button>
        </Space>
      )}
    </Card>
  );
}
