import { useQuery } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useAccess } from '../modules/auth/hooks/useSession';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { ImportPresetModal } from '../modules/indicator-systems/components/ImportPresetModal';
import { SystemListTable } from '../modules/indicator-systems/components/SystemListTable';
import { INDICATOR_SYSTEMS } from '../modules/indicator-systems/graphql/queries/indicatorSystemsQuery';

export default function IndicatorSystemListPage() {
  const canEdit = useAccess().canConfigureSystems;
  const { data, loading, error, refetch } = useQuery(INDICATOR_SYSTEMS, { fetchPolicy: 'cache-and-network' });
  const [importing, setImporting] = useState(false);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <PageHeader
        title="指标体系"
        description="平台保存的指标体系及其最新版本；草稿可编辑，发布后不可修改，再次修改将生成下一版草稿。"
        extra={
          canEdit ? (
            <Button type="primary" onClick={() => setImporting(true)}>
              从预置体系导入
            </Button>
          ) : null
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <SystemListTable systems={data?.indicatorSystems ?? []} loading={loading && !data} />
      <ImportPresetModal open={importing} onClose={() => setImporting(false)} onImported={() => void refetch()} />
    </Space>
  );
}
