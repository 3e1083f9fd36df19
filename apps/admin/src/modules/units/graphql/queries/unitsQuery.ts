import { graphql } from '../../../../generated';

export const UNITS = graphql(`
  query Units($filter: UnitFilter, $first: Int, $after: String) {
    units(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        code
        name
        kind
        classes
        uscc
        parentId
        archivedAt
        version
        parent {
          id
          name
        }
        contacts {
          name
          phone
          role
        }
      }
    }
  }
`);
