import { graphql } from '../../../../generated';

export const ASSIGN_TASK = graphql(`
  mutation AssignTask($taskId: ID!, $unitId: ID!) {
    assignTask(taskId: $taskId, unitId: $unitId) {
      id
      taskId
      unitId
    }
  }
`);
