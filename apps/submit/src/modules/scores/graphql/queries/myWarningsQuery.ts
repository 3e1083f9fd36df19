import { graphql } from '../../../../generated';

/** The unit's warnings still to act on (the API keeps unit users to their own unit). */
export const MY_WARNINGS = graphql(`
  query MyWarnings($periodId: ID) {
    warnings(first: 100, filter: { periodId: $periodId, status: OPEN }) {
      totalCount
      nodes {
        id
        kind
        severity
        status
        message
        lastSeenAt
        period {
          id
          label
        }
        task {
          id
          title
        }
      }
    }
  }
`);
