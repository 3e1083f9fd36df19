import { deadlineRuleText } from './deadlineRuleText';

describe('deadlineRuleText', () => {
  it('words each rule kind as a task list does', () => {
    expect(deadlineRuleText({ kind: 'MONTHLY', day: 4 })).toBe('每月4日前报送上月情况');
    expect(deadlineRuleText({ kind: 'QUARTERLY', day: 10 })).toBe('每季度首月10日前报送上季度情况');
    expect(deadlineRuleText({ kind: 'ANNUAL', month: 1, day: 15 })).toBe('次年1月15日前');
    expect(deadlineRuleText({ kind: 'FIXED', date: '2023-08-31' })).toBe('2023-08-31前');
    expect(deadlineRuleText({ kind: 'CONTINUOUS' })).toBe('持续推进');
    expect(deadlineRuleText({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '作出行政许可决定' })).toBe('作出行政许可决定后7个工作日内');
    expect(deadlineRuleText(null)).toBe('—');
  });
});
