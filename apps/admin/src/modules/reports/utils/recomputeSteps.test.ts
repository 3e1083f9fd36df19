import { recomputeStepView, recomputeSummary } from './recomputeSteps';

const base = { progress: 0, step: null, stage: null, processed: null, total: null, cards: null, provisionalCards: null, errorMessage: null };

describe('recomputeStepView', () => {
  it('waits while queued', () => {
    expect(recomputeStepView({ ...base, status: 'QUEUED', stage: '排队中' })).toMatchObject({ current: 0, status: 'wait' });
  });

  it('follows the running step with the unit count once the data is read', () => {
    expect(recomputeStepView({ ...base, status: 'RUNNING', progress: 5, step: 0, stage: '读取数据' })).toEqual({ current: 0, status: 'process', caption: '正在读取数据' });
    expect(recomputeStepView({ ...base, status: 'RUNNING', progress: 30, step: 1, stage: '计分', processed: 0, total: 40 }).caption).toBe('正在计分，共 40 个单位');
    expect(recomputeStepView({ ...base, status: 'RUNNING', progress: 60, step: 2, stage: '写入结果', processed: 40, total: 40 })).toEqual({
      current: 2,
      status: 'process',
      caption: '正在写入结果，已计分 40/40 个单位',
    });
  });

  it('marks every step done with the summary when finished', () => {
    expect(recomputeStepView({ ...base, status: 'SUCCEEDED', progress: 100, cards: 40, provisionalCards: 3 })).toEqual({
      current: 4,
      status: 'finish',
      caption: '已重新计算 40 个单位，其中 3 个为暂定',
    });
  });

  it('marks the step it reached as failed, with the reason in Chinese', () => {
    expect(recomputeStepView({ ...base, status: 'FAILED', progress: 60, stage: '计算失败', errorMessage: '服务重启，重新计算已中断，请重新发起' })).toEqual({
      current: 2,
      status: 'error',
      caption: '重新计算失败：服务重启，重新计算已中断，请重新发起',
    });
    expect(recomputeStepView({ ...base, status: 'FAILED', stage: '计算失败' }).current).toBe(0);
  });
});

describe('recomputeSummary', () => {
  it('mentions provisional cards only when there are some', () => {
    expect(recomputeSummary({ cards: 5, provisionalCards: 0 })).toBe('已重新计算 5 个单位');
  });
});
