import { tiedRanks, type RankingRow } from './rankingRows';

const row = (unitName: string, rank: number | null): RankingRow => ({
  unitId: unitName,
  unitName,
  rank,
  total: '80',
  maxTotal: '100',
  grade: 'BLUE',
  provisional: false,
  previousRank: null,
  previousTotal: null,
  rankChange: null,
  pointsChange: null,
  gradeOverride: null,
});

describe('tiedRanks', () => {
  it('names the ranks more than one unit shares', () => {
    expect([...tiedRanks([row('a', 1), row('b', 2), row('c', 2), row('d', 4), row('e', null), row('f', null)])]).toEqual([2]);
  });
});
