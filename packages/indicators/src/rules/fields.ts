/** The input fields a rule reads (for missing-input checks and validation). */
import { referencedFields } from '../expression';
import type { Rule } from '../model';

export function ruleFields(rule: Rule): string[] {
  const keys: string[] = [];
  switch (rule.kind) {
    case 'bands':
    case 'proportional':
    case 'relativeToBest':
      keys.push(...referencedFields(rule.metric.expr));
      break;
    case 'rank':
      if (rule.noEventsWhenZero !== undefined) keys.push(...referencedFields(rule.noEventsWhenZero));
      keys.push(...referencedFields(rule.metric.expr));
      break;
    case 'formula':
      keys.push(...referencedFields(rule.expr));
      break;
    case 'gradeOverride':
      keys.push(...referencedFields(rule.when));
      break;
    case 'deduction':
    case 'penalty':
      keys.push(...rule.occurrences.map((o) => o.field));
      break;
    case 'increment':
      keys.push(...rule.items.map((i) => i.field));
      break;
    case 'deductUntilZero':
    case 'checklist':
    case 'choice':
      keys.push(rule.field);
      break;
  }
  return [...new Set(keys)];
}
