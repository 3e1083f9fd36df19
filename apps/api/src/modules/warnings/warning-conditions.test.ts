import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import { SubmissionState } from '../submissions/submission-enums';
import { deadlineConditions, dedupeKey, scoreConditions, type DueFact, type RuleParams } from './warning-conditions';
import { WarningKind, WarningSeverity } from './warning-enums';

const rule = (kind: WarningKind, over: Partial<RuleParams> = {}): RuleParams => ({
  id: `r-${kind}`,
  kind,
  severity: WarningSeverity.MEDIUM,
  threshold: null,
  days: null,
  indicatorCode: null,
  ...over,
});

const fact = (over: Partial<DueFact>): DueFact => ({
  unitId: 'u1',
  unitName: '市民委',
  taskId: 't1',
  taskTitle: '报送行政许可和行政处罚信息',
  dueDate: '2024-01-04',
  submittedAt: null,
  state: null,
  returnedOn: null,
  ...over,
});

describe('deadlineConditions', () => {
  it('says how many days a task is overdue, in Chinese', () => {
    const [c] = deadlineConditions([rule(WarningKind.DEADLINE_MISSED)], '2023年12月', [fact({})], '2024-01-07');
    expect(c!.message).toBe('「市民委」2023年12月「报送行政许可和行政处罚信息」已逾期3天未报送（截止日期2024-01-04）');
  });

  it('treats the due date itself as on time and a submission as done', () => {
    const rules = [rule(WarningKind.DEADLINE_MISSED)];
    expect(deadlineConditions(rules, 'x', [fact({})], '2024-01-04')).toHaveLength(0);
    expect(deadlineConditions(rules, 'x', [fact({ submittedAt: new Date() })], '2024-02-01')).toHaveLength(0);
    expect(deadlineConditions(rules, 'x', [fact({ dueDate: null })], '2030-01-01')).toHaveLength(0);
  });

  it('warns N days ahead, including the due date', () => {
    const rules = [rule(WarningKind.DEADLINE_WITHIN, { days: 3 })];
    expect(deadlineConditions(rules, 'x', [fact({})], '2023-12-31')).toHaveLength(0);
    expect(deadlineConditions(rules, 'x', [fact({})], '2024-01-01')[0]!.message).toContain('还剩3天');
    expect(deadlineConditions(rules, 'x', [fact({})], '2024-01-04')[0]!.message).toContain('今天截止');
    expect(deadlineConditions(rules, 'x', [fact({})], '2024-01-05')).toHaveLength(0);
  });

  it('warns of a return left more than N days', () => {
    const rules = [rule(WarningKind.RETURNED_NOT_RESUBMITTED, { days: 5 })];
    const returned = fact({ state: SubmissionState.RETURNED, returnedOn: '2024-01-10', submittedAt: new Date() });
    expect(deadlineConditions(rules, 'x', [returned], '2024-01-15')).toHaveLength(0);
    expect(deadlineConditions(rules, 'x', [returned], '2024-01-16')[0]!.message).toContain('已6天未重新报送');
    expect(deadlineConditions(rules, 'x', [{ ...returned, state: SubmissionState.RESUBMITTED }], '2024-02-01')).toHaveLength(0);
  });
});

const node = (code: string, points: string, maxPoints: string, over: Partial<NodeScore> = {}): NodeScore => ({
  code,
  name: `指标${code}`,
  level: 'INDICATOR',
  maxPoints,
  points,
  status: 'SCORED',
  explanation: '',
  ...over,
});

const card = (unitId: string, total: string, indicators: NodeScore[] = []): ScoreCard => ({
  systemId: 's',
  systemVersion: 1,
  unit: { id: unitId, name: `单位${unitId}`, kind: 'DEPARTMENT' },
  total,
  maxTotal: '100',
  categories: [{ code: 'C1', name: '类别一', level: 'CATEGORY', maxPoints: '100', points: total, status: 'SCORED', explanation: '', children: indicators }],
  grade: null,
  provisional: false,
  explanation: '',
});

describe('scoreConditions', () => {
  it('flags a total below the threshold (strictly)', () => {
    const rules = [rule(WarningKind.TOTAL_BELOW, { threshold: '60' })];
    const found = scoreConditions(rules, '2023年第四季度', [card('a', '59.99'), card('b', '60.00')], null);
    expect(found.map((c) => c.unitId)).toEqual(['a']);
    expect(found[0]!.message).toBe('「单位a」2023年第四季度总分59.99分，低于预警线60.00分');
  });

  it('flags a drop of more than N points against the previous period', () => {
    const rules = [rule(WarningKind.DROP_MORE_THAN, { threshold: '10' })];
    const previous = { label: '2023年第三季度', cards: [card('a', '85.50'), card('b', '80')] };
    const found = scoreConditions(rules, '2023年第四季度', [card('a', '72'), card('b', '70'), card('c', '10')], previous);
    expect(found.map((c) => c.unitId)).toEqual(['a']);
    expect(found[0]!.message).toContain('较2023年第三季度（85.50分）下降13.50分');
    expect(scoreConditions(rules, 'x', [card('a', '1')], null)).toHaveLength(0);
  });

  it('flags indicators at zero, one code or any, skipping what does not apply', () => {
    const indicators = [node('I1', '0', '5'), node('I2', '0.00', '5', { status: 'NOT_APPLICABLE' }), node('I3', '2', '5'), node('I4', '0', '0')];
    const any = scoreConditions([rule(WarningKind.INDICATOR_AT_ZERO)], 'x', [card('a', '50', indicators)], null);
    expect(any.map((c) => c.indicatorCode)).toEqual(['I1']);
    expect(any[0]!.message).toBe('「单位a」x指标「指标I1」得0分（满分5.00分）');
    const one = scoreConditions([rule(WarningKind.INDICATOR_AT_ZERO, { indicatorCode: 'I3' })], 'x', [card('a', '50', indicators)], null);
    expect(one).toHaveLength(0);
  });

  it('keys a condition by rule, period, unit, task and indicator', () => {
    const base = { ruleId: 'r', unitId: 'u', taskId: null, indicatorCode: null };
    expect(dedupeKey('p', base)).toBe(dedupeKey('p', { ...base }));
    expect(dedupeKey('p', base)).not.toBe(dedupeKey('p2', base));
    expect(dedupeKey('p', base)).not.toBe(dedupeKey('p', { ...base, indicatorCode: 'I1' }));
    expect(dedupeKey('p', base)).toMatch(/^[0-9a-f]{64}$/);
  });
});
