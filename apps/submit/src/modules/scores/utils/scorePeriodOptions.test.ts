import type { ScorePeriodsQuery } from '../../../generated/graphql';
import { scorePeriodOptions } from './scorePeriodOptions';

type Cycle = ScorePeriodsQuery['cycles'][number];
type Period = Cycle['periods'][number];

const period = (id: string, kind: Period['kind'], index: number, status: Period['status'], label: string): Period => ({ id, kind, index, status, label });

describe('scorePeriodOptions', () => {
  it('lists the year first, then quarters and months latest first, skipping periods never opened', () => {
    const cycles: Cycle[] = [
      {
        id: 'c2023',
        name: '2023年度考核',
        year: 2023,
        periods: [
          period('m11', 'MONTH', 11, 'CLOSED', '2023年11月'),
          period('q4', 'QUARTER', 4, 'OPEN', '2023年第四季度'),
          period('y', 'YEAR', 1, 'OPEN', '2023年度'),
          period('m12', 'MONTH', 12, 'OPEN', '2023年12月'),
          period('q3', 'QUARTER', 3, 'CLOSED', '2023年第三季度'),
          period('m1', 'MONTH', 1, 'NOT_OPEN', '2023年1月'),
        ],
      },
    ];
    expect(scorePeriodOptions(cycles).map((o) => o.value)).toEqual(['y', 'q4', 'q3', 'm12', 'm11']);
  });

  it('names the year when several cycles are listed, newest first', () => {
    const cycles: Cycle[] = [
      { id: 'a', name: 'A', year: 2022, periods: [period('y22', 'YEAR', 1, 'CLOSED', '年度')] },
      { id: 'b', name: 'B', year: 2023, periods: [period('y23', 'YEAR', 1, 'OPEN', '年度')] },
    ];
    expect(scorePeriodOptions(cycles)).toEqual([
      { value: 'y23', label: '2023 · 年度' },
      { value: 'y22', label: '2022 · 年度' },
    ]);
  });
});
