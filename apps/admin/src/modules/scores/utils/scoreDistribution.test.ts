import { averageTotal, gradeCounts, scoreHistogram } from './scoreDistribution';

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

describe('scoreHistogram', () => {
  it('bins totals by their share of the stated total, full marks in the top band', () => {
    const bins = scoreHistogram([
      { total: '100', maxTotal: '100' },
      { total: '85', maxTotal: '100' },
      { total: '84.99', maxTotal: '100' },
      { total: '102', maxTotal: '120' },
      { total: '0', maxTotal: '100' },
    ]);
    expect(bins.map((b) => b.label)).toEqual(['0–60%', '60–70%', '70–80%', '80–85%', '85–90%', '90–100%']);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 1, 2, 1]);
  });
});

describe('averageTotal', () => {
  it('averages decimal strings to two places and is null for no units', () => {
    expect(averageTotal(['80.5', '90', '71'])).toBe(80.5);
    expect(averageTotal(['1', '2', '2'])).toBe(1.67);
    expect(averageTotal([])).toBeNull();
  });
});
