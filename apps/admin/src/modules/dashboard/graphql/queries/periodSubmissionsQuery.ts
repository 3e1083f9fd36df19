import { graphql } from '../../../../generated';

/** Which (unit, task) pairs of a period have a submission: the dashboard's "missing" needs them. */
export const PERIOD_SUBMISSIONS = graphql(`
  query PeriodSubmissions($periodId: ID!, $after: String) {
    submissions(filter: { periodId: $periodId }, first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        unitId
        taskId
        state
        submittedAt
      }
    }
  }
`);
