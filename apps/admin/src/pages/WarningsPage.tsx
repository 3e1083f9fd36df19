import { ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import type { WarningFilter } from '../generated/graphql';
import { useAccess } from '../modules/auth/hooks/useSession';
import { CursorPager } from '../modules/common/components/CursorPager';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCursorPages } from '../modules/common/hooks/useCursorPages';
import { useCycles } from '../modules/periods/hooks/useCycles';
import { cycleOfPeriod } from '../modules/periods/utils/currentPeriod';
import { AcknowledgeWarningModal } from '../modules/warnings/components/AcknowledgeWarningModal';
import { WarningFilters } from '../modules/warnings/components/WarningFilters';
import { WarningRulesPanel } from '../modules/warnings/components/WarningRulesPanel';
import { WarningTable, type WarningRow } from '../modules/warnings/components/WarningTable';
import { WARNINGS } from '../modules/warnings/graphql/queries/warningsQuery';
import { useEvaluateWarnings } from '../modules/warnings/hooks/useEvaluateWarnings';

const PAGE_SIZE = 20;

export default function WarningsPage() {
  const access = useAccess();
  const { cycles } = useCycles();
  const [filter, setFilter] = useState<WarningFilter>({ status: 'OPEN' });
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(WARNINGS, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const [acknowledging, setAcknowledging] = useState<WarningRow | null>(null);
  const evaluate = useEvaluateWarnings(() => void refetch());
  const period = cycleOfPeriod(cycles, filter.periodId ?? undefined)?.periods.find((p) => p.id === filter.periodId);

  const changeFilter = (next: WarningFilter) => {
    setFilter(next);
    pages.reset();
  };

  return (
    <>
      <PageHeader
        title="预警"
        description="逾期未报、退回未改、得分偏低等情况按预警规则每日自动发现；确认时请写明处理情况。"
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              刷新
            </Button>
            {access.canComputeScores ? (
              <Button
                icon={<ThunderboltOutlined />}
                loading={evaluate.loading}
                disabled={!period}
                title={period ? undefined : '请先在筛选中选择期次'}
                onClick={() => period && void evaluate.run(period.id, period.label)}
              >
                立即评估
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'warnings',
              label: '预警列表',
              children: (
                <>
                  <WarningFilters cycles={cycles} value={filter} onChange={changeFilter} />
                  {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
                  <WarningTable rows={data?.warnings.nodes ?? []} loading={loading} onAcknowledge={setAcknowledging} />
                  <CursorPager pages={pages} pageSize={PAGE_SIZE} totalCount={data?.warnings.totalCount} hasNextPage={data?.warnings.pageInfo.hasNextPage} endCursor={data?.warnings.pageInfo.endCursor} />
                </>
              ),
            },
            ...(access.canManageWarningRules || access.canViewScores
              ? [{ key: 'rules', label: '预警规则', children: <WarningRulesPanel cycles={cycles} canManage={access.canManageWarningRules} /> }]
              : []),
          ]}
        />
      </Card>
      <AcknowledgeWarningModal warning={acknowledging} onClose={() => setAcknowledging(null)} onAcknowledged={() => void refetch()} />
    </>
  );
}
