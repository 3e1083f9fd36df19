/** A starting rule for each kind, used when the author switches a node's scoring method. */
import type { Rule, RuleKind } from '@govtrust/indicators';

export function ruleTemplate(kind: RuleKind, maxPoints: number | string): Rule {
  const metric = { expr: '', scale: 'PERCENT' as const, label: '' };
  switch (kind) {
    case 'bands':
      return { kind, metric, bands: [{ min: null, minInclusive: true, max: null, maxInclusive: false, points: maxPoints }] };
    case 'formula':
      return { kind, expr: '' };
    case 'deduction':
    case 'penalty':
      return { kind, occurrences: [{ field: '', label: '', pointsEach: 1 }] };
    case 'deductUntilZero':
      return { kind, field: '', label: '', pointsEach: 1 };
    case 'increment':
      return { kind, items: [{ field: '', label: '', pointsEach: 1 }] };
    case 'relativeToBest':
      return { kind, metric, higherIsBetter: true };
    case 'rank':
      return { kind, metric, higherIsBetter: true };
    case 'proportional':
      return { kind, metric, from: { value: 0, points: 0 }, to: { value: 100, points: maxPoints } };
    case 'checklist':
      return { kind, field: '', pointsEach: 1 };
    case 'choice':
      return { kind, field: '', optionPoints: {} };
    case 'gradeOverride':
      return { kind, when: '', grade: 'YELLOW', reason: '' };
  }
}
