import { scheduleDailyWarnings } from './daily-warnings';

describe('scheduleDailyWarnings', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then once per interval, and stops', async () => {
    const evaluateAllOpenPeriods = jest.fn().mockResolvedValue(2);
    const logs: string[] = [];
    const stop = scheduleDailyWarnings({ evaluateAllOpenPeriods }, (m) => logs.push(m), 1000);
    await jest.advanceTimersByTimeAsync(0);
    expect(evaluateAllOpenPeriods).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(evaluateAllOpenPeriods).toHaveBeenCalledTimes(2);
    stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(evaluateAllOpenPeriods).toHaveBeenCalledTimes(2);
    expect(logs[0]).toBe('预警评估完成：2 个填报中的期次');
  });

  it('keeps the schedule after a failed run', async () => {
    const evaluateAllOpenPeriods = jest.fn().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(0);
    const logs: string[] = [];
    const stop = scheduleDailyWarnings({ evaluateAllOpenPeriods }, (m) => logs.push(m), 1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(evaluateAllOpenPeriods).toHaveBeenCalledTimes(2);
    expect(logs[0]).toBe('预警评估失败');
    stop();
  });
});
