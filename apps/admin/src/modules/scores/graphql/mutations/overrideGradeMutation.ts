import { graphql } from '../../../../generated';

export const OVERRIDE_GRADE = graphql(`
  mutation OverrideGrade($input: OverrideGradeInput!, $expectedVersion: Int) {
    overrideGrade(input: $input, expectedVersion: $expectedVersion) {
      id
      grade
      reason
      version
    }
  }
`);
