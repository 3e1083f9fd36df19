import { IndicatorError } from '../errors';
import type { IndicatorSystem, NodeScore, ScoreCard } from '../model';
import { smallSystem, submission, unit } from './__fixtures__/small-system';
import { scoreUnit, scoreUnits } from './score-units';

function node(card: ScoreCard, code: string): NodeScore {
  const stack = [...card.categories];
  while (stack.length > 0) {
    const current = stack.pop() as NodeScore;
    if (current.code === code) return current;
    stack.push(...(current.children ?? []));
  }
  throw new Error(`no node ${code}`);
}

const byId = (cards: ScoreCard[], id: string): ScoreCard => cards.find((c) => c.unit.id === id) as ScoreCard;

describe('scoreUnits on a small system', () => {
  const cards = scoreUnits(smallSystem, [
    submission('5', { hgl: { numerator: 95, denominator: 100 }, xyd: 8, sgs: { numerator: 999, denominator: 1000 }, zd: ['a'] }),
    submission('1'),
    // 85 through penalties and capped deductions, with an exemption for A3
    submission('2', { mb: 1, sx: 9, jg: 2, sgs: null }, { exemptions: { A3: '本单位无行政许可和行政处罚职能' } }),
    // 85 through a partial checklist and deductions
    submission('3', { zd: ['a', 'b', 'c'], sx: 5, jg: 1 }),
    // exactly 60: 95/100 is exactly 95% → the 95%≤x<97% band
    submission('4', { hgl: { numerator: 95, denominator: 100 }, xyd: 8, zd: ['a'] }),
  ]);

  it('ranks with ties 1, 2, 2, 4 on the rounded total and sorts by rank', () => {
    expect(cards.map((c) => [c.unit.id, c.total, c.rank])).toEqual([
      ['1', '100.00', 1],
      ['2', '85.00', 2],
      ['3', '85.00', 2],
      ['4', '60.00', 4],
      ['5', '59.99', 5],
    ]);
  });

  it('grades with exact edges: 85 RED, 60 BLUE, 59.99 YELLOW', () => {
    expect(cards.map((c) => c.grade)).toEqual(['RED', 'RED', 'RED', 'BLUE', 'YELLOW']);
    expect(byId(cards, '4').explanation).toBe('总分 60.00 分（满分 100 分），蓝名单');
  });

  it('scores the peer rule over all units: 8 of best 10 → 16 of 20', () => {
    expect(node(byId(cards, '4'), 'A2').points).toBe('16.00');
    expect(node(byId(cards, '1'), 'A2').points).toBe('20.00');
    expect(cards.every((c) => !c.provisional)).toBe(true);
  });

  it('applies a penalty to the category and the total', () => {
    const card = byId(cards, '2');
    expect(node(card, 'B3').points).toBe('-6.00');
    expect(node(card, 'B1').points).toBe('11.00');
    expect(node(card, 'B').points).toBe('25.00');
    expect(node(card, 'B').explanation).toBe('下级 4 项合计 31 分，倒扣 6 分，得 25 分（满分 40 分）');
    expect(card.explanation).toContain('倒扣 6 分');
  });

  it('scores an accepted exemption by its policy and explains it', () => {
    const a3 = node(byId(cards, '2'), 'A3');
    expect(a3.status).toBe('EXEMPTED');
    expect(a3.points).toBe('10.00');
    expect(a3.explanation).toContain('已认定免责（无监管权限的提供说明不扣分），说明：本单位无行政许可和行政处罚职能');
  });

  it('explains the exact band edge and the rounded formula', () => {
    expect(node(byId(cards, '4'), 'A1').explanation).toBe('合规率 95.00%（入库95/上报100）落在 95%≤x<97% 档，得 10 分（满分 30 分）');
    expect(node(byId(cards, '5'), 'A3').points).toBe('9.99');
  });

  it('makes every parent the sum of its shown children', () => {
    for (const card of cards) {
      const categories = card.categories.reduce((sum, c) => sum + Number(c.points), 0);
      expect(categories.toFixed(2)).toBe(card.total);
    }
  });
});

describe('scoreUnit and provisional results', () => {
  it('leaves peer rules pending when scoring a unit alone', () => {
    const card = scoreUnit(smallSystem, submission('1'));
    expect(node(card, 'A2').status).toBe('PENDING_PEERS');
    expect(node(card, 'A').status).toBe('PENDING_PEERS');
    expect(card.provisional).toBe(true);
    expect(card.total).toBe('80.00');
    expect(card.explanation).toContain('结果为暂定');
  });

  it('marks every card provisional when expected units have not submitted', () => {
    const cards = scoreUnits(smallSystem, [submission('1'), submission('2')], { expectedUnitIds: ['1', '2', '3'] });
    expect(cards.every((c) => c.provisional)).toBe(true);
    expect(cards[0]?.explanation).toContain('尚有 1 个单位未报送数据');
    expect(scoreUnits(smallSystem, [submission('1')], { expectedUnitIds: ['1'] })[0]?.provisional).toBe(false);
  });

  it('compares peers only within the same unit kind', () => {
    const county = { ...submission('9', { xyd: 5 }), unit: unit('9', 'COUNTY') };
    const cards = scoreUnits(smallSystem, [submission('1', { xyd: 10 }), county]);
    expect(node(byId(cards, '9'), 'A2').points).toBe('20.00');
    expect(byId(cards, '9').rank).toBe(1);
  });

  it('refuses duplicate units', () => {
    expect(() => scoreUnits(smallSystem, [submission('1'), submission('1')])).toThrow(IndicatorError);
  });
});

describe('applicability, exemptions and missing inputs', () => {
  it('drops a zero-denominator NOT_APPLICABLE node and re-normalises the total', () => {
    const [card] = scoreUnits(smallSystem, [submission('1', { hgl: { numerator: 0, denominator: 0 }, sx: 5 })]);
    expect(node(card as ScoreCard, 'A1').status).toBe('NOT_APPLICABLE');
    expect(card?.maxTotal).toBe('70.00');
    // 65 of an applicable 70 → 65 × 100 / 70 = 92.857… → 92.86
    expect(card?.total).toBe('92.86');
    expect(card?.explanation).toContain('适用满分 70 分，得分 65 分，按 65×100/70 折算为 92.86 分');
  });

  it('drops nodes that do not apply to the unit class', () => {
    const system: IndicatorSystem = {
      ...smallSystem,
      categories: smallSystem.categories.map((c) =>
        c.code !== 'B' ? c : { ...c, children: c.children?.map((n) => (n.code === 'B2' ? { ...n, appliesTo: { unitClasses: ['A'] } } : n)) },
      ),
    };
    const [card] = scoreUnits(system, [submission('1', { zd: [] })]);
    expect(node(card as ScoreCard, 'B2').status).toBe('NOT_APPLICABLE');
    expect(node(card as ScoreCard, 'B2').explanation).toContain('不适用于本单位');
    expect(card?.total).toBe('100.00');
    expect(card?.maxTotal).toBe('80.00');
    const classed = { ...submission('2', { zd: [] }), unit: { ...unit('2'), classes: ['A'] } };
    expect(scoreUnits(system, [classed])[0]?.total).toBe('80.00');
  });

  it('refuses an exemption on a node without an exemption policy, or without an explanation', () => {
    const cases: Array<Record<string, string>> = [{ A1: '无数据' }, { ZZ: '无' }, { A3: ' ' }];
    for (const exemptions of cases) {
      let error: unknown;
      try {
        scoreUnits(smallSystem, [submission('1', {}, { exemptions })]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(IndicatorError);
      expect((error as IndicatorError).code).toBe('INVALID_SUBMISSION');
      expect((error as IndicatorError).problems?.length).toBe(1);
    }
  });

  it('scores missing required inputs 0 and flags them', () => {
    const [card] = scoreUnits(smallSystem, [submission('1', { hgl: null, sx: undefined as never })]);
    const a1 = node(card as ScoreCard, 'A1');
    expect(a1.status).toBe('MISSING_INPUT');
    expect(a1.points).toBe('0.00');
    expect(a1.explanation).toBe('“合规率”值未填报，得 0 分（满分 30 分）');
    expect(node(card as ScoreCard, 'B1').status).toBe('MISSING_INPUT');
    expect(card?.total).toBe('50.00');
  });
});

describe('penalties, floor and grade overrides', () => {
  it('lets penalties push a category below zero but floors the total', () => {
    const [big] = scoreUnits(smallSystem, [submission('1', { mb: 10 })]);
    expect(node(big as ScoreCard, 'B').points).toBe('-20.00');
    expect(big?.total).toBe('40.00');
    const [huge] = scoreUnits(smallSystem, [submission('1', { mb: 30 })]);
    expect(huge?.total).toBe('0.00');
    expect(huge?.explanation).toContain('总分不低于 0 分');
    const [floored] = scoreUnits({ ...smallSystem, totalFloor: 20 }, [submission('1', { mb: 30 })]);
    expect(floored?.total).toBe('20.00');
  });

  it('forces the grade when a gradeOverride rule fires', () => {
    const [card] = scoreUnits(smallSystem, [submission('1', { yz: 1 })]);
    expect(card?.total).toBe('100.00');
    expect(card?.grade).toBe('YELLOW');
    expect(card?.gradeOverride).toEqual({ grade: 'YELLOW', reason: '发生严重失信事件' });
    expect(card?.explanation).toContain('等级调整为黄名单（发生严重失信事件；按分数应为红名单）');
  });

  it("lets the credit office's manual override win", () => {
    const [card] = scoreUnits(smallSystem, [submission('1', { yz: 1 }, { gradeOverride: { grade: 'BLUE', reason: '经复核整改到位' } })]);
    expect(card?.grade).toBe('BLUE');
    expect(card?.gradeOverride?.reason).toBe('信用办人工调整：经复核整改到位');
  });
});

describe('roll-up caps', () => {
  it('caps a parent at its max points when children exceed it', () => {
    const system: IndicatorSystem = {
      ...smallSystem,
      totalPoints: 10,
      grading: undefined,
      categories: [
        {
          code: 'C',
          level: 'CATEGORY',
          name: '加分',
          maxPoints: 10,
          children: [
            { code: 'C1', level: 'INDICATOR', name: '一', maxPoints: 6, inputs: [{ key: 'a', label: 'a', type: 'boolean' }], rule: { kind: 'checklist', field: 'a', pointsEach: 6 } },
            { code: 'C2', level: 'INDICATOR', name: '二', maxPoints: 6, inputs: [{ key: 'b', label: 'b', type: 'boolean' }], rule: { kind: 'checklist', field: 'b', pointsEach: 6 } },
          ],
        },
      ],
    };
    const [card] = scoreUnits(system, [{ unit: unit('1'), values: { a: true, b: true } }]);
    expect(card?.total).toBe('10.00');
    expect(card?.grade).toBeNull();
    expect(card?.categories[0]?.explanation).toBe('下级 2 项合计 12 分，超过本项分值，按 10 分计，得 10 分（满分 10 分）');
  });
});
