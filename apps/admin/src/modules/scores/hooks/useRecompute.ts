import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { createElement, useEffect, useRef, useState } from 'react';
import type { RecomputeJobFieldsFragment } from '../../../generated/graphql';
import { usePollWhileRunning } from '../../common/hooks/usePollWhileRunning';
import { useShowError } from '../../common/hooks/useShowError';
import { RecomputeJobProgress } from '../../reports/components/RecomputeJobProgress';
import { isFinished, newIdempotencyKey } from '../../reports/utils/exportKinds';
import { recomputeSummary } from '../../reports/utils/recomputeSteps';
import { START_RECOMPUTE } from '../graphql/mutations/startRecomputeMutation';
import { RECOMPUTE_JOB } from '../graphql/queries/recomputeJobQuery';

const POLL_MS = 700;

/**
 * 重新计算: starts a background recompute of the period (history is kept by the API) and follows it in
 * a notification with its steps and bar until it is done; then `onDone` refreshes the page. The
 * button stays busy meanwhile; a click while the start is on its way is ignored, and the start carries
 * an idempotency key, so a retried request answers with the same job.
 */
export function useRecompute(onDone: () => void) {
  // the job as the start answered (QUEUED, shown at once), until the first poll answers
  const [started, setStarted] = useState<RecomputeJobFieldsFragment | null>(null);
  const jobId = started?.id ?? null;
  const [start, { loading: starting }] = useMutation(START_RECOMPUTE);
  const showError = useShowError();
  const { notification } = App.useApp();
  const polled = useQuery(RECOMPUTE_JOB, { variables: { id: jobId ?? '' }, skip: !jobId, fetchPolicy: 'network-only' });
  const job = jobId && polled.data?.recomputeJob.id === jobId ? polled.data.recomputeJob : started;
  const finished = isFinished(job?.status);
  usePollWhileRunning(polled, Boolean(jobId) && !finished, POLL_MS);

  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!job) return;
    const key = `recompute-${job.id}`;
    const description = createElement(RecomputeJobProgress, { job });
    if (job.status === 'SUCCEEDED') {
      notification.success({ key, title: '重新计算完成', description: recomputeSummary(job), duration: 4 });
      done.current();
    } else if (job.status === 'FAILED') {
      notification.error({ key, title: '重新计算失败', description, duration: 0 });
    } else {
      notification.open({ key, title: '正在重新计算', description, duration: 0 });
    }
  }, [job, notification]);

  // a poll that cannot reach the API ends the wait with the shared Chinese message
  useEffect(() => {
    if (!polled.error) return;
    showError(polled.error);
    setStarted(null);
  }, [polled.error, showError]);

  const pending = useRef<string | null>(null);
  const run = async (periodId: string) => {
    if (pending.current) return;
    pending.current = newIdempotencyKey();
    try {
      const { data } = await start({ variables: { periodId, idempotencyKey: pending.current } });
      if (data) setStarted(data.startRecompute);
    } catch (error) {
      showError(error);
    } finally {
      pending.current = null;
    }
  };
  return { run, loading: starting || (Boolean(jobId) && !finished), job };
}
