import {
  Dec,
  IndicatorError,
  aggregatePeriods,
  collectInputFields,
  parseSystem,
  roundPoints,
  ruleFields,
  scoreUnit,
  scoreUnits,
  validateSystem,
  validateValues,
} from '../index';
import type {
  IndicatorNode,
  InputField,
  InputValues,
  NodeScore,
  ProportionalRule,
  ScoreCard,
  ScoredUnit,
  UnitSubmission,
} from '../model';
import { genheAssessment2023 } from './genhe-assessment-2023';
import sampleJson from './samples/genhe-assessment-2023.json';

const sample = sampleJson as unknown as UnitSubmission[];
const system = genheAssessment2023;

function* allNodes(nodes: IndicatorNode[]): Generator<IndicatorNode> {
  for (const node of nodes) {
    yield node;
    yield* allNodes(node.children ?? []);
  }
}

function nodeByCode(code: string): IndicatorNode {
  const node = [...allNodes(system.categories)].find((n) => n.code === code);
  if (node === undefined) throw new Error(`no node ${code}`);
  return node;
}

function nodeScore(card: ScoreCard, code: string): NodeScore {
  const find = (scores: NodeScore[]): NodeScore | undefined => {
    for (const s of scores) {
      if (s.code === code) return s;
      const hit = find(s.children ?? []);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const hit = find(card.categories);
  if (hit === undefined) throw new Error(`no node ${code} on the card`);
  return hit;
}

const UNIT: ScoredUnit = { id: 'GH-FGW', name: '市发改委', kind: 'DEPARTMENT' };
const rate = (numerator: number | string, denominator: number | string): InputValues[string] => ({
  numerator,
  denominator,
});

/** Values that earn every point; a test changes only what it is about. */
function fullValues(): InputValues {
  return {
    info_use_rule_domains: 6,
    commitment_rule_domains: 6,
    tiered_supervision_domains: 6,
    work_mechanism_established: true,
    dp_compliance_rate: rate(200, 200),
    dp_timeliness_rate: rate(200, 200),
    dp_national_concealed: 0,
    five_kinds_compliance_rate: rate(150, 150),
    commitments_collected: 3200,
    market_entities_total: 3000,
    joint_sanction_cases: 1,
    civil_servant_info_rate: rate(60, 100),
    enterprise_specific_info: 3000,
    market_entities_specific_base: 3000,
    person_specific_info: 800000,
    population_total: 70000,
    labor_info_published: true,
    uscc_corrected_rate: rate(0, 0),
    in_target_responsibility: true,
    hotline_resolution_rate: rate(40, 40),
    hotline_satisfaction_rate: rate(38, 38),
    credit_query_batches: 5,
    arrears_governance: ['MECHANISM', 'ACTION'],
    dishonest_debtor_records: 0,
    a_level_taxpayer_rate: rate(110, 1000),
    serious_dishonest_rate: rate(0, 3000),
    xinyidai_verified_rate: rate(330, 3000),
    xinyiplus_plans: 20,
    xinyiplus_effective_plans: 20,
    repair_notice_domains: 4,
    integrity_publicity_events: 3,
    credit_trainings: 1,
    civil_servant_education: 2,
    dispatch_filed_on_time: true,
  };
}

function score(changes: InputValues = {}, exemptions?: Record<string, string>): ScoreCard {
  const submission: UnitSubmission = { unit: UNIT, values: { ...fullValues(), ...changes } };
  if (exemptions !== undefined) submission.exemptions = exemptions;
  return scoreUnit(system, submission);
}

function pointsOf(code: string, changes: InputValues): string {
  return nodeScore(score(changes), code).points;
}

const PERIOD_MARKS: Array<[string, string, string]> = [
  ['月度指標', 'MONTH', 'AVERAGE'],
  ['季度指標', 'QUARTER', 'AVERAGE'],
  ['累計指標', 'CUMULATIVE', 'CUMULATIVE'],
  ['年度指標', 'YEAR', 'LATEST'],
];

/** Characters that only occur in Traditional writing; Simplified text must contain none. */
const TRADITIONAL_ONLY =
  /[們國與體設歸誠權責類資統計錄調評優崗級稅納貸臺認證導務報時後會關係縣區總數據雙].*/u;

describe('根河市考核细则2023 指标体系的结构', () => {
  const nodes = [...allNodes(system.categories)];

  it('校验没有任何问题，且能经 JSON 往返解析', () => {
    expect(validateSystem(system)).toEqual([]);
    expect(parseSystem(JSON.parse(JSON.stringify(system)))).toEqual(system);
  });

  it('八类一级指标合计100分，各带下级节点分值等于下级之和', () => {
    expect(system.categories.map((c) => [c.name, Number(c.maxPoints)])).toEqual([
      ['制度建设', 12],
      ['公共信用信息归集', 30],
      ['政务诚信', 15],
      ['商务诚信', 6],
      ['信用信息应用', 18],
      ['信用修复', 2],
      ['诚信宣传教育', 7],
      ['月调度系统填报', 10],
    ]);
    expect(system.categories.reduce((s, c) => s + Number(c.maxPoints), 0)).toBe(100);
    for (const node of nodes) {
      if (node.children === undefined) continue;
      const sum = node.children.reduce((s, c) => s + Number(c.maxPoints), 0);
      expect(`${node.code}=${sum}`).toBe(`${node.code}=${Number(node.maxPoints)}`);
    }
  });

  it('编码唯一、填报项 key 唯一、规则只引用本节点的填报项', () => {
    const codes = nodes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^GH-[A-H](-\d+(\.\d+)?)?$/);
    const keys = collectInputFields(system).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const node of nodes) {
      if (node.rule === undefined) continue;
      const own = new Set((node.inputs ?? []).map((f) => f.key));
      for (const key of ruleFields(node.rule))
        expect(`${node.code}:${key}:${own.has(key)}`).toBe(`${node.code}:${key}:true`);
    }
  });

  it('原文保留繁体，名称、填报项和说明都用简体', () => {
    for (const node of nodes) {
      expect(node.sourceText ?? '').toMatch(
        /[國與體設歸誠權責類統計錄調評級稅納貸臺認證務報關數據雙會總區個領應復標規時]/u,
      );
      const simplified = [
        node.name,
        ...(node.notes ?? []),
        ...(node.inputs ?? []).flatMap((f) => [f.label, f.help ?? '']),
      ];
      for (const text of simplified)
        expect(`${node.code}:${TRADITIONAL_ONLY.exec(text)?.[0] ?? ''}`).toBe(`${node.code}:`);
    }
    for (const text of [system.name, ...(system.notes ?? [])]) expect(TRADITIONAL_ONLY.exec(text)).toBeNull();
  });

  it('每条规则的月度/季度/累计/年度标记对应节点的 periodKind 和汇总方式，体系按年度汇总', () => {
    expect(system.periodKind).toBe('YEAR');
    let marked = 0;
    for (const node of nodes.filter((n) => n.level === 'INDICATOR')) {
      const mark = PERIOD_MARKS.find(([text]) => node.sourceText?.includes(text));
      if (mark === undefined) continue;
      marked += 1;
      for (const n of allNodes([node])) {
        if (n.rule?.kind === 'penalty') {
          expect([n.code, n.periodKind, n.aggregation]).toEqual([n.code, mark[1], 'SUM_CAPPED']);
        } else {
          expect([n.code, n.periodKind, n.aggregation]).toEqual([n.code, mark[1], mark[2]]);
        }
      }
    }
    expect(marked).toBe(25);
    for (const node of nodes.filter((n) => n.rule !== undefined)) expect(node.periodKind).toBeDefined();
  });

  it('每条涉及比率或除法的规则都显式规定了分母为0的处理并写明理由', () => {
    const fields = new Map(collectInputFields(system).map((f) => [f.key, f]));
    let rateRules = 0;
    for (const node of nodes) {
      const rule = node.rule;
      if (rule === undefined) continue;
      const usesRate = ruleFields(rule).some((k) => fields.get(k)?.type === 'rate');
      const divides =
        'metric' in rule
          ? rule.metric.expr.includes('/')
          : rule.kind === 'formula' && rule.expr.includes('/');
      if (!usesRate && !divides) continue;
      rateRules += 1;
      expect([node.code, 'zeroDenominator' in rule && rule.zeroDenominator !== undefined]).toEqual([
        node.code,
        true,
      ]);
      expect([node.code, (node.notes ?? []).some((n) => /为0|为 0/u.test(n))]).toEqual([node.code, true]);
    }
    expect(rateRules).toBe(11);
  });
});

describe('根河市考核细则2023 评分规则', () => {
  describe('按比例计分：起点、终点、中点和两侧（由规则数据生成）', () => {
    /** Inputs that make the metric equal `value` (on the metric's scale). */
    function valuesFor(rule: ProportionalRule, value: Dec): InputValues {
      const expr = rule.metric.expr;
      const factor = rule.metric.scale === 'PERCENT' ? 100 : 1;
      const single = /^(\w+)$/u.exec(expr);
      if (single?.[1] !== undefined) return { [single[1]]: rate(value.toString(), factor) };
      const ratio = /^(\w+) \/ (\w+)$/u.exec(expr);
      if (ratio?.[1] !== undefined && ratio[2] !== undefined)
        return { [ratio[1]]: value.times(1000).toString(), [ratio[2]]: 1000 * factor };
      const average = /^\((\w+) \+ (\w+)\) \/ 2$/u.exec(expr);
      if (average?.[1] !== undefined && average[2] !== undefined) {
        return { [average[1]]: rate(value.toString(), factor), [average[2]]: rate(value.toString(), factor) };
      }
      throw new Error(`测试不认识的指标表达式：${expr}`);
    }
    const cases: Array<[string, string, string]> = [];
    for (const node of allNodes(system.categories)) {
      if (node.rule?.kind !== 'proportional') continue;
      const { from, to } = node.rule;
      const [x0, y0, x1, y1] = [from.value, from.points, to.value, to.points].map((v) => new Dec(v)) as [
        Dec,
        Dec,
        Dec,
        Dec,
      ];
      const expected = (x: Dec): string => {
        if (x.lessThanOrEqualTo(x0)) return roundPoints(y0);
        if (x.greaterThanOrEqualTo(x1)) return roundPoints(y1);
        return roundPoints(y0.plus(x.minus(x0).times(y1.minus(y0)).dividedBy(x1.minus(x0))));
      };
      const isRate = node.rule.metric.expr
        .split(/\W+/u)
        .some((k) => node.inputs?.find((f) => f.key === k)?.type === 'rate');
      const probes = [x0.minus('0.01'), x0, x0.plus(x1).dividedBy(2), x1.minus('0.01'), x1, x1.plus('0.01')];
      for (const x of probes) {
        if (x.isNegative()) continue;
        if (isRate && x.greaterThan(node.rule.metric.scale === 'PERCENT' ? 100 : 1)) continue; // a rate cannot exceed 100%
        cases.push([node.code, x.toString(), expected(x)]);
      }
    }

    it('覆盖了全部9条按比例规则', () => {
      expect(new Set(cases.map(([code]) => code)).size).toBe(9);
    });

    it.each(cases)('%s 在 %s 时得 %s 分', (code, value, expected) => {
      const rule = nodeByCode(code).rule as ProportionalRule;
      expect(pointsOf(code, valuesFor(rule, new Dec(value)))).toBe(expected);
    });
  });

  it('12345热线：解决率、满意率平均95%得2.5分，90%及以下0分，100%得5分', () => {
    const hotline = (r: number, s: number): string =>
      pointsOf('GH-C-2', { hotline_resolution_rate: rate(r, 100), hotline_satisfaction_rate: rate(s, 100) });
    expect(hotline(95, 95)).toBe('2.50');
    expect(hotline(100, 90)).toBe('2.50');
    expect(hotline(90, 90)).toBe('0.00');
    expect(hotline(89, 99)).toBe('2.00');
    expect(hotline(100, 100)).toBe('5.00');
    expect(
      pointsOf('GH-C-2', { hotline_resolution_rate: rate(0, 0), hotline_satisfaction_rate: rate(0, 0) }),
    ).toBe('5.00');
  });

  it('A级纳税人占比：6%以下0分，8%得1.5分，10%以上3分；严重失信主体占比2.5%得1.5分', () => {
    expect(pointsOf('GH-D-1', { a_level_taxpayer_rate: rate(5, 100) })).toBe('0.00');
    expect(pointsOf('GH-D-1', { a_level_taxpayer_rate: rate(8, 100) })).toBe('1.50');
    expect(pointsOf('GH-D-1', { a_level_taxpayer_rate: rate(12, 100) })).toBe('3.00');
    expect(pointsOf('GH-D-2', { serious_dishonest_rate: rate('2.5', 100) })).toBe('1.50');
    expect(pointsOf('GH-D-2', { serious_dishonest_rate: rate(7, 100) })).toBe('0.00');
  });

  it('“双公示”：得分=合规率×6+及时率×6，上报量为0按满分', () => {
    expect(
      pointsOf('GH-B-1.1', { dp_compliance_rate: rate(98, 100), dp_timeliness_rate: rate(100, 100) }),
    ).toBe('11.88');
    expect(
      pointsOf('GH-B-1.1', { dp_compliance_rate: rate(95, 100), dp_timeliness_rate: rate(90, 100) }),
    ).toBe('11.10');
    const none = nodeScore(
      score({ dp_compliance_rate: rate(0, 0), dp_timeliness_rate: rate(0, 0) }),
      'GH-B-1.1',
    );
    expect([none.points, none.status]).toEqual(['12.00', 'SCORED']);
    expect(none.explanation).toContain('为 0');
  });

  it('5类信息：得分=合规率×3；有职能却未上报（分母为0）得0分', () => {
    expect(pointsOf('GH-B-2', { five_kinds_compliance_rate: rate(45, 50) })).toBe('2.70');
    expect(pointsOf('GH-B-2', { five_kinds_compliance_rate: rate(0, 0) })).toBe('0.00');
  });

  it('比值类：市场主体为0时该项不适用并折算总分', () => {
    const card = score({ market_entities_total: 0 });
    expect(nodeScore(card, 'GH-B-3').status).toBe('NOT_APPLICABLE');
    expect(card.maxTotal).toBe('98.00');
    expect(card.total).toBe('100.00');
  });

  it('递增项：精确累加并封顶', () => {
    expect(pointsOf('GH-C-3', { credit_query_batches: 5 })).toBe('4.00');
    expect(pointsOf('GH-C-3', { credit_query_batches: 3 })).toBe('2.40');
    expect(pointsOf('GH-C-3', { credit_query_batches: 9 })).toBe('4.00');
    expect(pointsOf('GH-E-2', { xinyiplus_plans: 10, xinyiplus_effective_plans: 4 })).toBe('3.80');
    expect(pointsOf('GH-E-2', { xinyiplus_plans: 34, xinyiplus_effective_plans: 0 })).toBe('10.00');
    expect(pointsOf('GH-A-1', { info_use_rule_domains: 5 })).toBe('2.50');
    expect(pointsOf('GH-A-1', { info_use_rule_domains: 7 })).toBe('3.00');
    expect(pointsOf('GH-F-1', { repair_notice_domains: 3 })).toBe('1.50');
    expect(pointsOf('GH-G-1', { integrity_publicity_events: 2 })).toBe('2.00');
    expect(pointsOf('GH-G-2', { credit_trainings: 3 })).toBe('2.00');
    expect(pointsOf('GH-B-4', { joint_sanction_cases: 0 })).toBe('0.00');
  });

  it('清单、是否项与扣分项', () => {
    expect(pointsOf('GH-C-4', { arrears_governance: ['ACTION'] })).toBe('2.00');
    expect(pointsOf('GH-C-4', { arrears_governance: [] })).toBe('0.00');
    expect(pointsOf('GH-C-5', { dishonest_debtor_records: 1 })).toBe('0.00');
    expect(pointsOf('GH-C-5', { dishonest_debtor_records: 3 })).toBe('0.00');
    expect(pointsOf('GH-B-7', { labor_info_published: false })).toBe('0.00');
    expect(pointsOf('GH-H-1', { dispatch_filed_on_time: false })).toBe('0.00');
  });

  it('瞒报每条扣6分，可使本类低于其余得分，总分同步减少', () => {
    const card = score({ dp_national_concealed: 3 });
    expect(nodeScore(card, 'GH-B-1.2').points).toBe('-18.00');
    expect(nodeScore(card, 'GH-B-1').points).toBe('-6.00');
    expect(nodeScore(card, 'GH-B').points).toBe('12.00');
    expect(card.total).toBe('82.00');
    expect(card.grade).toBeNull();
  });

  it('免责：不具有行政许可处罚职能的部门说明后“双公示”不适用，总分按88分折算；瞒报倒扣仍然有效', () => {
    const card = score(
      { dp_compliance_rate: null, dp_timeliness_rate: null },
      { 'GH-B-1.1': '本部门无行政许可、行政处罚职能' },
    );
    const node = nodeScore(card, 'GH-B-1.1');
    expect(node.status).toBe('NOT_APPLICABLE');
    expect(node.explanation).toContain('本部门无行政许可、行政处罚职能');
    expect(card.maxTotal).toBe('88.00');
    expect(card.total).toBe('100.00');
    const penalised = score({ dp_national_concealed: 1 }, { 'GH-B-1.1': '本部门无行政许可、行政处罚职能' });
    expect(penalised.total).toBe('94.00');
  });

  it('免责只能用于规定了免责政策的指标，且必须有说明', () => {
    expect(() => score({}, { 'GH-A-1': '无监管行业' })).toThrow(IndicatorError);
    expect(() => score({}, { 'GH-B-2': '  ' })).toThrow(IndicatorError);
    const withPolicy = [...allNodes(system.categories)]
      .filter((n) => n.exemption !== undefined)
      .map((n) => n.code);
    expect(withPolicy).toEqual(['GH-B-1.1', 'GH-B-2', 'GH-B-6', 'GH-D-1', 'GH-D-2', 'GH-E-1', 'GH-F-1']);
  });
});

describe('根河市考核细则2023 年度汇总', () => {
  it('月度取平均、累计取最近一期、瞒报扣分逐月累加', () => {
    const january = score();
    const february = score({
      hotline_resolution_rate: rate(95, 100),
      hotline_satisfaction_rate: rate(95, 100),
      dispatch_filed_on_time: false,
      dp_national_concealed: 1,
      info_use_rule_domains: 4,
    });
    const [annual] = aggregatePeriods(system, [
      { period: '2023-01', cards: [january] },
      { period: '2023-02', cards: [february] },
    ]);
    if (annual === undefined) throw new Error('no annual card');
    expect(nodeScore(annual, 'GH-C-2').points).toBe('3.75');
    expect(nodeScore(annual, 'GH-H-1').points).toBe('5.00');
    expect(nodeScore(annual, 'GH-B-1.2').points).toBe('-6.00');
    expect(nodeScore(annual, 'GH-A-1').points).toBe('2.00');
    // 100 - 1.25（热线） - 5（调度） - 6（瞒报） - 1（制度领域）
    expect(annual.total).toBe('86.75');
  });
});

describe('根河市考核细则2023 样例数据', () => {
  function applicableFields(submission: UnitSubmission): InputField[] {
    const fields: InputField[] = [];
    const visit = (nodes: IndicatorNode[]): void => {
      for (const node of nodes) {
        if (submission.exemptions?.[node.code] !== undefined) continue;
        fields.push(...(node.inputs ?? []));
        visit(node.children ?? []);
      }
    };
    visit(system.categories);
    return fields;
  }

  it('6～12个附件1中的部门，填报值都合法', () => {
    expect(sample.length).toBeGreaterThanOrEqual(6);
    expect(sample.length).toBeLessThanOrEqual(12);
    for (const submission of sample) {
      expect(submission.unit.kind).toBe('DEPARTMENT');
      expect(submission.unit.name).toMatch(/^市/u);
      expect([submission.unit.name, validateValues(applicableFields(submission), submission.values)]).toEqual(
        [submission.unit.name, []],
      );
    }
  });

  it('全部评分：总分在0～100之间，并列名次共享（1,2,3,4,4,6…）', () => {
    const cards = scoreUnits(system, sample);
    expect(cards.map((c) => [c.unit.name, c.rank, c.total])).toEqual([
      ['市发改委', 1, '100.00'],
      ['市统计局', 2, '96.17'],
      ['市市场监管局', 3, '90.60'],
      ['市教体局', 4, '73.32'],
      ['市司法局', 4, '73.32'],
      ['市住建局', 6, '72.52'],
      ['市民委', 7, '71.25'],
      ['市委组织部', 8, '70.31'],
    ]);
    for (const card of cards) {
      expect(Number(card.total)).toBeGreaterThanOrEqual(0);
      expect(Number(card.total)).toBeLessThanOrEqual(100);
      expect(card.provisional).toBe(false);
    }
    const minwei = cards.find((c) => c.unit.name === '市民委');
    expect(minwei?.maxTotal).toBe('64.00');
  });
});
