import { filterRanking, tiedRanks, type RankingRow } from './rankingRows';

const row = (unitName: string, rank: number | null, grade: RankingRow['grade'], manual = false): RankingRow => ({
  unitId: unitName,
  unitName,
  rank,
  total: '80',
  maxTotal: '100',
  grade,
  provisional: false,
  previousRank: null,
  previousTotal: null,
  rankChange: null,
  pointsChange: null,
  gradeOverride: manual && grade ? { grade, manual: true, reason: '复核' } : null,
});

describe('filterRanking', () => {
  const rows = [row('市教体局', 1, 'RED'), row('市财政局', 2, 'BLUE', true), row('市卫健委', null, null)];

  it('filters by name, grade, 未评级 and hand-adjusted grades', () => {
    expect(filterRanking(rows, { search: '财政' }).map((r) => r.unitName)).toEqual(['市财政局']);
    expect(filterRanking(rows, { grade: 'RED' }).map((r) => r.unitName)).toEqual(['市教体局']);
    expect(filterRanking(rows, { grade: 'NONE' }).map((r) => r.unitName)).toEqual(['市卫健委']);
    expect(filterRanking(rows, { overriddenOnly: true }).map((r) => r.unitName)).toEqual(['市财政局']);
    expect(filterRanking(rows, {})).toHaveLength(3);
  });
});

describe('tiedRanks', () => {
  it('names the ranks more than one unit shares', () => {
    expect([...tiedRanks([row('a', 1, 'RED'), row('b', 2, 'RED'), row('c', 2, 'RED'), row('d', 4, 'BLUE')])]).toEqual([2]);
  });
});
