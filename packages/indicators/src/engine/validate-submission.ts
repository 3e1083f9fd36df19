/**
 * Everything that should be checked before a submission is stored or scored: its exemptions and
 * the values of the fields the unit actually fills in (fields of nodes that do not apply to the
 * unit, or that it is exempted from, are not required).
 */
import type { IndicatorNode, IndicatorSystem, InputField, ScoredUnit, UnitSubmission } from '../model';
import { own } from '../decimal';
import { validateValues } from '../validation/validate-values';
import { appliesTo } from './applicability';
import { exemptionProblems } from './exemptions';
import type { SubmissionProblem } from './submission-problem';

/** The input fields a unit fills in, in tree order. */
export function applicableInputFields(system: IndicatorSystem, unit: ScoredUnit, exemptions: Record<string, string> = {}): InputField[] {
  const fields: InputField[] = [];
  const visit = (node: IndicatorNode): void => {
    if (!appliesTo(node, unit) || own(exemptions, node.code) !== undefined) return;
    fields.push(...(node.inputs ?? []));
    (node.children ?? []).forEach(visit);
  };
  system.categories.forEach(visit);
  return fields;
}

export function validateSubmission(system: IndicatorSystem, submission: UnitSubmission): SubmissionProblem[] {
  const fields = applicableInputFields(system, submission.unit, submission.exemptions);
  return [
    ...exemptionProblems(system, submission),
    ...validateValues(fields, submission.values).map((p) => ({ code: p.code, path: `values.${p.field}`, message: p.message })),
  ];
}
