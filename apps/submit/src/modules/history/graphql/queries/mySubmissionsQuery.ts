import { graphql } from '../../../../generated';

export const MY_SUBMISSIONS = graphql(`
  query MySubmissions($first: Int, $after: String) {
    mySubmissions(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        state
        late
        lateDays
        returnCount
        submittedAt
        updatedAt
        lastReason
        task {
          id
          code
          title
          category
        }
        period {
          id
          label
        }
      }
    }
  }
`);
