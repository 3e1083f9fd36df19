import type { DeadlineRule } from '@govtrust/indicators';

/** A deadline rule in the words of a task list (完成时限), for rows whose source text is missing. */
export function deadlineRuleText(rule: unknown): string {
  const r = rule as DeadlineRule | null;
  switch (r?.kind) {
    case 'MONTHLY':
      return `每月${r.day}日前报送上月情况`;
    case 'QUARTERLY':
      return `每季度首月${r.day}日前报送上季度情况`;
    case 'ANNUAL':
      return `${r.sameYear ? '当年' : '次年'}${r.month}月${r.day}日前`;
    case 'FIXED':
      return `${r.date}前`;
    case 'CONTINUOUS':
      return '持续推进';
    case 'WORKING_DAYS_AFTER_EVENT':
      return `${r.event || '事项发生'}后${r.days}个工作日内`;
    default:
      return '—';
  }
}
