import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { ExportKind } from '../../../generated/graphql';
import { usePollWhileRunning } from '../../common/hooks/usePollWhileRunning';
import { useShowError } from '../../common/hooks/useShowError';
import { START_EXPORT } from '../graphql/mutations/startExportMutation';
import { EXPORT_JOB } from '../graphql/queries/exportJobQuery';
import { isFinished, newIdempotencyKey } from '../utils/exportKinds';

const POLL_MS = 800;

/** Starts one kind of export and follows its progress until the file is ready or it failed. */
export function useExportJob(kind: ExportKind, onFinished?: () => void) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [start, { loading: starting }] = useMutation(START_EXPORT);
  const showError = useShowError();
  const polled = useQuery(EXPORT_JOB, { variables: { id: jobId ?? '' }, skip: !jobId, fetchPolicy: 'network-only' });
  const job = jobId && polled.data?.exportJob.id === jobId ? polled.data.exportJob : null;
  const finished = isFinished(job?.status);
  usePollWhileRunning(polled, Boolean(jobId) && !finished, POLL_MS);

  // once per finished job, whatever callback identity the page passes on each render
  const notify = useRef(onFinished);
  notify.current = onFinished;
  useEffect(() => {
    if (finished) notify.current?.();
  }, [finished, jobId]);

  const run = async (periodId: string, provisional: boolean) => {
    try {
      const { data } = await start({ variables: { input: { kind, periodId, provisional, idempotencyKey: newIdempotencyKey() } } });
      if (data) setJobId(data.startExport.id);
    } catch (e) {
      showError(e);
    }
  };

  return { run, starting, job, running: Boolean(jobId) && !finished, error: polled.error };
}
