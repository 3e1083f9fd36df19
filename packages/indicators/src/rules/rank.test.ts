import { toDecimal } from '../decimal';
import type { RankRule } from '../model';
import { context, countField, rate, rateField } from './__fixtures__/context';
import { measurePeer } from './peer-measure';
import { scoreRank } from './rank';

// 无复议或无纠错事项得满分，纠错率最高得0分，中间情况依排序计分
const fields = [rateField('jcl', '纠错率', '纠错', '复议'), countField('fy', '复议数')];
const rule: RankRule = {
  kind: 'rank',
  metric: { expr: 'jcl', label: '纠错率' },
  higherIsBetter: false,
  noEventsWhenZero: 'fy',
};

function run(values: Array<[number, number]>, max = 4): string[] {
  const measures = values.map(([n, d]) => measurePeer(rule, context(fields, { jcl: rate(n, d), fy: d }, max)));
  return scoreRank(rule, toDecimal(max), measures).map((r) => r.points.toString());
}

describe('rank rule', () => {
  it('linear by rank: max × (n − rank) / (n − 1), worst 0', () => {
    // rates 10%, 20%, 30%, 40%, 50% → ranks 1..5
    expect(run([[1, 10], [2, 10], [3, 10], [4, 10], [5, 10]])).toEqual(['4', '3', '2', '1', '0']);
  });

  it('units without events get full marks outside the ranking', () => {
    expect(run([[0, 0], [1, 10], [3, 10], [0, 0]])).toEqual(['4', '4', '0', '4']);
  });

  it('ties share the same points', () => {
    // 10%, 20%, 20%, 40%: ranks 1, 2, 2, 4 of 4
    const points = run([[1, 10], [2, 10], [2, 10], [4, 10]]);
    expect(points[1]).toBe(points[2]);
    expect(points.map((p) => toDecimal(p).toFixed(2))).toEqual(['4.00', '2.67', '2.67', '0.00']);
  });

  it('every unit tied for the worst value gets 0', () => {
    expect(run([[1, 10], [3, 10], [3, 10]])).toEqual(['4', '0', '0']);
    expect(run([[1, 10], [1, 10]])).toEqual(['0', '0']);
  });

  it('a single unit with events is the worst and gets 0', () => {
    expect(run([[1, 10], [0, 0]])).toEqual(['0', '4']);
  });

  it('higher is better ranks the other way', () => {
    const up: RankRule = { kind: 'rank', metric: { expr: 'fy', label: '复议数' }, higherIsBetter: true };
    const measures = [3, 1, 2].map((fy) => measurePeer(up, context(fields, { fy, jcl: rate(0, 1) }, 2)));
    expect(scoreRank(up, toDecimal(2), measures).map((r) => r.points.toString())).toEqual(['2', '0', '1']);
  });

  it('explains the rank', () => {
    const measures = [[1, 10], [2, 10], [3, 10]].map(([n, d]) => measurePeer(rule, context(fields, { jcl: rate(n as number, d as number), fy: d as number }, 4)));
    const results = scoreRank(rule, toDecimal(4), measures);
    expect(results[1]?.explanation).toBe('纠错率 20.00%（纠错2/复议10），在 3 个有相关事项的单位中排第 2 名，按 满分×(3−2)/(3−1) 计，得 2 分（满分 4 分）');
    expect(results[2]?.explanation).toContain('为最差，得 0 分');
    const none = measurePeer(rule, context(fields, { jcl: rate(0, 0), fy: 0 }, 4));
    expect(none.kind === 'fixed' && none.result.explanation).toContain('无相关事项，不参与排序');
  });
});
