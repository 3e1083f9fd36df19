import { graphql } from '../../../../generated';

/** Units for pickers and filters (the demo has 39; the API caps a page at 100). */
export const UNIT_OPTIONS = graphql(`
  query UnitOptions($filter: UnitFilter) {
    units(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        code
        name
        kind
        parentId
      }
    }
  }
`);
