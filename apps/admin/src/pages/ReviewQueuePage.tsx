import { useQuery } from '@apollo/client/react';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import type { SubmissionFilter } from '../generated/graphql';
import { CursorPager } from '../modules/common/components/CursorPager';
import { PageHeader } from '../modules/common/components/PageHeader';
import { QueryError } from '../modules/common/components/QueryError';
import { useCursorPages } from '../modules/common/hooks/useCursorPages';
import { BulkApproveBar } from '../modules/review/components/BulkApproveBar';
import { ReviewDrawer } from '../modules/review/components/ReviewDrawer';
import { ReviewFilters } from '../modules/review/components/ReviewFilters';
import { ReviewTable } from '../modules/review/components/ReviewTable';
import { REVIEW_QUEUE } from '../modules/review/graphql/queries/reviewQueueQuery';
import { useReviewActions } from '../modules/review/hooks/useReviewActions';

const PAGE_SIZE = 20;

export default function ReviewQueuePage() {
  const [filter, setFilter] = useState<SubmissionFilter>({});
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const [openId, setOpenId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [bulkBusy, setBulkBusy] = useState(false);
  const actions = useReviewActions();
  const { message } = App.useApp();
  const rows = data?.submissions.nodes ?? [];

  const changeFilter = (next: SubmissionFilter) => {
    setFilter(next);
    setSelectedIds([]);
    pages.reset();
  };

  const approveSelected = async () => {
    setBulkBusy(true);
    let approved = 0;
    // one by one, each with the version shown in its row: a row someone else changed fails alone
    for (const row of rows.filter((r) => selectedIds.includes(r.id))) {
      if (await actions.approve({ id: row.id, version: row.version }, true)) approved += 1;
    }
    setBulkBusy(false);
    setSelectedIds([]);
    if (approved > 0) void message.success(`已批量通过 ${approved} 项`);
  };

  return (
    <>
      <PageHeader
        title="审核队列"
        description="单位报送的填报在此审核：核对填报值与佐证材料后通过，或写明原因退回。"
        extra={<Button onClick={() => void refetch()}>刷新</Button>}
      />
      <Card>
        <ReviewFilters value={filter} onChange={changeFilter} />
        {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
        <ReviewTable rows={rows} loading={loading} selectedIds={selectedIds} onSelect={setSelectedIds} onOpen={setOpenId} />
        <CursorPager
          pages={pages}
          pageSize={PAGE_SIZE}
          totalCount={data?.submissions.totalCount}
          hasNextPage={data?.submissions.pageInfo.hasNextPage}
          endCursor={data?.submissions.pageInfo.endCursor}
        />
      </Card>
      <BulkApproveBar count={selectedIds.length} loading={bulkBusy} onApprove={() => void approveSelected()} onClear={() => setSelectedIds([])} />
      <ReviewDrawer submissionId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
