import { graphql } from '../../../../generated';

/** One page of units matching what was typed into a picker (code or name), for UnitSelect. */
export const UNIT_SEARCH = graphql(`
  query UnitSearch($filter: UnitFilter, $first: Int) {
    units(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        code
        name
      }
    }
  }
`);
