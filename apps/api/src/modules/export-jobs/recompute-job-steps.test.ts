import { recomputeStepIndex, recomputeStepRow, RECOMPUTE_STEPS } from './recompute-job-steps';

describe('recompute job steps', () => {
  it('rise along the bar in the order a recompute runs them', () => {
    const percents = RECOMPUTE_STEPS.map((s) => recomputeStepRow(s.step).percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBe(RECOMPUTE_STEPS.length);
    expect(RECOMPUTE_STEPS.map((s) => s.label)).toEqual(['读取数据', '计分', '写入结果', '预警评估']);
  });

  it('count units to score, then cards scored', () => {
    expect(recomputeStepRow('READ')).toEqual({ percent: 5, label: '读取数据' });
    expect(recomputeStepRow('SCORE', 40).counts).toEqual({ processed: 0, total: 40 });
    expect(recomputeStepRow('STORE', 40).counts).toEqual({ processed: 40, total: 40 });
    expect(recomputeStepRow('WARN', 40).counts).toEqual({ processed: 40, total: 40 });
  });

  it('reads a stored stage back as its step, and anything else as none', () => {
    expect(recomputeStepIndex('写入结果')).toBe(2);
    expect(recomputeStepIndex('排队中')).toBeNull();
    expect(recomputeStepIndex(null)).toBeNull();
  });
});
