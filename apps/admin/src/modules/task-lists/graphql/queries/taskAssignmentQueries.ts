import { graphql } from '../../../../generated';

/** Units per task of a cycle, for the assignment table. */
export const TASK_ASSIGNED_COUNTS = graphql(`
  query TaskAssignedCounts($cycleId: ID!) {
    taskAssignedCounts(cycleId: $cycleId) {
      taskId
      units
    }
  }
`);

/** One task's units, assigned or not, one page at a time (searched and paged by the API). */
export const TASK_UNITS = graphql(`
  query TaskUnits($taskId: ID!, $first: Int, $offset: Int, $search: String, $assigned: Boolean) {
    taskUnits(taskId: $taskId, first: $first, offset: $offset, search: $search, assigned: $assigned) {
      totalCount
      assignedCount
      unitTotal
      nodes {
        unitId
        unitCode
        unitName
        classes
        assigned
      }
    }
  }
`);

/** Per class tag: its units and how many of them still lack the task. */
export const TASK_CLASS_COUNTS = graphql(`
  query TaskClassCounts($taskId: ID!) {
    taskClassCounts(taskId: $taskId) {
      unitClass
      units
      missing
    }
  }
`);
