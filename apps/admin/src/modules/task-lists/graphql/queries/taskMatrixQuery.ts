import { graphql } from '../../../../generated';

/** One page of the units × tasks matrix with the cycle's totals (paged and counted by the API). */
export const TASK_MATRIX = graphql(`
  query TaskMatrix($cycleId: ID!, $periodId: ID, $first: Int, $offset: Int, $search: String) {
    taskMatrix(cycleId: $cycleId, periodId: $periodId, first: $first, offset: $offset, search: $search) {
      totalCount
      assignedUnits
      unitTotal
      assignments
      nodes {
        unitId
        unitName
        unitCode
        tasks
        monthly
        quarterly
        annual
        once
        continuous
        inPeriod
      }
    }
  }
`);
