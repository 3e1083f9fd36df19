import { graphql } from '../../../../generated';

/** One page of units' progress, the most outstanding first (sorted and paged by the API). */
export const UNIT_PROGRESS = graphql(`
  query UnitProgress($periodId: ID!, $first: Int, $offset: Int, $search: String, $outstandingOnly: Boolean) {
    unitProgress(periodId: $periodId, first: $first, offset: $offset, search: $search, outstandingOnly: $outstandingOnly) {
      totalCount
      nodes {
        unitId
        unitName
        unitCode
        expected
        submitted
        approved
        returned
        missing
        overdue
      }
    }
  }
`);
