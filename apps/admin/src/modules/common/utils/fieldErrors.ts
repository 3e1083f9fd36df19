/**
 * Field problems a VALIDATION_FAILED error carries (`extensions.details.fields`), shaped for antd's
 * `form.setFields`. The API names fields by their input path ('input.uscc', 'uscc'); the form
 * field is the last segment.
 */
export interface FormFieldError {
  name: string;
  errors: string[];
}

interface FieldProblem {
  field?: unknown;
  message?: unknown;
}

export function fieldErrorsOf(error: unknown, known: readonly string[]): FormFieldError[] {
  const list = (error as { errors?: Array<{ extensions?: { details?: { fields?: FieldProblem[] } } }> } | null)?.errors;
  if (!Array.isArray(list)) return [];
  const byField = new Map<string, string[]>();
  for (const graphQLError of list) {
    for (const problem of graphQLError.extensions?.details?.fields ?? []) {
      if (typeof problem.field !== 'string' || typeof problem.message !== 'string') continue;
      const name = problem.field.split('.').find((segment) => known.includes(segment));
      if (!name) continue;
      byField.set(name, [...(byField.get(name) ?? []), problem.message]);
    }
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
