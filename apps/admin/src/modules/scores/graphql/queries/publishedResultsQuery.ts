import { graphql } from '../../../../generated';

export const PUBLISHED_RESULTS = graphql(`
  query PublishedResults($periodId: ID!) {
    publishedResults(periodId: $periodId) {
      id
      revision
      createdAt
      publishedBy
      forced
      reason
      provisionalCount
    }
  }
`);
