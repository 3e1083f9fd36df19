import { graphql } from '../../../../generated';

export const CLEAR_GRADE_OVERRIDE = graphql(`
  mutation ClearGradeOverride($periodId: ID!, $unitId: ID!, $expectedVersion: Int!) {
    clearGradeOverride(periodId: $periodId, unitId: $unitId, expectedVersion: $expectedVersion) {
      id
      grade
      version
    }
  }
`);
