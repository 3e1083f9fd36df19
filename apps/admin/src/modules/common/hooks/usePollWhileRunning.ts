import { useEffect } from 'react';

interface Pollable {
  startPolling(intervalMs: number): void;
  stopPolling(): void;
}

/** Polls a background job's query every `intervalMs` while the job runs; stops once it has finished. */
export function usePollWhileRunning({ startPolling, stopPolling }: Pollable, running: boolean, intervalMs: number): void {
  useEffect(() => {
    if (!running) return undefined;
    startPolling(intervalMs);
    return () => stopPolling();
  }, [running, intervalMs, startPolling, stopPolling]);
}
