import { Card, Col, Empty, Form, Row, Select, Space, Spin } from 'antd';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useAccess } from '../modules/auth/hooks/useSession';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { DualPublicityImportCard } from '../modules/monitoring/components/DualPublicityImportCard';
import { MonitoringForm } from '../modules/monitoring/components/MonitoringForm';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { UnitSelect } from '../modules/units/components/UnitSelect';
import { UNIT_LABEL } from '../modules/units/graphql/queries/unitLabelQuery';

/** 监测数据录入: cycle → period → unit, then that unit's monitored values. The picks live in the URL. */
export default function MonitoringEntryPage() {
  const canEnter = useAccess().canEnterMonitoringData;
  const { cycles, loading, error, refetch, current } = useCycles();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle') ?? current?.cycleId ?? cycles[0]?.id;
  const cycle = cycles.find((c) => c.id === cycleId);
  const periodId = params.get('period') ?? (current && current.cycleId === cycleId ? current.id : undefined);
  const unitId = params.get('unit') ?? undefined;
  const label = useQuery(UNIT_LABEL, { variables: { id: unitId ?? '' }, skip: !unitId });
  const unitName = label.data && label.data.unit.id === unitId ? label.data.unit.name : '';
  const pick = (next: Record<string, string | undefined>) => {
    const merged = { cycle: cycleId, period: periodId, unit: unitId, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => typeof e[1] === 'string')), { replace: true });
  };
  const periodOptions = useMemo(() => (cycle ? cycle.periods.map((p) => ({ value: p.id, label: p.label })) : []), [cycle]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <PageHeader title="监测数据录入" description="录入无单位报送的监测数据（大数据监测、平台统计、法院记录等），保存后立即重新计分。" />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Card size="small">
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="考核周期" htmlFor="monitoring-cycle">
                <Select id="monitoring-cycle" loading={loading} value={cycleId} options={cycles.map((c) => ({ value: c.id, label: c.name }))} onChange={(id: string) => pick({ cycle: id, period: undefined })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="期次" htmlFor="monitoring-period">
                <Select id="monitoring-period" showSearch={{ optionFilterProp: 'label' }} placeholder="请选择期次" value={periodId} options={periodOptions} onChange={(id: string) => pick({ period: id })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="单位" htmlFor="monitoring-unit">
                <UnitSelect id="monitoring-unit" placeholder="输入名称或编码查找单位" value={unitId} onChange={(id) => pick({ unit: id })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {cycle && canEnter ? (
        <DualPublicityImportCard
          periodOptions={periodOptions}
          periodId={periodId}
          // the values shown below may be among those just imported
          onImported={() => void client.refetchQueries({ include: ['MonitoringEntry'] })}
        />
      ) : null}
      {loading && !cycle ? <Spin /> : null}
      {cycle && periodId && unitId ? (
        <MonitoringForm cycle={cycle} periodId={periodId} unitId={unitId} unitName={unitName} readOnly={!canEnter} />
      ) : (
        <Empty description="请选择期次和单位" />
      )}
    </Space>
  );
}
