import { graphql } from '../../../../generated';

/** One level of the unit tree (roots, or the children of `parentId`), loaded as a branch opens. */
export const UNIT_TREE_LEVEL = graphql(`
  query UnitTreeLevel($filter: UnitFilter) {
    units(filter: $filter, first: 100) {
      nodes {
        id
        code
        name
        kind
        children {
          id
        }
      }
    }
  }
`);
