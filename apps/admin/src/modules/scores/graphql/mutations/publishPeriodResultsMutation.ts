import { graphql } from '../../../../generated';

export const PUBLISH_PERIOD_RESULTS = graphql(`
  mutation PublishPeriodResults($input: PublishResultsInput!) {
    publishPeriodResults(input: $input) {
      id
      revision
      createdAt
      forced
      reason
      provisionalCount
    }
  }
`);
