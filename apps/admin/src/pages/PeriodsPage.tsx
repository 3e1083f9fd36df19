import { Card, Descriptions, Empty, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { CYCLE_STATUS_LABELS } from '../modules/common/utils/labels';
import { CalendarOverridePanel } from '../modules/periods/components/CalendarOverridePanel';
import { LockExceptionPanel } from '../modules/periods/components/LockExceptionPanel';
import { PeriodTable } from '../modules/periods/components/PeriodTable';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { periodOptions } from '../modules/periods/utils/currentPeriod';

export default function PeriodsPage() {
  const { cycles, current, loading, error, refetch } = useCycles();
  const [cycleId, setCycleId] = useState<string>();
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles.find((c) => c.id === current?.cycleId) ?? cycles[0];
  const [tab, setTab] = useState('periods');
  const [exceptionPeriodId, setExceptionPeriodId] = useState<string>();
  const exceptionPeriod = cycle?.periods.find((p) => p.id === exceptionPeriodId) ?? (current?.cycleId === cycle?.id ? current : cycle?.periods[0]);

  return (
    <>
      <PageHeader
        title="期次管理"
        description="开放或关闭各期填报，批准补报，维护工作日历。"
        extra={
          <Space>
            <Typography.Text>考核周期</Typography.Text>
            <Select aria-label="考核周期" style={{ width: 320 }} value={cycle?.id} options={cycles.map((c) => ({ value: c.id, label: c.name }))} onChange={(id: string) => setCycleId(id)} />
          </Space>
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!cycle ? (
        <Card loading={loading}>
          <Empty description="尚未建立考核周期" />
        </Card>
      ) : (
        <Card>
          <Descriptions
            size="small"
            column={4}
            style={{ marginBottom: 8 }}
            items={[
              { key: 'year', label: '年度', children: `${cycle.year}年` },
              { key: 'status', label: '状态', children: <Tag color={cycle.status === 'ACTIVE' ? 'processing' : 'default'}>{CYCLE_STATUS_LABELS[cycle.status]}</Tag> },
              { key: 'system', label: '指标体系', children: `${cycle.systemKey}（第${cycle.systemVersion}版）` },
              { key: 'signoff', label: '单位负责人审核', children: cycle.requiresApproverSignOff ? '需要' : '不需要' },
            ]}
          />
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'periods',
                label: '期次',
                children: (
                  <PeriodTable
                    cycle={cycle}
                    onExceptions={(p) => {
                      setExceptionPeriodId(p.id);
                      setTab('exceptions');
                    }}
                  />
                ),
              },
              {
                key: 'exceptions',
                label: '补报许可',
                children: exceptionPeriod ? (
                  <>
                    <Space style={{ marginBottom: 12 }}>
                      <Typography.Text>期次</Typography.Text>
                      <Select aria-label="补报期次" style={{ width: 200 }} value={exceptionPeriod.id} options={periodOptions([cycle])[0]?.options} onChange={(id: string) => setExceptionPeriodId(id)} />
                    </Space>
                    <LockExceptionPanel periodId={exceptionPeriod.id} periodLabel={exceptionPeriod.label} />
                  </>
                ) : (
                  <Empty />
                ),
              },
              { key: 'calendar', label: '工作日历', children: <CalendarOverridePanel defaultYear={cycle.year} /> },
            ]}
          />
        </Card>
      )}
    </>
  );
}
