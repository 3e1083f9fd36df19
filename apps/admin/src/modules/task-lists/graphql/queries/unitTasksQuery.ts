import { graphql } from '../../../../generated';

export const UNIT_TASKS = graphql(`
  query UnitTasks($cycleId: ID!, $unitId: ID!) {
    unitTasks(cycleId: $cycleId, unitId: $unitId) {
      assignmentId
      dues
      task {
        id
        code
        title
        category
        target
        deadline
        deadlineText
      }
    }
  }
`);
