import { graphql } from '../../../../generated';

export const WARNINGS = graphql(`
  query Warnings($filter: WarningFilter, $first: Int, $after: String) {
    warnings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        severity
        status
        message
        note
        indicatorCode
        createdAt
        lastSeenAt
        acknowledgedAt
        resolvedAt
        canAcknowledge
        version
        unit {
          id
          name
        }
        period {
          id
          label
        }
        task {
          id
          code
          title
        }
      }
    }
  }
`);
