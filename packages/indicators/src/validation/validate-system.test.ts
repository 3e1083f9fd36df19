import { IndicatorError } from '../errors';
import type { IndicatorNode, IndicatorSystem } from '../model';
import { smallSystem } from '../engine/__fixtures__/small-system';
import { parseSystem, validateSystem } from './validate-system';

const clone = (): IndicatorSystem => JSON.parse(JSON.stringify(smallSystem)) as IndicatorSystem;
const child = (system: IndicatorSystem, c: number, i: number): IndicatorNode =>
  system.categories[c]?.children?.[i] as IndicatorNode;
const codes = (system: unknown) => validateSystem(system).map((p) => `${p.severity}:${p.code}`);

describe('validateSystem', () => {
  it('accepts the small system without problems', () => {
    expect(validateSystem(smallSystem)).toEqual([]);
    expect(parseSystem(clone()).id).toBe('test-small');
  });

  it('never throws on garbage', () => {
    for (const junk of [null, undefined, 42, 'x', [], {}, { categories: [null, 1, { children: 'x' }] }]) {
      expect(() => validateSystem(junk)).not.toThrow();
      expect(validateSystem(junk).some((p) => p.severity === 'ERROR')).toBe(true);
    }
  });

  it('reports shape problems with a path, the node code and a Chinese message', () => {
    const system = clone();
    (child(system, 0, 0) as unknown as Record<string, unknown>).maxPoints = 'abc';
    const [problem] = validateSystem(system);
    expect(problem).toMatchObject({
      severity: 'ERROR',
      code: 'INVALID_SHAPE',
      path: 'categories[0].children[0].maxPoints',
      nodeCode: 'A1',
    });
    expect(problem?.message).toContain('分值');
  });

  it('reports unknown rule kinds and bad field types', () => {
    const system = clone();
    (child(system, 0, 0).rule as unknown as Record<string, unknown>).kind = 'magic';
    expect(codes(system)).toContain('ERROR:INVALID_SHAPE');
  });

  it('throws INVALID_SYSTEM with the problems from parseSystem', () => {
    const system = clone();
    child(system, 0, 1).code = 'A1';
    let error: unknown;
    try {
      parseSystem(system);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndicatorError);
    expect((error as IndicatorError).code).toBe('INVALID_SYSTEM');
    expect((error as IndicatorError).problems?.[0]?.code).toBe('DUPLICATE_CODE');
  });

  it('finds duplicate input keys and reserved keys', () => {
    const system = clone();
    child(system, 0, 1).inputs = [
      { key: 'hgl', label: '重复', type: 'count' },
      { key: 'and', label: '保留字', type: 'count' },
    ];
    expect(codes(system)).toEqual(expect.arrayContaining(['ERROR:DUPLICATE_FIELD', 'ERROR:RESERVED_FIELD']));
  });

  it('finds unknown fields, wrong field types and broken expressions', () => {
    const system = clone();
    child(system, 0, 2).rule = { kind: 'formula', expr: 'nope * 10' };
    child(system, 1, 0).rule = {
      kind: 'deduction',
      occurrences: [{ field: 'hgl', label: '错', pointsEach: 1 }],
    };
    child(system, 1, 3).rule = { kind: 'gradeOverride', when: 'yz >', grade: 'YELLOW', reason: '严重' };
    expect(codes(system)).toEqual(
      expect.arrayContaining(['ERROR:UNKNOWN_FIELD', 'ERROR:WRONG_FIELD_TYPE', 'ERROR:EXPRESSION_SYNTAX']),
    );
  });

  it('checks children against the parent and categories against the total', () => {
    const below = clone();
    (below.categories[0] as IndicatorNode).maxPoints = 70;
    expect(codes(below)).toEqual(
      expect.arrayContaining(['ERROR:CHILDREN_BELOW_MAX', 'WARNING:POINTS_EXCEED_TOTAL']),
    );
    const above = clone();
    (above.categories[0] as IndicatorNode).maxPoints = 50;
    expect(codes(above)).toEqual(
      expect.arrayContaining(['WARNING:CHILDREN_ABOVE_MAX', 'ERROR:POINTS_DO_NOT_ADD_UP']),
    );
  });

  it('finds overlapping bands (ERROR), gaps (WARNING), points above max and unreachable max', () => {
    const system = clone();
    const rule = child(system, 0, 0).rule;
    if (rule?.kind !== 'bands') throw new Error('fixture changed');
    rule.bands = [
      { min: null, minInclusive: false, max: 95, maxInclusive: true, points: 0 },
      { min: 95, minInclusive: true, max: 97, maxInclusive: false, points: 10 }, // overlaps at exactly 95
      { min: 97, minInclusive: false, max: 99, maxInclusive: false, points: 20 }, // leaves 97 uncovered
      { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 25 },
    ];
    const problems = validateSystem(system);
    expect(problems.map((p) => `${p.severity}:${p.code}`)).toEqual(
      expect.arrayContaining(['ERROR:BANDS_OVERLAP', 'WARNING:BANDS_GAP', 'WARNING:UNREACHABLE_POINTS']),
    );
    expect(problems.find((p) => p.code === 'BANDS_GAP')?.message).toContain('97≤x≤97');
    rule.bands[3] = { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 35 };
    expect(codes(system)).toContain('ERROR:POINTS_ABOVE_MAX');
  });

  it('accepts touching bands without overlap or gap', () => {
    const problems = validateSystem(smallSystem).filter((p) => p.code.startsWith('BANDS'));
    expect(problems).toEqual([]);
  });

  it('checks choice options and grading bands', () => {
    const system = clone();
    child(system, 1, 1).inputs = [
      {
        key: 'zd',
        label: '等次',
        type: 'choice',
        options: [
          { code: 'A', label: 'A' },
          { code: 'B', label: 'B' },
        ],
      },
    ];
    child(system, 1, 1).rule = { kind: 'choice', field: 'zd', optionPoints: { A: 0, C: 20 } };
    system.grading = [
      { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
      { grade: 'BLUE', label: '蓝名单', min: 60, minInclusive: true, max: 85, maxInclusive: true },
      { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 59, maxInclusive: false },
    ];
    expect(codes(system)).toEqual(
      expect.arrayContaining([
        'ERROR:OPTION_WITHOUT_POINTS',
        'ERROR:UNKNOWN_OPTION',
        'ERROR:GRADES_OVERLAP',
        'WARNING:GRADES_GAP',
      ]),
    );
  });

  it('warns when band edges and the metric scale disagree', () => {
    const plain = clone();
    const rule = child(plain, 0, 0).rule;
    if (rule?.kind !== 'bands') throw new Error('fixture changed');
    rule.metric = { expr: '1 - hgl', label: '差错率' }; // a ratio 0..1, edges written as 95
    expect(codes(plain)).toContain('WARNING:SCALE_MISMATCH');
    rule.metric = { expr: 'hgl', label: '合规率' };
    rule.bands = rule.bands.map((b) => ({
      ...b,
      min: b.min === null ? null : Number(b.min) / 100,
      max: b.max === null ? null : Number(b.max) / 100,
    }));
    expect(codes(plain)).toContain('WARNING:SCALE_MISMATCH');
    rule.metric = { expr: 'hgl', label: '合规率', scale: 'PLAIN' };
    expect(codes(plain)).not.toContain('WARNING:SCALE_MISMATCH');
  });

  it('refuses a huge band table without checking every pair', () => {
    const system = clone();
    const rule = child(system, 0, 0).rule;
    if (rule?.kind !== 'bands') throw new Error('fixture changed');
    rule.bands = Array.from({ length: 5000 }, (_, i) => ({
      min: i,
      minInclusive: true,
      max: i + 1,
      maxInclusive: false,
      points: 1,
    }));
    const started = Date.now();
    expect(codes(system)).toContain('ERROR:TOO_MANY_BANDS');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('warns about level and unit-kind slips', () => {
    const system = clone();
    (system.categories[0] as IndicatorNode).level = 'INDICATOR';
    child(system, 1, 1).appliesTo = { unitKinds: ['TOWNSHIP'] };
    expect(codes(system)).toEqual(
      expect.arrayContaining(['WARNING:LEVEL_MISMATCH', 'WARNING:UNKNOWN_UNIT_KIND']),
    );
  });

  it('flags a node with neither rule nor children', () => {
    const system = clone();
    delete child(system, 0, 0).rule;
    expect(codes(system)).toContain('ERROR:NO_RULE');
  });

  it('refuses settings that make no sense: nothing evaluated, a zero total, a grade twice, classes twice', () => {
    const system = clone();
    system.unitKinds = [];
    system.totalPoints = 0;
    system.grading = [
      { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
      { grade: 'RED', label: '红名单', min: 60, minInclusive: true, max: 85, maxInclusive: false },
    ];
    system.unitClasses = [
      { code: 'A', label: 'A类部门' },
      { code: 'A', label: '重复' },
      { code: ' ', label: '' },
    ];
    const found = codes(system);
    for (const code of ['NO_UNIT_KINDS', 'INVALID_TOTAL', 'DUPLICATE_GRADE', 'DUPLICATE_UNIT_CLASS']) expect(found).toContain(`ERROR:${code}`);
    expect(found.filter((c) => c === 'ERROR:INVALID_SHAPE')).toHaveLength(2);
  });

  it('refuses an applicability that excludes every unit, a validity under a month and reversed ranges', () => {
    const system = clone();
    system.unitClasses = [{ code: 'A', label: 'A类部门' }];
    const node = child(system, 0, 0);
    node.appliesTo = { unitKinds: [], unitClasses: [] };
    node.validity = { months: 0 };
    node.inputs = [
      ...(node.inputs ?? []),
      { key: 'spent', label: '经费', type: 'amount', unit: '万元', min: 10, max: 5 },
    ];
    const problems = validateSystem(system);
    expect(problems.filter((p) => p.code === 'EMPTY_APPLICABILITY')).toHaveLength(2);
    expect(problems.find((p) => p.code === 'INVALID_VALIDITY')).toMatchObject({ severity: 'ERROR', nodeCode: 'A1' });
    expect(problems.filter((p) => p.code === 'INVALID_RANGE').map((p) => p.path)).toEqual([expect.stringMatching(/inputs\[\d+\]\.min$/)]);
  });
});
