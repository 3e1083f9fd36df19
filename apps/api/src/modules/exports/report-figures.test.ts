import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import type { RankingRow, ScoreGrade } from '../scores/dto/score.types';
import { categoryAverages, overviewOf, topLosses, unitPoints } from './report-figures';
import type { KindResults } from './score-book';

const row = (unitId: string, total: string, grade: ScoreGrade | null, categories: string[]): RankingRow => ({
  rank: null,
  unitId,
  unitName: `单位${unitId}`,
  total,
  maxTotal: '100',
  grade,
  gradeOverride: null,
  provisional: false,
  categories: categories.map((points, i) => ({ code: `C${i + 1}`, name: `类别${i + 1}`, points, maxPoints: '50' })),
  previousTotal: null,
  pointsChange: null,
  previousRank: null,
  rankChange: null,
});

const indicator = (code: string, points: string, maxPoints: string, status: NodeScore['status'] = 'SCORED'): NodeScore => ({
  code,
  name: `指标${code}`,
  level: 'INDICATOR',
  points,
  maxPoints,
  status,
  explanation: '',
});

const card = (unitId: string, nodes: NodeScore[]): ScoreCard => ({
  systemId: 's',
  systemVersion: 1,
  unit: { id: unitId, name: `单位${unitId}`, kind: 'DEPARTMENT' },
  total: '0',
  maxTotal: '100',
  categories: [{ code: 'C1', name: '类别1', level: 'CATEGORY', points: '0', maxPoints: '100', status: 'SCORED', explanation: '', children: nodes }],
  grade: null,
  provisional: false,
  explanation: '',
});

describe('report figures', () => {
  const rows = [row('a', '90.50', 'RED' as ScoreGrade, ['45', '45.5']), row('b', '90.50', 'RED' as ScoreGrade, ['40.5', '50']), row('c', '55', 'YELLOW' as ScoreGrade, ['30', '25'])];

  it('summarises units, average, ties at the top and grade counts', () => {
    expect(overviewOf(rows)).toEqual({
      units: 3,
      average: '78.67',
      highest: { total: '90.50', units: ['单位a', '单位b'] },
      lowest: { total: '55.00', units: ['单位c'] },
      grades: { RED: 2, BLUE: 0, YELLOW: 1 },
    });
    expect(overviewOf([]).highest).toBeNull();
  });

  it('averages each category with its rate', () => {
    expect(categoryAverages(rows)).toEqual([
      { name: '类别1', maxPoints: '50', average: '38.50', rate: '77.00' },
      { name: '类别2', maxPoints: '50', average: '40.17', rate: '80.33' },
    ]);
  });

  it('names each unit’s weak points, largest loss first, and counts full marks', () => {
    const kind: KindResults = {
      unitKind: 'DEPARTMENT',
      ranking: [rows[0]!],
      losses: [
        { code: 'I1', name: '指标I1', level: 'INDICATOR', maxPoints: '5', unitCount: 3, averagePoints: '4.00', averageLoss: '1.00', unitsAtZero: 0, buckets: [] },
        { code: 'I2', name: '指标I2', level: 'INDICATOR', maxPoints: '10', unitCount: 3, averagePoints: '4.00', averageLoss: '6.00', unitsAtZero: 1, buckets: [] },
        { code: 'I3', name: '指标I3', level: 'INDICATOR', maxPoints: '5', unitCount: 3, averagePoints: '5.00', averageLoss: '0.00', unitsAtZero: 0, buckets: [] },
      ],
      cards: new Map([['a', card('a', [indicator('I1', '4', '5'), indicator('I2', '-2', '10'), indicator('I3', '5', '5'), indicator('I4', '0', '3', 'NOT_APPLICABLE')])]]),
    };
    expect(topLosses(kind).map((l) => l.code)).toEqual(['I2', 'I1']);
    expect(unitPoints(kind)).toEqual([{ unitName: '单位a', weakPoints: ['指标I2（失12.00分）', '指标I1（失1.00分）'], fullMarks: 1 }]);
  });
});
