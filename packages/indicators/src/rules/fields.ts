/** The input fields a rule reads (for missing-input checks and validation). */
import { parseCached, referencedFields } from '../expression';
import type { Rule } from '../model';

/** Parses through the shared cache: this runs once per node per unit. */
const fieldsOf = (expr: string): string[] => referencedFields(parseCached(expr));

export function ruleFields(rule: Rule): string[] {
  const keys: string[] = [];
  switch (rule.kind) {
    case 'bands':
    case 'proportional':
    case 'relativeToBest':
      keys.push(...fieldsOf(rule.metric.expr));
      break;
    case 'rank':
      if (rule.noEventsWhenZero !== undefined) keys.push(...fieldsOf(rule.noEventsWhenZero));
      keys.push(...fieldsOf(rule.metric.expr));
      break;
    case 'formula':
      keys.push(...fieldsOf(rule.expr));
      break;
    case 'gradeOverride':
      keys.push(...fieldsOf(rule.when));
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
