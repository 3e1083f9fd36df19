import { averageTotal, gradeCounts, gradeCountsOf, scoreBins } from './scoreDistribution';

describe('gradeCounts', () => {
  it('counts each grade in 红/蓝/黄 order and adds 未评级 only when some unit has none', () => {
    expect(gradeCounts([{ grade: 'BLUE' }, { grade: 'RED' }, { grade: 'BLUE' }])).toEqual([
      { grade: 'RED', label: '红名单', count: 1 },
      { grade: 'BLUE', label: '蓝名单', count: 2 },
      { grade: 'YELLOW', label: '黄名单', count: 0 },
    ]);
    expect(gradeCounts([{ grade: null }]).at(-1)).toEqual({ grade: null, label: '未评级', count: 1 });
  });
});

describe('gradeCountsOf', () => {
  it('orders the API counts 红/蓝/黄 and adds 未评级 only when some unit has none', () => {
    expect(gradeCountsOf([{ grade: 'YELLOW', count: 4 }, { grade: 'RED', count: 1 }], 2)).toEqual([
      { grade: 'RED', label: '红名单', count: 1 },
      { grade: 'BLUE', label: '蓝名单', count: 0 },
      { grade: 'YELLOW', label: '黄名单', count: 4 },
      { grade: null, label: '未评级', count: 2 },
    ]);
    expect(gradeCountsOf([], 0)).toHaveLength(3);
  });
});

describe('scoreBins', () => {
  it('labels the bands as shares of the stated total, the last one up to 100%', () => {
    expect(scoreBins([{ fromPercent: 0, toPercent: 60, count: 3 }, { fromPercent: 90, toPercent: null, count: 1 }])).toEqual([
      { label: '0–60%', count: 3 },
      { label: '90–100%', count: 1 },
    ]);
  });
});

describe('averageTotal', () => {
  it('averages decimal strings to two places and is null for no units', () => {
    expect(averageTotal(['80.5', '90', '71'])).toBe(80.5);
    expect(averageTotal(['1', '2', '2'])).toBe(1.67);
    expect(averageTotal([])).toBeNull();
  });
});
