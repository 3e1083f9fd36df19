import { graphql } from '../../../../generated';

/** A unit's grade-adjustment record in a period; its version is what changing or clearing it sends back. */
export const GRADE_OVERRIDE = graphql(`
  query GradeOverride($periodId: ID!, $unitId: ID!) {
    gradeOverride(periodId: $periodId, unitId: $unitId) {
      id
      grade
      reason
      version
    }
  }
`);
