import { graphql } from '../../../../generated';

export const BULK_ASSIGN_BY_UNIT_CLASS = graphql(`
  mutation BulkAssignByUnitClass($cycleId: ID!, $taskId: ID!, $unitClass: String!) {
    bulkAssignByUnitClass(cycleId: $cycleId, taskId: $taskId, unitClass: $unitClass) {
      id
      unitId
    }
  }
`);
