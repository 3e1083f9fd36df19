import { graphql } from '../../../../generated';

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: SubmissionFilter, $first: Int, $after: String) {
    submissions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        state
        version
        late
        lateDays
        lateWorkingDays
        submittedAt
        updatedAt
        returnCount
        unit {
          id
          code
          name
        }
        task {
          id
          code
          title
        }
        period {
          id
          label
        }
      }
    }
  }
`);
