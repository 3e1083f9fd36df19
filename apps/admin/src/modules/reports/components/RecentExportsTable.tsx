import { useQuery } from '@apollo/client/react';
import { Table, Tag } from 'antd';
import { useEffect } from 'react';
import type { ExportJobFieldsFragment } from '../../../generated/graphql';
import { QueryError } from '../../common/components/QueryError';
import { formatDateTime } from '../../common/utils/format';
import { MY_EXPORT_JOBS } from '../graphql/queries/myExportJobsQuery';
import { EXPORT_KIND_TITLES, isFinished } from '../utils/exportKinds';
import { ExportJobStatus } from './ExportJobStatus';

export interface RecentExportsTableProps {
  periodLabel: (periodId: string) => string;
  /** bumped by the page whenever one of its exports finishes */
  refreshKey: number;
}

/** 最近导出: the user's last exports, still downloadable; polled while any is running. */
export function RecentExportsTable({ periodLabel, refreshKey }: RecentExportsTableProps) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MY_EXPORT_JOBS, { variables: { first: 20 } });
  const jobs = data?.myExportJobs ?? [];
  const anyRunning = jobs.some((j) => !isFinished(j.status));

  useEffect(() => {
    void refetch();
  }, [refreshKey, refetch]);

  useEffect(() => {
    if (!anyRunning) return undefined;
    startPolling(1500);
    return () => stopPolling();
  }, [anyRunning, startPolling, stopPolling]);

  return (
    <>
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      <Table<ExportJobFieldsFragment>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        dataSource={jobs}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '还没有导出记录' }}
        columns={[
          { title: '内容', key: 'kind', width: 150, render: (_, j) => EXPORT_KIND_TITLES[j.kind] },
          { title: '期次', key: 'period', width: 150, render: (_, j) => periodLabel(j.periodId) },
          { title: '结果', key: 'provisional', width: 100, render: (_, j) => (j.provisional ? <Tag color="processing">初步结果</Tag> : <Tag>已发布/实时</Tag>) },
          { title: '发起时间', key: 'createdAt', width: 150, render: (_, j) => formatDateTime(j.createdAt) },
          { title: '状态', key: 'status', render: (_, j) => <ExportJobStatus job={j} /> },
        ]}
      />
    </>
  );
}
