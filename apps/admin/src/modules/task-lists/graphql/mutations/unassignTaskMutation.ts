import { graphql } from '../../../../generated';

export const UNASSIGN_TASK = graphql(`
  mutation UnassignTask($taskId: ID!, $unitId: ID!) {
    unassignTask(taskId: $taskId, unitId: $unitId)
  }
`);
