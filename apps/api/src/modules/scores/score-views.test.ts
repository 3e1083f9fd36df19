import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import { indicatorLosses, overrideView, pointsDelta, type CardRow } from './score-views';

function node(code: string, maxPoints: string, points: string, status: NodeScore['status'] = 'SCORED'): NodeScore {
  return { code, name: code, level: 'INDICATOR', maxPoints, points, status, explanation: '说明' };
}

function row(unitId: string, children: NodeScore[], gradeOverride?: ScoreCard['gradeOverride']): CardRow {
  const card: ScoreCard = {
    systemId: 's',
    systemVersion: 1,
    unit: { id: unitId, name: unitId, kind: 'DEPARTMENT' },
    total: '0.00',
    maxTotal: '10.00',
    categories: [{ code: 'K', name: 'K', level: 'CATEGORY', maxPoints: '10.00', points: '0.00', status: 'SCORED', explanation: '', children }],
    grade: null,
    provisional: false,
    explanation: '',
    ...(gradeOverride ? { gradeOverride } : {}),
  };
  return { unitId, unitKind: 'DEPARTMENT', total: '0.00', maxTotal: '10.00', grade: null, rank: null, provisional: false, card };
}

describe('indicatorLosses', () => {
  it('counts a penalty as lost when it deducted points and leaves NOT_APPLICABLE units out', () => {
    const losses = indicatorLosses([
      row('a', [node('P', '0.00', '-2.00'), node('R', '4.00', '1.00')]),
      row('b', [node('P', '0.00', '0.00'), node('R', '4.00', '0.00', 'NOT_APPLICABLE')]),
      row('c', [node('P', '0.00', '0.00'), node('R', '4.00', '3.00')]),
    ]);
    const penalty = losses.find((l) => l.code === 'P')!;
    expect(penalty).toMatchObject({ unitCount: 3, averagePoints: '-0.67', averageLoss: '0.67', unitsAtZero: 1 });
    expect(Object.fromEntries(penalty.buckets.map((b) => [b.bucket, b.count]))).toEqual({ ZERO: 1, BELOW_HALF: 0, HALF_OR_MORE: 0, FULL: 2 });
    const regular = losses.find((l) => l.code === 'R')!;
    // (1 + 3) / 2 over the two units it applies to
    expect(regular).toMatchObject({ unitCount: 2, averagePoints: '2.00', averageLoss: '2.00', unitsAtZero: 0 });
  });
});

describe('report helpers', () => {
  it('signs point changes', () => {
    expect(pointsDelta('8.00', '10.00')).toBe('-2.00');
    expect(pointsDelta('10.00', '8.50')).toBe('+1.50');
    expect(pointsDelta('5.00', '5.00')).toBe('0.00');
  });

  it('tells a manual override from a rule that sets the grade', () => {
    expect(overrideView(row('a', [], { grade: 'YELLOW', reason: '信用办人工调整：严重失信' }).card)).toEqual({ grade: 'YELLOW', reason: '严重失信', manual: true });
    expect(overrideView(row('a', [], { grade: 'YELLOW', reason: '被列为失信被执行人' }).card)).toEqual({ grade: 'YELLOW', reason: '被列为失信被执行人', manual: false });
    expect(overrideView(row('a', []).card)).toBeNull();
  });
});
