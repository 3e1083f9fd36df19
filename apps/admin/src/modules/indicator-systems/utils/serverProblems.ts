import type { SystemProblem } from '@govtrust/indicators';

/** The system problems a VALIDATION_FAILED save carries in `extensions.details.problems`. */
export function serverProblemsOf(error: unknown): SystemProblem[] {
  const list = (error as { errors?: Array<{ extensions?: { details?: { problems?: unknown } } }> } | null)?.errors;
  if (!Array.isArray(list)) return [];
  return list.flatMap((graphQLError) => {
    const problems = graphQLError.extensions?.details?.problems;
    return Array.isArray(problems) ? (problems.filter((p) => typeof (p as SystemProblem | null)?.message === 'string') as SystemProblem[]) : [];
  });
}
