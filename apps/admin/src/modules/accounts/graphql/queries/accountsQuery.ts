import { graphql } from '../../../../generated';

export const ACCOUNTS = graphql(`
  query Accounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        username
        displayName
        role
        active
        mustChangePassword
        lastLoginAt
        lockedUntil
        createdAt
        version
        unit {
          id
          name
        }
      }
    }
  }
`);
