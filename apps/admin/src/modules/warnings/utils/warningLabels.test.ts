import { RULE_PARAMETER, ruleCondition } from './warningLabels';

describe('ruleCondition', () => {
  it('reads each rule kind with the one parameter it uses', () => {
    expect(ruleCondition({ kind: 'DEADLINE_WITHIN', days: 3 })).toBe('截止前 3 天仍未报送');
    expect(ruleCondition({ kind: 'TOTAL_BELOW', threshold: '60' })).toBe('总分低于 60 分');
    expect(ruleCondition({ kind: 'DROP_MORE_THAN', threshold: '10.5' })).toBe('较上期下降超过 10.5 分');
    expect(ruleCondition({ kind: 'INDICATOR_AT_ZERO', indicatorCode: null })).toBe('任一指标得零分');
    expect(ruleCondition({ kind: 'INDICATOR_AT_ZERO', indicatorCode: 'GH-G-1' })).toBe('指标 GH-G-1 得零分');
    expect(RULE_PARAMETER.DEADLINE_MISSED).toBeNull();
  });
});
