import type { WarningService } from './warning.service';

const DAY_MS = 24 * 3_600_000;

/**
 * The daily warning run: once at start-up, then every 24 hours, each run scheduling the next
 * (one timer, never overlapping runs; unref'd so it never keeps the process alive). Returns a stop
 * function for shutdown.
 */
export function scheduleDailyWarnings(
  warnings: Pick<WarningService, 'evaluateAllOpenPeriods'>,
  log: (message: string, error?: unknown) => void = (message, error) =>
    error ? console.error(message, error) : console.log(message),
  intervalMs = DAY_MS,
): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = async () => {
    try {
      const periods = await warnings.evaluateAllOpenPeriods(new Date());
      log(`预警评估完成：${periods} 个填报中的期次`);
    } catch (error) {
      log('预警评估失败', error);
    }
    if (stopped) return;
    timer = setTimeout(() => void run(), intervalMs);
    timer.unref();
  };
  void run();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
