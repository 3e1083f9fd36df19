import { gradeBandFor } from '../engine';
import {
  IndicatorError,
  appliesTo,
  collectInputFields,
  parseSystem,
  ruleFields,
  scoreUnit,
  scoreUnits,
  toDecimal,
  validateSystem,
  validateValues,
} from '../index';
import type {
  Band,
  BandsRule,
  IndicatorNode,
  InputField,
  InputValues,
  NodeScore,
  ScoreCard,
  ScoredUnit,
  UnitSubmission,
} from '../model';
import { huaian2022 } from './huaian-2022';
import sampleJson from './samples/huaian-2022.json';

const sample = sampleJson as unknown as UnitSubmission[];

function* allNodes(nodes: IndicatorNode[]): Generator<IndicatorNode> {
  for (const node of nodes) {
    yield node;
    yield* allNodes(node.children ?? []);
  }
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

const UNITS: Record<'A' | 'B' | 'TOWN', ScoredUnit> = {
  A: { id: 'a', name: '区发改委', kind: 'DEPARTMENT', classes: ['A'] },
  B: { id: 'b', name: '区委组织部', kind: 'DEPARTMENT', classes: ['B'] },
  TOWN: { id: 't', name: '车桥镇', kind: 'TOWNSHIP', classes: ['TOWN'] },
};

const ALL_DOMAINS = [
  'GOVERNMENT_AFFAIRS',
  'FINANCE',
  'EMPLOYMENT',
  'PROPERTY',
  'SCHOOLING',
  'PUBLIC_HEALTH',
  'HEALTH_CARE',
  'ELDERLY_CARE',
  'DISABILITY_AID',
  'MEDICAL_INSURANCE',
  'HOUSING',
  'TRAVEL',
  'PARKING',
  'FIRE_THEFT_PREVENTION',
  'MILITARY_SUPPORT',
  'CONVENIENCE_SERVICES',
];

/** Values that earn every applicable point; a test changes only what it is about. */
function fullValues(): InputValues {
  return {
    dp_timely_full_rate: { numerator: 40, denominator: 40 },
    dp_concealment_cases: 0,
    five_kinds_monthly_full: true,
    commitment_info_monthly: true,
    credit_review_and_sanctions: true,
    xinyipi_cases: 5,
    investment_promises_kept: true,
    investment_breach_cases: 0,
    serious_dishonesty_cases: 0,
    regulation_training_events: 2,
    five_into_events: 6,
    town_creation_status: 'VILLAGE_ACCEPTED',
    enterprise_commitments_published: 10,
    public_commitment_domains: ALL_DOMAINS,
    innovation_promoted: true,
  };
}

function score(unitClass: keyof typeof UNITS, changes: InputValues = {}): ScoreCard {
  return scoreUnit(huaian2022, { unit: UNITS[unitClass], values: { ...fullValues(), ...changes } });
}

function pointsOf(code: string, changes: InputValues, unitClass: keyof typeof UNITS = 'A'): string {
  return nodeScore(score(unitClass, changes), code).points;
}

/** Applicable max for one unit, computed from the tree independently of the engine. */
function applicableMax(nodes: IndicatorNode[], unit: ScoredUnit): number {
  return nodes.reduce((sum, node) => {
    if (!appliesTo(node, unit)) return sum;
    if (node.children === undefined) return sum + Number(node.maxPoints);
    return sum + Math.min(Number(node.maxPoints), applicableMax(node.children, unit));
  }, 0);
}

describe('淮安区2022 指标体系的结构', () => {
  const nodes = [...allNodes(huaian2022.categories)];

  it('校验没有错误；唯一的警告是原表分值合计超过100分', () => {
    const problems = validateSystem(huaian2022);
    expect(problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['POINTS_EXCEED_TOTAL']);
    expect(parseSystem(JSON.parse(JSON.stringify(huaian2022)))).toEqual(huaian2022);
  });

  it('节点编码唯一且带 HA- 前缀', () => {
    const codes = nodes.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^HA-\d+(\.\d+)*$/);
  });

  it('填报项的 key 在整个体系中唯一', () => {
    const keys = collectInputFields(huaian2022).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('每条规则引用的填报项都定义在本节点的 inputs 中', () => {
    for (const node of nodes) {
      if (node.rule === undefined) continue;
      const own = new Set((node.inputs ?? []).map((f) => f.key));
      for (const key of ruleFields(node.rule))
        expect(`${node.code}:${own.has(key)}`).toBe(`${node.code}:true`);
    }
  });

  it('每条涉及比率的规则都显式规定了分母为0的处理并写明理由', () => {
    const fields = new Map(collectInputFields(huaian2022).map((f) => [f.key, f]));
    const rateNodes = nodes.filter(
      (n) => n.rule !== undefined && ruleFields(n.rule).some((k) => fields.get(k)?.type === 'rate'),
    );
    expect(rateNodes.map((n) => n.code)).toEqual(['HA-1.1.1']);
    for (const node of rateNodes) {
      expect(node.rule !== undefined && 'zeroDenominator' in node.rule && node.rule.zeroDenominator).toEqual({
        policy: 'FULL',
      });
      expect((node.notes ?? []).some((n) => n.includes('分母为0'))).toBe(true);
    }
  });

  it('每个叶子节点都有规则和原文，每个带下级的节点分值等于下级之和', () => {
    for (const node of nodes) {
      expect(node.sourceText?.length ?? 0).toBeGreaterThan(0);
      if (node.children === undefined) {
        expect(node.rule).toBeDefined();
      } else {
        const sum = node.children.reduce((s, c) => s + Number(c.maxPoints), 0);
        expect(`${node.code}=${sum}`).toBe(`${node.code}=${Number(node.maxPoints)}`);
      }
    }
  });

  it('每类对象的适用满分与原文缺失情况一致（A类75、B类65、镇街95），靠折算到100分', () => {
    expect(applicableMax(huaian2022.categories, UNITS.A)).toBe(75);
    expect(applicableMax(huaian2022.categories, UNITS.B)).toBe(65);
    expect(applicableMax(huaian2022.categories, UNITS.TOWN)).toBe(95);
    expect(huaian2022.notes?.some((n) => n.includes('A类部门75分、B类部门65分、镇/街道95分'))).toBe(true);
    expect(score('A').maxTotal).toBe('75.00');
    expect(score('B').maxTotal).toBe('65.00');
    expect(score('TOWN').maxTotal).toBe('95.00');
  });

  it('满分填报时每类对象折算后都得100分、红名单', () => {
    for (const unitClass of ['A', 'B', 'TOWN'] as const) {
      const card = score(unitClass);
      expect([unitClass, card.total, card.grade]).toEqual([unitClass, '100.00', 'RED']);
    }
  });

  it('适用范围按附注：五类信息、信易批仅A类；诚信镇创建等三项仅镇街；其余共性', () => {
    const b = score('B');
    expect(nodeScore(b, 'HA-1.2').status).toBe('NOT_APPLICABLE');
    expect(nodeScore(b, 'HA-3.1').status).toBe('NOT_APPLICABLE');
    expect(nodeScore(b, 'HA-5.1').status).toBe('NOT_APPLICABLE');
    expect(nodeScore(b, 'HA-5.4').status).toBe('SCORED');
    const town = score('TOWN');
    expect(nodeScore(town, 'HA-1.2').status).toBe('NOT_APPLICABLE');
    expect(nodeScore(town, 'HA-5.1').points).toBe('20.00');
    expect(nodeScore(score('A'), 'HA-3.1').points).toBe('5.00');
  });

  it('有效期：仅诚信镇创建和属地行政监管两项保留9个月', () => {
    const withValidity = nodes
      .filter((n) => n.validity !== undefined)
      .map((n) => [n.code, n.validity?.months]);
    expect(withValidity).toEqual([
      ['HA-5.1', 9],
      ['HA-5.2', 9],
    ]);
  });

  it('等级边界：≥85 红、60≤x<85 蓝、<60 黄', () => {
    const grade = (total: string): string | undefined => gradeBandFor(huaian2022, toDecimal(total))?.grade;
    expect(grade('100')).toBe('RED');
    expect(grade('85')).toBe('RED');
    expect(grade('84.99')).toBe('BLUE');
    expect(grade('60')).toBe('BLUE');
    expect(grade('59.99')).toBe('YELLOW');
    expect(grade('0')).toBe('YELLOW');
  });
});

describe('淮安区2022 评分规则', () => {
  describe('分档规则的每条边界（由规则数据生成）', () => {
    const cases: Array<[string, string, string]> = [];
    const contains = (band: Band, v: number): boolean =>
      (band.min === null || (band.minInclusive ? v >= Number(band.min) : v > Number(band.min))) &&
      (band.max === null || (band.maxInclusive ? v <= Number(band.max) : v < Number(band.max)));
    for (const node of allNodes(huaian2022.categories)) {
      if (node.rule?.kind !== 'bands') continue;
      const rule: BandsRule = node.rule;
      const edges = rule.bands.flatMap((b) => [b.min, b.max]).filter((e): e is number | string => e !== null);
      for (const edge of new Set(edges.map(Number))) {
        for (const v of [edge - 0.01, edge, edge + 0.01].map((x) => Math.round(x * 100) / 100)) {
          if (v < 0 || v > 100) continue; // a rate cannot leave 0..100%
          const hits = rule.bands.filter((b) => contains(b, v));
          expect(hits).toHaveLength(1);
          cases.push([node.code, String(v), Number(hits[0]?.points).toFixed(2)]);
        }
      }
    }

    it('至少生成了边界用例', () => expect(cases.length).toBeGreaterThanOrEqual(2));

    it.each(cases)('%s 在 %s%% 时得 %s 分', (code, value, expected) => {
      const node = [...allNodes(huaian2022.categories)].find((n) => n.code === code);
      const rule = node?.rule as BandsRule;
      const key = rule.metric.expr;
      expect(pointsOf(code, { [key]: { numerator: value, denominator: 100 } })).toBe(expected);
    });
  });

  it('双公示：全部7天内归集得10分，差一条即0分（原文“全量报送”）', () => {
    expect(pointsOf('HA-1.1.1', { dp_timely_full_rate: { numerator: 315, denominator: 315 } })).toBe('10.00');
    expect(pointsOf('HA-1.1.1', { dp_timely_full_rate: { numerator: 314, denominator: 315 } })).toBe('0.00');
  });

  it('双公示：本季度未产生信息（分母为0）按满分并说明', () => {
    const node = nodeScore(score('B', { dp_timely_full_rate: { numerator: 0, denominator: 0 } }), 'HA-1.1.1');
    expect(node.points).toBe('10.00');
    expect(node.explanation).toContain('为 0');
  });

  it('递增项：条例宣贯一次3.5分最高7分；五进一次1.5分最高8分；信易批一例1分最高5分', () => {
    expect(pointsOf('HA-4.1', { regulation_training_events: 0 })).toBe('0.00');
    expect(pointsOf('HA-4.1', { regulation_training_events: 1 })).toBe('3.50');
    expect(pointsOf('HA-4.1', { regulation_training_events: 3 })).toBe('7.00');
    expect(pointsOf('HA-4.2', { five_into_events: 5 })).toBe('7.50');
    expect(pointsOf('HA-4.2', { five_into_events: 6 })).toBe('8.00');
    expect(pointsOf('HA-4.2', { five_into_events: 20 })).toBe('8.00');
    expect(pointsOf('HA-3.1', { xinyipi_cases: 3 })).toBe('3.00');
    expect(pointsOf('HA-3.1', { xinyipi_cases: 9 })).toBe('5.00');
  });

  it('属地行政监管：有一企0.5分，最高5分', () => {
    expect(pointsOf('HA-5.2', { enterprise_commitments_published: 7 }, 'TOWN')).toBe('3.50');
    expect(pointsOf('HA-5.2', { enterprise_commitments_published: 11 }, 'TOWN')).toBe('5.00');
  });

  it('政务诚信承诺：16类全有5分，少一类扣0.5分，不低于0分', () => {
    const domains = (n: number): InputValues => ({ public_commitment_domains: ALL_DOMAINS.slice(0, n) });
    expect(pointsOf('HA-5.3', domains(16), 'TOWN')).toBe('5.00');
    expect(pointsOf('HA-5.3', domains(15), 'TOWN')).toBe('4.50');
    expect(pointsOf('HA-5.3', domains(7), 'TOWN')).toBe('0.50');
    expect(pointsOf('HA-5.3', domains(6), 'TOWN')).toBe('0.00');
    expect(pointsOf('HA-5.3', domains(0), 'TOWN')).toBe('0.00');
  });

  it('诚信镇创建：验收20分，新增诚信户15分，无增加5分，未创建0分', () => {
    const status = (s: string): string => pointsOf('HA-5.1', { town_creation_status: s }, 'TOWN');
    expect(status('VILLAGE_ACCEPTED')).toBe('20.00');
    expect(status('NEW_HOUSEHOLDS')).toBe('15.00');
    expect(status('NO_INCREASE')).toBe('5.00');
    expect(status('NONE')).toBe('0.00');
  });

  it('倒扣：漏报瞒报属实倒扣10分、违约毁约倒扣20分，可使类别低于其余得分甚至为负', () => {
    const card = score('A', {
      dp_concealment_cases: 1,
      investment_breach_cases: 1,
      investment_promises_kept: false,
    });
    expect(nodeScore(card, 'HA-1').points).toBe('10.00');
    expect(nodeScore(card, 'HA-1.1.2').points).toBe('-10.00');
    expect(nodeScore(card, 'HA-3').points).toBe('-15.00');
    // 60/75 折算为 80 分，倒扣不折算：80 - 10 - 20 = 50
    expect(card.total).toBe('50.00');
    expect(card.grade).toBe('YELLOW');
    expect(nodeScore(score('A', { dp_concealment_cases: 3 }), 'HA-1.1.2').points).toBe('-10.00');
  });

  it('严重失信：满分单位也直接列入黄名单并写明原因', () => {
    const card = score('A', { serious_dishonesty_cases: 1 });
    expect(card.total).toBe('100.00');
    expect(card.grade).toBe('YELLOW');
    expect(card.gradeOverride?.reason).toContain('严重的直接列入黄名单');
    expect(card.explanation).toContain('按分数应为红名单');
    expect(score('A').gradeOverride).toBeUndefined();
  });

  it('按分数定级：A类45分折算60.00为蓝、63.5分折算84.67为蓝、64分折算85.33为红；镇街56.5分折算59.47为黄', () => {
    const at60 = score('A', {
      xinyipi_cases: 0,
      regulation_training_events: 0,
      five_into_events: 0,
      innovation_promoted: false,
    });
    expect([at60.total, at60.grade]).toEqual(['60.00', 'BLUE']);
    const below85 = score('A', { innovation_promoted: false, five_into_events: 5, xinyipi_cases: 4 });
    expect([below85.total, below85.grade]).toEqual(['84.67', 'BLUE']);
    const above85 = score('A', { innovation_promoted: false, xinyipi_cases: 4 });
    expect([above85.total, above85.grade]).toEqual(['85.33', 'RED']);
    const town = score('TOWN', {
      innovation_promoted: false,
      town_creation_status: 'NO_INCREASE',
      five_into_events: 0,
      enterprise_commitments_published: 1,
      public_commitment_domains: ALL_DOMAINS.slice(0, 14),
    });
    expect([town.total, town.grade]).toEqual(['59.47', 'YELLOW']);
  });

  it('原文没有免责情形：提交免责申请被拒绝', () => {
    expect(() =>
      scoreUnit(huaian2022, {
        unit: UNITS.A,
        values: fullValues(),
        exemptions: { 'HA-1.2': '本季度无五类信息' },
      }),
    ).toThrow(IndicatorError);
  });
});

describe('淮安区2022 样例数据', () => {
  it('包含A类、B类部门和镇街，且填报值都合法', () => {
    expect(sample.length).toBeGreaterThanOrEqual(6);
    expect(sample.length).toBeLessThanOrEqual(12);
    const classes = new Set(sample.flatMap((s) => s.unit.classes ?? []));
    expect([...classes].sort()).toEqual(['A', 'B', 'TOWN']);
    for (const submission of sample) {
      const fields: InputField[] = [];
      for (const node of allNodes(huaian2022.categories)) {
        if (appliesTo(node, submission.unit)) fields.push(...(node.inputs ?? []));
      }
      expect([submission.unit.name, validateValues(fields, submission.values)]).toEqual([
        submission.unit.name,
        [],
      ]);
    }
  });

  it('全部评分：总分在0～100之间，部门与镇街分别排名，并列名次共享', () => {
    const cards = scoreUnits(huaian2022, sample);
    expect(cards).toHaveLength(sample.length);
    for (const card of cards) {
      expect(Number(card.total)).toBeGreaterThanOrEqual(0);
      expect(Number(card.total)).toBeLessThanOrEqual(100);
      expect(card.provisional).toBe(false);
    }
    // 部门与镇街分别排名；区金融管理局与区委组织部并列第3，下一名为第5
    expect(cards.map((c) => [c.unit.name, c.rank, c.total, c.grade])).toEqual([
      ['车桥镇', 1, '100.00', 'RED'],
      ['施河镇', 2, '70.00', 'BLUE'],
      ['淮城街道', 3, '53.68', 'YELLOW'],
      ['区发改委', 1, '100.00', 'RED'],
      ['人行淮安支行', 2, '84.62', 'YELLOW'],
      ['区金融管理局', 3, '81.54', 'BLUE'],
      ['区委组织部', 3, '81.54', 'BLUE'],
      ['区税务局', 5, '76.67', 'BLUE'],
      ['区市监局', 6, '70.67', 'BLUE'],
      ['区统计局', 7, '68.67', 'BLUE'],
    ]);
    expect(cards.find((c) => c.unit.name === '人行淮安支行')?.gradeOverride?.grade).toBe('YELLOW');
  });

  it('应报单位缺报时结果为暂定', () => {
    const cards = scoreUnits(huaian2022, sample, {
      expectedUnitIds: [...sample.map((s) => s.unit.id), 'ha-lsj'],
    });
    expect(cards.every((c) => c.provisional)).toBe(true);
  });
});
